/*
 * What a docs run is for: the round, the students it may make docs for, the round's docs so far,
 * whose folder each doc goes in and which template it copies. A classroom round's run is named by
 * its teacher: the students of the round's classes get docs in the teacher's folder of the round,
 * shared with the student and (through the folder) the teacher only, from the classroom template.
 */
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import type { DocRecord } from "../../domain/conference-docs/records";
import { recordsOfRound } from "../../domain/conference-docs/rounds";
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
import { classroomFolders, type FolderPlan } from "./folders";

export interface DocsTarget {
  readonly round: string;
  /** Every student the run may make a doc for; the scope then picks from them. */
  readonly students: readonly (Student & RunStudent)[];
  /** The round's docs by student ID. */
  readonly records: Map<string, DocRecord>;
  /** Each student's earlier docs, carried forward into the new one. */
  readonly earlier: ReadonlyMap<string, readonly DocRecord[]>;
  readonly folders: FolderPlan;
  /** The template's doc ID, asked for only when there are docs to make. */
  readonly templateDocId: () => string;
  /** Whether the run moves docs after a change of advisor or grade (student-led docs only). */
  readonly repairAccess: boolean;
  /** Where the batch in flight is kept, when not where student-led runs keep theirs. */
  readonly inFlightKey?: string;
}

/** The open classroom round of that name that `person` may make docs for. */
export function classroomRoundFor(context: HubContext, name: string, person: Person): Round {
  const rounds = readRoundRows(readRoundsTab(context.hub)).entries.map((entry) => entry.round);
  const round = rounds.find((r) => r.kind === "classroom" && sameRoundName(r.name, name));
  if (!round) throw new RoundRefusedError(`There is no classroom round named “${name}”.`);
  if (round.hostEmail !== person.email && !person.roles.has("coordinator")) {
    throw new NotAllowedError(
      `Only ${round.hostEmail}, who hosts “${round.name}”, can make its docs; ${person.email || "you"} cannot.`,
    );
  }
  return round;
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
  const round = classroomRoundFor(context, name, person);
  if (round.state !== "open") {
    throw new RoundRefusedError(
      `“${round.name}” is ${round.state}; docs are made only for an open classroom round.`,
    );
  }
  let templateDocId = "";
  return {
    round: round.name,
    students: classStudents(context, round),
    records: recordsOfRound(readEveryDocRecord(context), round.name),
    earlier: new Map(),
    folders: classroomFolders(context, round.name, round.hostEmail),
    templateDocId: () => {
      if (templateDocId === "") templateDocId = classroomTemplateId();
      return templateDocId;
    },
    repairAccess: false,
    inFlightKey: `confer.docsRun.inFlight:classroom:${round.name}`,
  };
}
