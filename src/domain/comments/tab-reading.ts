/*
 * A reading of one grade's comment tab: its comments, the sheet row of each, and the tab's last
 * row. A reading taken before the script lock is brought up to date under it from what the lock
 * holders wrote meanwhile (the Comment Log's tail and the rows appended below the reading), or
 * found too stale to trust, when the tab must be read again.
 */

import type { LogEntry, TeacherComment } from "./model";
import { commentFromRow } from "./rows";

export interface TabReading {
  readonly comments: readonly TeacherComment[];
  /** Sheet row of each comment ID. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The tab's last row (1 when it holds only its header). */
  readonly lastRow: number;
}

/** The reading of rows `values`, whose first is sheet row `firstRow`; header rows are skipped. */
export function readingOf(
  values: readonly (readonly unknown[])[],
  firstRow: number,
  grade: string,
): TabReading {
  const comments: TeacherComment[] = [];
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    if (firstRow + i === 1) return;
    const comment = commentFromRow(row, grade);
    if (comment) {
      comments.push(comment);
      rowOf.set(comment.id, firstRow + i);
    }
  });
  return { comments, rowOf, lastRow: Math.max(firstRow + values.length - 1, 1) };
}

/**
 * The early reading of `grade`'s tab brought up to the tab as it is now, given the log entries
 * written since the reading's applied mark and the reading of the rows now below it; undefined
 * when they do not account for the tab (a regrade moved comments between tabs, rows vanished, or
 * rows appeared that no entry made), so the caller reads the whole tab again.
 */
export function caughtUpReading(
  early: TabReading,
  grade: string,
  tail: readonly LogEntry[],
  below: TabReading,
): TabReading | undefined {
  if (below.lastRow < early.lastRow) return undefined;
  const appended = below.lastRow - early.lastRow;
  if (appended > tail.filter((e) => e.action === "create").length) return undefined;
  const latest = new Map(early.comments.map((c) => [c.id, c]));
  for (const entry of tail) {
    const { before, after } = entry;
    if (!after) continue;
    if (before && before.grade !== after.grade) return undefined;
    if (after.grade !== grade || below.rowOf.has(after.id)) continue;
    if (!early.rowOf.has(after.id)) return undefined;
    latest.set(after.id, after);
  }
  const rowOf = new Map([...early.rowOf, ...below.rowOf]);
  return {
    comments: [...latest.values(), ...below.comments],
    rowOf,
    lastRow: below.lastRow,
  };
}
