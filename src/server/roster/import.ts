/*
 * Import roster, run as the hub owner for a coordinator: they upload Confer's tables or a OneRoster
 * set; Confer validates all of it and either lists every problem and writes nothing, or, under the
 * script lock, writes the whole merged roster to the Roster Import tab first, then the Students,
 * Staff and Classes tabs (one write each), checks what they hold, moves the comments of students
 * who changed grade to their new grade's tab (making the tab if the hub has none yet), and clears
 * the Roster Import tab. An import stopped anywhere reads as the new roster and is finished by
 * the next one. Grades the roster uses and Settings lacks are added to Settings' grades, each with
 * its comments tab; those and the other warnings come back with the result.
 */
import { classToRow, staffToRow, studentToRow } from "../../domain/hub/roster-rows";
import {
  CLASSES_TAB,
  commentTab,
  SETTINGS_TAB,
  STAFF_TAB,
  STUDENTS_TAB,
} from "../../domain/hub/tabs";
import {
  importRoster as decideImport,
  formatProblem,
  type ImportOutcome,
  type MergeSummary,
  type RosterUpload,
} from "../../domain/roster";
import type { Roster } from "../../domain/roster/model";
import { type Settings, settingsToRows } from "../../domain/settings/settings";
import { readAssignedAdvisors } from "../../workspace/assigned-advisors";
import type { Hub } from "../../workspace/hub-store";
import { replaceRows, tabOf } from "../../workspace/hub-store";
import { ensureTab } from "../../workspace/hub-tabs";
import { markLogApplied } from "../../workspace/log-marks";
import { cacheRoster, dropCachedRoster } from "../../workspace/roster-cache";
import { clearImportJournal, writeImportJournal } from "../../workspace/roster-journal";
import { regradeComments } from "../comments/regrade";
import { type HubContext, loadHubContext, rosterInTabs } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";

export type RosterImportResult =
  | {
      readonly imported: true;
      readonly summary: MergeSummary;
      readonly students: number;
      /** Comments moved with students who changed grade. */
      readonly regraded: number;
      /** What the school can fix later, e.g. a student with no email. */
      readonly warnings: readonly string[];
      /** Students imported without an advisor. */
      readonly needsAdvisor: readonly string[];
      /** Grades added to Settings, each with its comments tab. */
      readonly addedGrades: readonly string[];
    }
  | {
      readonly imported: false;
      readonly problems: readonly string[];
      readonly warnings: readonly string[];
    };

export function importRosterFor(upload: RosterUpload, actor: string): RosterImportResult {
  const context = loadHubContext();
  return writeImport(
    context,
    decideImport(upload, context.settings, context.roster, readAssignedAdvisors()),
    actor,
  );
}

/** Writes a decided import (or answers its problems), as every roster source does. */
export function writeImport(
  context: HubContext,
  outcome: ImportOutcome,
  actor: string,
): RosterImportResult {
  if (!outcome.ok) {
    return {
      imported: false,
      problems: outcome.messages,
      warnings: outcome.warnings.map(formatProblem),
    };
  }
  const { roster, addedGrades } = outcome;
  const grades = [...context.settings.grades, ...addedGrades];
  dropCachedRoster();
  const regraded = withScriptLock(
    () => {
      writeImportJournal(context.hub, roster);
      SpreadsheetApp.flush();
      writeRosterTabs(context.hub, roster);
      if (addedGrades.length > 0)
        addGrades(context.hub, { ...context.settings, grades }, addedGrades);
      const moved = regradeComments(context.hub, roster, grades, actor);
      clearImportJournal(context.hub);
      return moved;
    },
    ({ logged }) => markLogApplied("comments", logged),
  );
  cacheRoster(roster);
  return {
    imported: true,
    summary: outcome.summary,
    students: roster.students.length,
    regraded: regraded.moved,
    warnings: outcome.warnings.map(formatProblem),
    needsAdvisor: outcome.needsAdvisor,
    addedGrades,
  };
}

/** Saves Settings with the grades the import added, and makes each one's comments tab. */
function addGrades(hub: Hub, settings: Settings, added: readonly string[]): void {
  replaceRows(tabOf(hub, SETTINGS_TAB), SETTINGS_TAB, settingsToRows(settings));
  for (const grade of added) ensureTab(hub, commentTab(grade));
}

/** Writes the three roster tabs and reads back what they hold; throws when it is not the roster. */
function writeRosterTabs(hub: Hub, roster: Roster): void {
  replaceRows(tabOf(hub, STUDENTS_TAB), STUDENTS_TAB, roster.students.map(studentToRow));
  replaceRows(tabOf(hub, STAFF_TAB), STAFF_TAB, roster.staff.map(staffToRow));
  replaceRows(tabOf(hub, CLASSES_TAB), CLASSES_TAB, roster.classes.map(classToRow));
  SpreadsheetApp.flush();
  const held = rosterInTabs(hub);
  const counts = (r: Roster) => [r.students.length, r.staff.length, r.classes.length].join("/");
  if (counts(held) !== counts(roster)) {
    throw new Error(
      `The roster tabs hold ${counts(held)} students/staff/classes after the import, not ${counts(roster)}; the import is kept in the Roster Import tab and the next import finishes it.`,
    );
  }
}
