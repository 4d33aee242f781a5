/*
 * The Students tab's Advisor Email column, written for some students in one write: a single
 * block of that column from the first changed row to the last, the cells between written back
 * as they were read. Rows are the tab's data rows as read under the same lock.
 */
import { headersOf, STUDENTS_TAB } from "../domain/hub/tabs";
import { type Hub, tabOf } from "./hub-store";

/** `advisorOf` holds the new advisor by student ID; every row of that ID is written. */
export function writeAdvisorEmails(
  hub: Hub,
  rows: readonly (readonly unknown[])[],
  advisorOf: ReadonlyMap<string, string>,
): number {
  const headers = headersOf(STUDENTS_TAB);
  const idColumn = headers.indexOf("Student ID");
  const column = headers.indexOf("Advisor Email");
  const idOf = (row: readonly unknown[]) => String(row[idColumn] ?? "").trim();
  const changed = rows.flatMap((row, i) => (advisorOf.has(idOf(row)) ? [i] : []));
  if (changed.length === 0) return 0;
  const top = Math.min(...changed);
  const bottom = Math.max(...changed);
  const block = rows
    .slice(top, bottom + 1)
    .map((row) => [advisorOf.get(idOf(row)) ?? String(row[column] ?? "")]);
  tabOf(hub, STUDENTS_TAB)
    .getRange(top + 2, column + 1, block.length, 1)
    .setValues(block);
  return changed.length;
}
