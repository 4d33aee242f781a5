/*
 * Who the caller is to a conference doc, decided as the hub owner: the doc's record in the
 * Conference Docs tab names its student and round; the roster names their advisor; coordinators
 * see every doc. Anyone else is refused.
 */
import { displayName } from "../../domain/conference-docs/naming";
import type { ConferenceRole } from "../../domain/my-conference/view";
import { NotAllowedError, personOf } from "../../domain/roles";
import { rosterIndex } from "../../domain/roster/roster-index";
import { readNotes } from "../../workspace/conference-notes";
import { readAllDocRecords, readEveryDocRecord } from "../conference-docs/doc-records";
import { loadOwnerContext } from "../hub/context";
import { formatStamp } from "../pull/pull";
import { workingRoundOf } from "../rounds/working-round";

export interface ConferenceAccess {
  readonly role: ConferenceRole;
  readonly studentName: string;
  readonly studentId: string;
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

export function conferenceAccessFor(caller: string, docId: string): ConferenceAccess {
  if (docId === "") throw new NotAllowedError("Open a conference doc in Google Docs first.");
  const context = loadOwnerContext();
  const record = readAllDocRecords(context).find((r) => r.docId === docId);
  if (!record) {
    const classroom = readEveryDocRecord(context).some((r) => r.docId === docId);
    throw new NotAllowedError(
      classroom
        ? "This is a classroom conference doc: My conference works in student-led docs, so write in this doc itself."
        : "This doc is not a Confer conference doc.",
    );
  }
  const student = rosterIndex(context.roster).studentById.get(record.studentId);
  const person = personOf(caller, context.roster, context.owner);
  let role: ConferenceRole | undefined;
  if (person.roles.has("coordinator")) role = "coordinator";
  if (student && student.advisorEmail === person.email) role = "advisor";
  if (student && student.email === person.email && person.email !== "") role = "student";
  if (!role) throw new NotAllowedError(REFUSED);
  return {
    role,
    studentName: student ? displayName(student) : record.studentName,
    studentId: record.studentId,
    advisorEmail: student?.advisorEmail ?? record.advisorEmail,
    round: record.round,
    currentRound: record.round === workingRoundOf(context).name,
    notes: role === "student" ? "" : readNotes(docId),
    today: formatStamp(context, new Date(), "yyyy-MM-dd"),
  };
}
