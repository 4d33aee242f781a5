/*
 * The comment tabs and the Comment Log in the hub: one batched read of a grade's tab, one batched
 * write of the rows that changed (a single block from the first changed row down), and one
 * batched append to the log.
 */
import type { LogEntry, TeacherComment } from "../domain/comments/model";
import { commentFromRow, commentToRow, logFromRow, logToRow } from "../domain/comments/rows";
import { COMMENT_COLUMNS, COMMENT_LOG_TAB, commentTab } from "../domain/hub/tabs";
import { ensureRowCount, tabOf } from "./hub-store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const WIDTH = COMMENT_COLUMNS.length;

export interface GradeComments {
  readonly grade: string;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly comments: readonly TeacherComment[];
  /** Sheet row of each comment ID. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly lastRow: number;
}

export function readGradeComments(hub: Spreadsheet, grade: string): GradeComments {
  const sheet = tabOf(hub, commentTab(grade));
  const values = sheet.getDataRange().getValues();
  const comments: TeacherComment[] = [];
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    if (i === 0) return;
    const comment = commentFromRow(row, grade);
    if (comment) {
      comments.push(comment);
      rowOf.set(comment.id, i + 1);
    }
  });
  return { grade, sheet, comments, rowOf, lastRow: Math.max(values.length, 1) };
}

/** Writes changed comments in place and new ones below, in one setValues. */
export function writeGradeComments(store: GradeComments, writes: readonly TeacherComment[]): void {
  if (writes.length === 0) return;
  const placed = new Map<number, TeacherComment>();
  let next = store.lastRow + 1;
  for (const comment of writes) placed.set(store.rowOf.get(comment.id) ?? next++, comment);
  const first = Math.min(...placed.keys());
  const last = Math.max(...placed.keys());
  const byRow = new Map(store.comments.map((c) => [store.rowOf.get(c.id)!, c]));
  const block = [];
  for (let row = first; row <= last; row++) {
    const comment = placed.get(row) ?? byRow.get(row);
    block.push(comment ? commentToRow(comment) : Array<string>(WIDTH).fill(""));
  }
  ensureRowCount(store.sheet, last, WIDTH);
  store.sheet.getRange(first, 1, block.length, WIDTH).setValues(block);
}

export function appendLog(hub: Spreadsheet, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const sheet = tabOf(hub, COMMENT_LOG_TAB);
  const rows = entries.map(logToRow);
  const first = sheet.getLastRow() + 1;
  ensureRowCount(sheet, first + rows.length - 1, rows[0]!.length);
  sheet.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
}

/** The Comment Log's last row (1 when it holds only its header). */
export function logLastRow(hub: Spreadsheet): number {
  return Math.max(1, tabOf(hub, COMMENT_LOG_TAB).getLastRow());
}

/** The log entries from row `first` on. */
export function readLogFrom(hub: Spreadsheet, first: number): LogEntry[] {
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

export function readLog(hub: Spreadsheet): LogEntry[] {
  const values = tabOf(hub, COMMENT_LOG_TAB).getDataRange().getValues();
  return values.slice(1).flatMap((row) => {
    const entry = logFromRow(row);
    return entry ? [entry] : [];
  });
}

/** Replaces a grade tab's rows with these comments, clearing what lies below. */
export function rewriteGradeTab(
  hub: Spreadsheet,
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
  sheet.getRange(2, 1, height, WIDTH).setValues(rows);
}
