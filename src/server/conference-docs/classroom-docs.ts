/*
 * A classroom round's docs run, named by its teacher (or a coordinator): the students of the
 * round's classes get docs in the teacher's folder of the round, shared with the student and
 * (through the folder) the teacher only, from the classroom template, carrying forward the
 * student's last doc of the same teacher's classroom rounds.
 */
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import { earlierRecordsByStudent, recordsOfRound } from "../../domain/conference-docs/rounds";
import { NotAllowedError, type Person } from "../../domain/roles";
import type { Student } from "../../domain/roster/model";
import { classLabel } from "../../domain/rounds/classroom-round";
import { type Round, sameRoundName } from "../../domain/rounds/model";
import { readRoundRows } from "../../domain/rounds/rows";
import { RoundRefusedError } from "../../domain/rounds/transitions";
import { readRoundsTab } from "../../workspace/rounds-tab";
import type { HubContext } from "../hub/context";
import { classroomTemplateId } from "./classroom-template";
import { readEveryDocRecord } from "./doc-records";
import type { DocsTarget, RoundDocs } from "./docs-target";
import { classroomFolders } from "./folders";

/** The classroom round of that name that `person` may make docs for, and every round. */
function classroomRoundIn(
  context: HubContext,
  name: string,
  person: Person,
): { round: Round; rounds: Round[] } {
  const rounds = readRoundRows(readRoundsTab(context.hub)).entries.map((entry) => entry.round);
  const round = rounds.find((r) => r.kind === "classroom" && sameRoundName(r.name, name));
  if (!round) throw new RoundRefusedError(`There is no classroom round named “${name}”.`);
  if (round.hostEmail !== person.email && !person.roles.has("coordinator")) {
    throw new NotAllowedError(
      `Only ${round.hostEmail}, who hosts “${round.name}”, can make its docs; ${person.email || "you"} cannot.`,
    );
  }
  return { round, rounds };
}

export function classroomRoundFor(context: HubContext, name: string, person: Person): Round {
  return classroomRoundIn(context, name, person).round;
}

/** The class members of a classroom round, each once, refusing a class that changed teacher. */
function classStudents(context: HubContext, round: Round): (Student & RunStudent)[] {
  const ids = new Set<string>();
  for (const classId of round.classIds) {
    const found = context.roster.classes.find((c) => c.id === classId);
    if (!found) {
      throw new RoundRefusedError(
        `Class ${classId} of “${round.name}” is no longer in the Classes tab; open a new classroom round for the classes taught now.`,
      );
    }
    if (found.teacherEmail.toLowerCase() !== round.hostEmail) {
      throw new NotAllowedError(
        `${classLabel(found)} (${classId}) of “${round.name}” is now taught by ${found.teacherEmail}, not by ${round.hostEmail}; no docs were made.`,
      );
    }
    for (const id of found.studentIds) ids.add(id);
  }
  return (context.roster.students as readonly (Student & RunStudent)[]).filter(
    (student) => student.active && ids.has(student.id),
  );
}

export function classroomTarget(context: HubContext, name: string, person: Person): DocsTarget {
  const { round, rounds } = classroomRoundIn(context, name, person);
  if (round.state !== "open") {
    throw new RoundRefusedError(
      `“${round.name}” is ${round.state}; docs are made only for an open classroom round.`,
    );
  }
  let templateDocId = "";
  const sameTeachersRounds = new Set(
    rounds
      .filter((r) => r.kind === "classroom" && r.hostEmail === round.hostEmail)
      .map((r) => r.name),
  );
  const readDocs = (): RoundDocs => {
    const every = readEveryDocRecord(context);
    const teachers = every.filter(
      (r) => sameTeachersRounds.has(r.round) && r.advisorEmail === round.hostEmail,
    );
    return {
      records: recordsOfRound(every, round.name),
      earlier: earlierRecordsByStudent(teachers, round.name),
    };
  };
  return {
    round: round.name,
    students: classStudents(context, round),
    readDocs,
    folders: classroomFolders(context, round.name, round.hostEmail),
    templateDocId: () => {
      if (templateDocId === "") templateDocId = classroomTemplateId();
      return templateDocId;
    },
    repairAccess: false,
    inFlightKey: `confer.docsRun.inFlight:classroom:${round.name}`,
  };
}
