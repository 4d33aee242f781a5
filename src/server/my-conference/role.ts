/*
 * Who the caller is to a conference doc, decided as the hub owner: the doc's record in the
 * Conference Docs tab names its student and round; the roster names their advisor; coordinators
 * see every doc. A classroom round's doc is its student's alone here (their teacher works from
 * the day's conference table). Anyone else is refused.
 */

import { displayName } from "../../domain/conference-docs/naming";
import type { DocRecord } from "../../domain/conference-docs/records";
import type { ConferenceKind, ConferenceRole } from "../../domain/my-conference/view";
import { NotAllowedError, type Person, personOf } from "../../domain/roles";
import { rosterIndex } from "../../domain/roster/roster-index";
import { type Round, sameRoundName } from "../../domain/rounds/model";
import { readRoundRows } from "../../domain/rounds/rows";
import { readNotes } from "../../workspace/conference-notes";
import { readRoundsTab } from "../../workspace/rounds-tab";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import { type HubContext, loadOwnerContext } from "../hub/context";
import { formatStamp } from "../pull/pull";
import { workingRoundOf } from "../rounds/working-round";

export interface ConferenceAccess {
  readonly role: ConferenceRole;
  /** A student-led doc, or a classroom round's (a 1:1 with the class teacher). */
  readonly kind: ConferenceKind;
  readonly studentName: string;
  readonly studentId: string;
  /** Whoever holds the conference: the student's advisor, or a classroom round's teacher. */
  readonly advisorEmail: string;
  /** The round this doc is for, and whether it is the round the hub works on now. */
  readonly round: string;
  readonly currentRound: boolean;
  /** The advisor's notes; always "" for the student. */
  readonly notes: string;
  /** Today in the school's time zone, for Mark conference held. */
  readonly today: string;
}

const REFUSED =
  "Only this doc's student, their advisor and coordinators can use My conference here.";

/** The classroom round this record's round is, if it is one. */
function classroomRoundOf(context: HubContext, record: DocRecord) {
  return readRoundRows(readRoundsTab(context.hub))
    .entries.map((entry) => entry.round)
    .find((r) => r.kind === "classroom" && sameRoundName(r.name, record.round));
}

function classroomAccess(
  context: HubContext,
  record: DocRecord,
  person: Person,
  round: Round,
): ConferenceAccess {
  const student = rosterIndex(context.roster).studentById.get(record.studentId);
  if (!student || person.email === "" || student.email !== person.email) {
    throw new NotAllowedError(
      `This is ${record.studentName}'s classroom conference doc for “${record.round}”: only they use My conference here. Their teacher works from Confer ▸ Classroom conferences.`,
    );
  }
  return {
    role: "student",
    kind: "classroom",
    studentName: displayName(student),
    studentId: record.studentId,
    advisorEmail: round.hostEmail,
    round: round.name,
    currentRound: round.state === "open",
    notes: "",
    today: formatStamp(context, new Date(), "yyyy-MM-dd"),
  };
}

export function conferenceAccessFor(caller: string, docId: string): ConferenceAccess {
  if (docId === "") throw new NotAllowedError("Open a conference doc in Google Docs first.");
  const context = loadOwnerContext();
  const record = readEveryDocRecord(context).find((r) => r.docId === docId);
  if (!record) throw new NotAllowedError("This doc is not a Confer conference doc.");
  const person = personOf(caller, context.roster, context.owner);
  const classroom = classroomRoundOf(context, record);
  if (classroom) return classroomAccess(context, record, person, classroom);
  const student = rosterIndex(context.roster).studentById.get(record.studentId);
  let role: ConferenceRole | undefined;
  if (person.roles.has("coordinator")) role = "coordinator";
  if (student && student.advisorEmail === person.email) role = "advisor";
  if (student && student.email === person.email && person.email !== "") role = "student";
  if (!role) throw new NotAllowedError(REFUSED);
  return {
    role,
    kind: "student-led",
    studentName: student ? displayName(student) : record.studentName,
    studentId: record.studentId,
    advisorEmail: student?.advisorEmail ?? record.advisorEmail,
    round: record.round,
    currentRound: record.round === workingRoundOf(context).name,
    notes: role === "student" ? "" : readNotes(docId),
    today: formatStamp(context, new Date(), "yyyy-MM-dd"),
  };
}
