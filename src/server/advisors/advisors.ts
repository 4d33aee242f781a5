/*
 * The hub's side of the Assign advisors sidebar, run as the hub owner for a coordinator: who
 * needs an advisor, every active student and the advisors to choose from; and saving one or many
 * assignments. A save reads the roster tabs, decides and writes the Students tab's Advisor Email
 * column (one write) under the script lock, with which students' advisors were set here (so an
 * import without an advisor keeps them), refusing everything by name when any assignment is
 * wrong. Then each assigned student's conference docs follow their advisor as a docs run's
 * repair moves them: out of the "Needs an advisor" folder, or the old advisor's, into the new
 * advisor's folder of each round, which the new advisor reaches and the old one no longer does.
 */
import { type AdvisorsView, advisorsView } from "../../domain/advisors/advisors-view";
import {
  type AdvisorAssignment,
  type AdvisorChange,
  decideAssignments,
  withAdvisors,
} from "../../domain/advisors/assign";
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import { earlierRecordsByStudent, recordsOfRound } from "../../domain/conference-docs/rounds";
import { rosterFromRows } from "../../domain/hub/roster-rows";
import { CLASSES_TAB, STAFF_TAB, STUDENTS_TAB } from "../../domain/hub/tabs";
import type { Roster, Student } from "../../domain/roster/model";
import { recordAssignedAdvisors } from "../../workspace/assigned-advisors";
import { openHub, readRows, storedHubOwner, tabOf } from "../../workspace/hub-store";
import { cacheRoster, dropCachedRoster } from "../../workspace/roster-cache";
import { readImportJournal } from "../../workspace/roster-journal";
import { writeAdvisorEmails } from "../../workspace/students-advisor-column";
import { repairDocAccess } from "../conference-docs/access-repair";
import { readAllDocRecords } from "../conference-docs/doc-records";
import { type HubContext, loadHubContext, loadSettings } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { workingRoundOf } from "../rounds/working-round";

export type AssignAdvisorsResult =
  | {
      readonly saved: true;
      /** The students whose advisor changed, each with the advisor before and now. */
      readonly assigned: readonly AdvisorChange[];
      /** Students who had the advisor asked for already. */
      readonly unchanged: number;
      /** Docs moved into their student's new advisor's folder (or shared with their student now). */
      readonly docsMoved: number;
      /** Docs Drive would not move, by student; saving again, or the next docs run, tries again. */
      readonly problems: readonly string[];
    }
  | { readonly saved: false; readonly problems: readonly string[] };

const IMPORT_PENDING =
  "An import of the roster has not finished: run Import roster… again, then assign advisors.";

export function advisorsFor(): AdvisorsView {
  return advisorsView(loadHubContext().roster);
}

type Decided =
  | { readonly saved: false; readonly problems: readonly string[] }
  | {
      readonly saved: true;
      readonly roster: Roster;
      readonly changes: readonly AdvisorChange[];
      readonly unchanged: number;
    };

/** Under the script lock: read the roster tabs, decide, and write the changed advisors. */
function saveAssignments(
  hub: HubContext["hub"],
  assignments: readonly AdvisorAssignment[],
): Decided {
  return withScriptLock((): Decided => {
    if (readImportJournal(hub)) return { saved: false, problems: [IMPORT_PENDING] };
    const studentRows = readRows(tabOf(hub, STUDENTS_TAB), STUDENTS_TAB);
    const roster = rosterFromRows(
      studentRows,
      readRows(tabOf(hub, STAFF_TAB), STAFF_TAB),
      readRows(tabOf(hub, CLASSES_TAB), CLASSES_TAB),
    );
    const decision = decideAssignments(roster, assignments);
    if (!decision.ok) {
      return { saved: false, problems: decision.problems };
    }
    const { changes, unchanged } = decision;
    recordAssignedAdvisors(assignments);
    if (changes.length > 0) {
      dropCachedRoster();
      writeAdvisorEmails(hub, studentRows, new Map(changes.map((c) => [c.studentId, c.to])));
    }
    return {
      saved: true,
      roster: withAdvisors(roster, changes),
      changes,
      unchanged: unchanged.length,
    };
  });
}

/** Moves each student's docs of every student-led round into their advisor's folder of that round. */
function followAdvisors(context: HubContext, studentIds: ReadonlySet<string>) {
  const round = workingRoundOf(context).name;
  const all = readAllDocRecords(context);
  const students = (context.roster.students as readonly (Student & RunStudent)[]).filter(
    (student) => student.active && studentIds.has(student.id),
  );
  return repairDocAccess(
    context,
    round,
    students,
    recordsOfRound(all, round),
    earlierRecordsByStudent(all, round),
  );
}

export function assignAdvisorsFor(assignments: readonly AdvisorAssignment[]): AssignAdvisorsResult {
  const hub = openHub();
  const decided = saveAssignments(hub, assignments);
  if (!decided.saved) return decided;
  if (decided.changes.length > 0) cacheRoster(decided.roster);
  const context: HubContext = {
    hub,
    settings: loadSettings(hub),
    roster: decided.roster,
    owner: storedHubOwner(),
  };
  const followed = followAdvisors(context, new Set(assignments.map((a) => a.studentId)));
  return {
    saved: true,
    assigned: decided.changes,
    unchanged: decided.unchanged,
    docsMoved: followed.repaired,
    problems: followed.problems.map(
      (p) => `${p.student} (Student ID ${p.studentId}): ${p.problem}`,
    ),
  };
}
