/*
 * Import roster, run as the hub owner for a coordinator: they upload Confer's tables or a OneRoster
 * set; Confer validates all of it and either writes the merged roster to the hub (one write per
 * tab) or lists every problem and writes nothing.
 */
import { classToRow, staffToRow, studentToRow } from "../domain/hub/roster-rows";
import { CLASSES_TAB, STAFF_TAB, STUDENTS_TAB } from "../domain/hub/tabs";
import {
  importRoster as decideImport,
  type MergeSummary,
  type RosterUpload,
} from "../domain/roster";
import { replaceRows, tabOf } from "../workspace/hub-store";
import { cacheRoster } from "../workspace/roster-cache";
import { loadHubContext } from "./hub-context";

export type RosterImportResult =
  | { readonly imported: true; readonly summary: MergeSummary; readonly students: number }
  | { readonly imported: false; readonly problems: readonly string[] };

export function importRosterFor(upload: RosterUpload): RosterImportResult {
  const context = loadHubContext();
  const outcome = decideImport(upload, context.settings, context.roster);
  if (!outcome.ok) return { imported: false, problems: outcome.messages };
  const { roster } = outcome;
  replaceRows(tabOf(context.hub, STUDENTS_TAB), STUDENTS_TAB, roster.students.map(studentToRow));
  replaceRows(tabOf(context.hub, STAFF_TAB), STAFF_TAB, roster.staff.map(staffToRow));
  replaceRows(tabOf(context.hub, CLASSES_TAB), CLASSES_TAB, roster.classes.map(classToRow));
  SpreadsheetApp.flush();
  cacheRoster(roster);
  return { imported: true, summary: outcome.summary, students: roster.students.length };
}
