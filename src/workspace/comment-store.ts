/*
 * The comment tabs and the Comment Log in the hub: one batched read of a grade's tab (or of its
 * rows below an earlier reading), one batched write per run of rows that changed, and one
 * batched append to the log. A tab from before a column was added (Round) reads as it is, and
 * gets the column's header with its first write.
 */
import type { LogEntry, TeacherComment } from "../domain/comments/model";
import { commentToRow, logFromRow, logToRow } from "../domain/comments/rows";
import { readingOf, type TabReading } from "../domain/comments/tab-reading";
import { rowRuns } from "../domain/hub/row-runs";
import { COMMENT_COLUMNS, COMMENT_LOG_TAB, commentTab, headersOf } from "../domain/hub/tabs";
import { ensureRowCount, type Hub, tabOf } from "./hub-store";
import { noteTabRewritten } from "./log-marks";

const WIDTH = COMMENT_COLUMNS.length;

export interface GradeComments extends TabReading {
  readonly grade: string;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Whether the tab's header row names every column; false on a tab from before one was added. */
  readonly headed: boolean;
}

/** Unchanged rows at most this far apart are rewritten as they are, to save a call. */
const ROW_GAP = 10;

export function readGradeComments(hub: Hub, grade: string): GradeComments {
  const sheet = tabOf(hub, commentTab(grade));
  const values = sheet.getDataRange().getValues();
  return { grade, sheet, headed: isHeaded(values[0]), ...readingOf(values, 1, grade) };
}

const HEADERS = headersOf(commentTab(""));

function isHeaded(header: readonly unknown[] | undefined): boolean {
  return HEADERS.every((name, i) => header?.[i] === name);
}

/** Names every column of an older tab, its new columns' cells kept as plain text. */
function writeHeaders(store: GradeComments): void {
  if (store.headed) return;
  const { sheet } = store;
  sheet.getRange(1, 1, 1, WIDTH).setValues([HEADERS]);
  sheet.getRange(2, WIDTH, Math.max(sheet.getMaxRows() - 1, 1), 1).setNumberFormat("@");
}

/** The rows of a grade's tab below `store`'s reading, as they are now. */
export function readRowsBelow(store: GradeComments): TabReading {
  const last = store.sheet.getLastRow();
  if (last <= store.lastRow) return { comments: [], rowOf: new Map(), lastRow: last };
  const values = store.sheet
    .getRange(store.lastRow + 1, 1, last - store.lastRow, WIDTH)
    .getValues();
  return readingOf(values, store.lastRow + 1, store.grade);
}

/** Writes changed comments in place and new ones below, one setValues per run of rows. */
export function writeGradeComments(store: GradeComments, writes: readonly TeacherComment[]): void {
  if (writes.length === 0) return;
  writeHeaders(store);
  const placed = new Map<number, TeacherComment>();
  let next = store.lastRow + 1;
  for (const comment of writes) placed.set(store.rowOf.get(comment.id) ?? next++, comment);
  const byRow = new Map(store.comments.map((c) => [store.rowOf.get(c.id)!, c]));
  const runs = rowRuns([...placed.keys()], ROW_GAP);
  ensureRowCount(store.sheet, runs[runs.length - 1]!.last, WIDTH);
  for (const { first, last } of runs) {
    const block = [];
    for (let row = first; row <= last; row++) {
      const comment = placed.get(row) ?? byRow.get(row);
      block.push(comment ? commentToRow(comment) : Array<string>(WIDTH).fill(""));
    }
    store.sheet.getRange(first, 1, block.length, WIDTH).setValues(block);
  }
}

export function appendLog(hub: Hub, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const sheet = tabOf(hub, COMMENT_LOG_TAB);
  const rows = entries.map(logToRow);
  const first = sheet.getLastRow() + 1;
  ensureRowCount(sheet, first + rows.length - 1, rows[0]!.length);
  sheet.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
}

/** The Comment Log's last row (1 when it holds only its header). */
export function logLastRow(hub: Hub): number {
  return Math.max(1, tabOf(hub, COMMENT_LOG_TAB).getLastRow());
}

/** The log entries from row `first` on. */
export function readLogFrom(hub: Hub, first: number): LogEntry[] {
  const sheet = tabOf(hub, COMMENT_LOG_TAB);
  const last = sheet.getLastRow();
  if (last < first) return [];
  return sheet
    .getRange(first, 1, last - first + 1, COMMENT_LOG_TAB.columns.length)
    .getValues()
    .flatMap((row) => {
      const entry = logFromRow(row);
      return entry ? [entry] : [];
    });
}

export function readLog(hub: Hub): LogEntry[] {
  const values = tabOf(hub, COMMENT_LOG_TAB).getDataRange().getValues();
  return values.slice(1).flatMap((row) => {
    const entry = logFromRow(row);
    return entry ? [entry] : [];
  });
}

/** Replaces a grade tab's rows with these comments, clearing what lies below. */
export function rewriteGradeTab(
  hub: Hub,
  grade: string,
  comments: readonly TeacherComment[],
): void {
  const sheet = tabOf(hub, commentTab(grade));
  const height = Math.max(comments.length, sheet.getLastRow() - 1);
  if (height === 0) return;
  const blank = Array<string>(WIDTH).fill("");
  const rows = Array.from({ length: height }, (_, i) =>
    comments[i] ? commentToRow(comments[i]!) : blank,
  );
  ensureRowCount(sheet, height + 1, WIDTH);
  noteTabRewritten("comments");
  sheet.getRange(1, 1, height + 1, WIDTH).setValues([HEADERS, ...rows]);
}

/** Every data row of a grade's tab, all of its columns, as the sheet holds them. */
export function readGradeRows(hub: Hub, grade: string): unknown[][] {
  return tabOf(hub, commentTab(grade)).getDataRange().getValues().slice(1);
}

/**
 * Replaces a grade tab's data rows with these rows, whole (however many columns each has),
 * clearing what lies below, in one write.
 */
export function replaceGradeRows(
  hub: Hub,
  grade: string,
  rows: readonly (readonly unknown[])[],
): void {
  const sheet = tabOf(hub, commentTab(grade));
  const widest = Math.max(WIDTH, sheet.getLastColumn());
  const width = rows.reduce((most, row) => Math.max(most, row.length), widest);
  const height = Math.max(rows.length, sheet.getLastRow() - 1);
  if (height === 0) return;
  const block = Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => rows[i]?.[j] ?? ""),
  );
  ensureRowCount(sheet, height + 1, width);
  noteTabRewritten("comments");
  sheet.getRange(2, 1, height, width).setValues(block);
}
