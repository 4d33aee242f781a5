/*
 * The Schedule tab and the Booking Log in the hub: one batched read of each, then the changed
 * slot rows written in one block (rows between them rewritten as they were read) and the log
 * entries appended in one write, whatever the size of the schedule.
 */
import { BOOKING_LOG_TAB, SCHEDULE_TAB } from "../domain/hub/tabs";
import type { SlotChange } from "../domain/schedule/booking";
import type { BookingLogEntry, Slot } from "../domain/schedule/model";
import { logEntryFromRow, logEntryToRow, slotFromRow, slotToRow } from "../domain/schedule/rows";
import { appendRows, ensureRowCount, tabOf } from "./hub-store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const WIDTH = SCHEDULE_TAB.columns.length;

export interface ScheduleStore {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly slots: readonly Slot[];
  readonly rowOf: ReadonlyMap<string, number>;
  readonly values: readonly (readonly unknown[])[];
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === "" || cell === null);
}

export function readSchedule(hub: Spreadsheet): ScheduleStore {
  const sheet = tabOf(hub, SCHEDULE_TAB);
  const last = sheet.getLastRow();
  const values = last < 2 ? [] : sheet.getRange(2, 1, last - 1, WIDTH).getValues();
  const slots: Slot[] = [];
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    if (isBlank(row)) return;
    const slot = slotFromRow(row, i + 2);
    if (rowOf.has(slot.id)) {
      throw new Error(
        `Schedule rows ${rowOf.get(slot.id)} and ${i + 2} both hold slot ${slot.id}; remove one of them.`,
      );
    }
    slots.push(slot);
    rowOf.set(slot.id, i + 2);
  });
  return { sheet, slots, rowOf, values };
}

/** Writes each change's slot in its row, new slots below the last row, in one setValues. */
export function writeSlots(store: ScheduleStore, changes: readonly SlotChange[]): void {
  if (changes.length === 0) return;
  const placed = new Map<number, Slot>();
  let next = store.values.length + 2;
  for (const { after } of changes) {
    const row = store.rowOf.get(after.id) ?? next++;
    placed.set(row, after);
  }
  const first = Math.min(...placed.keys());
  const last = Math.max(...placed.keys());
  const block: unknown[][] = [];
  for (let row = first; row <= last; row++) {
    const slot = placed.get(row);
    block.push(slot ? slotToRow(slot) : [...(store.values[row - 2] ?? Array(WIDTH).fill(""))]);
  }
  ensureRowCount(store.sheet, last, WIDTH);
  store.sheet.getRange(first, 1, block.length, WIDTH).setValues(block);
}

export function readBookingLog(hub: Spreadsheet): BookingLogEntry[] {
  const sheet = tabOf(hub, BOOKING_LOG_TAB);
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet
    .getRange(2, 1, last - 1, BOOKING_LOG_TAB.columns.length)
    .getValues()
    .filter((row) => !isBlank(row))
    .map(logEntryFromRow);
}

/** Appends the entries, each with its Change cell; answers the first row written. */
export function appendBookingLog(
  hub: Spreadsheet,
  entries: readonly BookingLogEntry[],
  changeCells: readonly string[] = [],
): number {
  const sheet = tabOf(hub, BOOKING_LOG_TAB);
  const first = sheet.getLastRow() + 1;
  appendRows(
    sheet,
    BOOKING_LOG_TAB,
    entries.map((entry, i) => [...logEntryToRow(entry), changeCells[i] ?? "", ""]),
  );
  return first;
}

/** The Booking Log's last row (1 when it holds only its header). */
export function bookingLogLastRow(hub: Spreadsheet): number {
  return Math.max(1, tabOf(hub, BOOKING_LOG_TAB).getLastRow());
}

export interface LoggedCommit {
  /** The commit's first and last log rows. */
  readonly first: number;
  readonly last: number;
  readonly time: string;
  readonly cells: readonly string[];
  readonly followed: boolean;
}

const CHANGE = BOOKING_LOG_TAB.columns.findIndex((c) => c.header === "Change");
const FOLLOWED = CHANGE + 1;

/** The logged commits from row `from` on: runs of rows with the same time and actor. */
export function loggedCommits(hub: Spreadsheet, from = 2): LoggedCommit[] {
  const sheet = tabOf(hub, BOOKING_LOG_TAB);
  const last = sheet.getLastRow();
  if (last < from) return [];
  const rows = sheet.getRange(from, 1, last - from + 1, BOOKING_LOG_TAB.columns.length).getValues();
  const commits: LoggedCommit[] = [];
  const keyOf = (row: readonly unknown[]) =>
    `${row[0] instanceof Date ? row[0].toISOString() : String(row[0])}|${String(row[1] ?? "")}`;
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && keyOf(rows[i]!) === keyOf(rows[start]!)) continue;
    const run = rows.slice(start, i);
    commits.push({
      first: from + start,
      last: from + i - 1,
      time: keyOf(run[0]!).split("|")[0]!,
      cells: run.map((row) => String(row[CHANGE] ?? "")),
      followed: run.some((row) => String(row[FOLLOWED] ?? "") !== ""),
    });
    start = i;
  }
  return commits;
}

/** Stamps a commit's log rows Followed: its events, doc lines and notices are done. */
export function markFollowed(hub: Spreadsheet, first: number, last: number, at: string): void {
  tabOf(hub, BOOKING_LOG_TAB)
    .getRange(first, FOLLOWED + 1, last - first + 1, 1)
    .setValues(Array.from({ length: last - first + 1 }, () => [at]));
}
