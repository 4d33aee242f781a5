/*
 * Bringing the grade tabs up to the Comment Log, which is written first and is the truth: every
 * change past the applied mark is written into its grade's tab (each comment's latest state, so
 * doing it twice changes nothing), and a regraded comment leaves the tab of the grade it left.
 * Run under the script lock; the mark moves only once the tabs' writes are flushed.
 */
import type { LogEntry } from "../../domain/comments/model";
import { replayLog } from "../../domain/comments/rebuild";
import {
  logLastRow,
  readGradeComments,
  readLogFrom,
  rewriteGradeTab,
  writeGradeComments,
} from "../../workspace/comment-store";
import type { Hub } from "../../workspace/hub-store";
import { appliedLogRow, markLogApplied } from "../../workspace/log-marks";

/**
 * Under the lock: writes into the grade tabs every change the log holds past the applied mark
 * (each comment's latest state, so doing it twice changes nothing); answers the log's last row.
 * With no mark yet (a new hub, or one from before the mark) the whole log is brought in once.
 */
export function catchUpWithLog(hub: Hub): number {
  const last = logLastRow(hub);
  const applied = appliedLogRow("comments") ?? 1;
  if (last > applied) {
    const tail = readLogFrom(hub, applied + 1);
    for (const [grade, latest] of replayLog(tail)) {
      writeGradeComments(readGradeComments(hub, grade), latest);
    }
    removeFromOldGrades(hub, tail);
    SpreadsheetApp.flush();
  }
  if (applied !== last) markLogApplied("comments", last);
  return last;
}

/** Takes each regraded comment out of the tab of the grade it left, where it still is. */
export function removeFromOldGrades(hub: Hub, entries: readonly LogEntry[]): void {
  const left = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.before && e.after && e.before.grade !== e.after.grade) {
      left.set(e.before.grade, (left.get(e.before.grade) ?? new Set()).add(e.after.id));
    }
  }
  for (const [grade, ids] of left) {
    const { comments } = readGradeComments(hub, grade);
    if (comments.some((c) => ids.has(c.id) && c.grade === grade)) {
      rewriteGradeTab(
        hub,
        grade,
        comments.filter((c) => !ids.has(c.id)),
      );
    }
  }
}
