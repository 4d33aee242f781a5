/*
 * The Schedule tab and the Booking Log in the hub: one batched read of each (or of what lies
 * below an earlier reading), then the changed slot rows written one block per run (rows between
 * them rewritten as they were read) and the log entries appended in one write.
 */

import { rowRuns } from "../domain/hub/row-runs";
import { BOOKING_LOG_TAB, SCHEDULE_TAB } from "../domain/hub/tabs";
import type { SlotChange } from "../domain/schedule/booking";
import type { BookingLogEntry, Slot } from "../domain/schedule/model";
import { logEntryFromRow, logEntryToRow, slotToRow } from "../domain/schedule/rows";
import {
  lastRowOf,
  type ScheduleReading,
  scheduleReadingOf,
} from "../domain/schedule/schedule-reading";
import { appendRows, ensureRowCount, type Hub, tabOf } from "./hub-store";

const WIDTH = SCHEDULE_TAB.columns.length;
const CHANGE = BOOKING_LOG_TAB.columns.findIndex((c) => c.header === "Change");
const FOLLOWED = CHANGE + 1;

export interface ScheduleStore extends ScheduleReading {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/** Unchanged rows at most this far apart are rewritten as they were read, to save a call. */
const ROW_GAP = 10;

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === "" || cell === null);
}

export function readSchedule(hub: Hub): ScheduleStore {
  const sheet = tabOf(hub, SCHEDULE_TAB);
  const last = sheet.getLastRow();
  const values = last < 2 ? [] : sheet.getRange(2, 1, last - 1, WIDTH).getValues();
  return { sheet, ...scheduleReadingOf(values) };
}

/** The Schedule rows below `store`'s reading as they are now; undefined when the tab shrank. */
export function readScheduleBelow(store: ScheduleStore): unknown[][] | undefined {
  const last = store.sheet.getLastRow();
  const read = lastRowOf(store);
  if (last < read) return undefined;
  return last === read ? [] : store.sheet.getRange(read + 1, 1, last - read, WIDTH).getValues();
}

/** Writes each change's slot in its row, new slots below the last row, one setValues per run. */
export function writeSlots(store: ScheduleStore, changes: readonly SlotChange[]): void {
  if (changes.length === 0) return;
  const placed = new Map<number, Slot>();
  let next = lastRowOf(store) + 1;
  for (const { after } of changes) {
    const row = store.rowOf.get(after.id) ?? next++;
    placed.set(row, after);
  }
  const runs = rowRuns([...placed.keys()], ROW_GAP);
  ensureRowCount(store.sheet, runs[runs.length - 1]!.last, WIDTH);
  for (const { first, last } of runs) {
    const block: unknown[][] = [];
    for (let row = first; row <= last; row++) {
      const slot = placed.get(row);
      block.push(slot ? slotToRow(slot) : [...(store.values[row - 2] ?? Array(WIDTH).fill(""))]);
    }
    store.sheet.getRange(first, 1, block.length, WIDTH).setValues(block);
  }
}

export function readBookingLog(hub: Hub): readonly BookingLogEntry[] {
  return readBookingLogFrom(hub, 2).entries;
}

export interface BookingLogPart {
  readonly entries: readonly BookingLogEntry[];
  /** Each entry's Change cell. */
  readonly cells: readonly string[];
  /** Each entry's sheet row. */
  readonly rows: readonly number[];
}

/** The Booking Log's entries from row `from` on, with their Change cells. */
export function readBookingLogFrom(hub: Hub, from: number): BookingLogPart {
  const sheet = tabOf(hub, BOOKING_LOG_TAB);
  const last = sheet.getLastRow();
  if (last < from) return { entries: [], cells: [], rows: [] };
  const rows = sheet
    .getRange(from, 1, last - from + 1, BOOKING_LOG_TAB.columns.length)
    .getValues()
    .map((row, i) => ({ row, at: from + i }))
    .filter(({ row }) => !isBlank(row));
  return {
    entries: rows.map(({ row }) => logEntryFromRow(row)),
    cells: rows.map(({ row }) => String(row[CHANGE] ?? "")),
    rows: rows.map(({ at }) => at),
  };
}

/** Appends the entries, each with its Change cell; answers the first row written. */
export function appendBookingLog(
  hub: Hub,
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
export function bookingLogLastRow(hub: Hub): number {
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

/** The logged commits from row `from` on: runs of rows with the same time and actor. */
export function loggedCommits(hub: Hub, from = 2): LoggedCommit[] {
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
export function markFollowed(hub: Hub, first: number, last: number, at: string): void {
  tabOf(hub, BOOKING_LOG_TAB)
    .getRange(first, FOLLOWED + 1, last - first + 1, 1)
    .setValues(Array.from({ length: last - first + 1 }, () => [at]));
}
