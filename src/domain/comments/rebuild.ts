/*
 * Rebuilding the comment tabs from the append-only log: replaying every change in order gives
 * each comment's latest state, in the order the comments were first written.
 */
import type { LogEntry, TeacherComment } from "./model";

export function replayLog(entries: readonly LogEntry[]): Map<string, TeacherComment[]> {
  const latest = new Map<string, TeacherComment>();
  for (const entry of entries) {
    if (entry.after) latest.set(entry.after.id, entry.after);
  }
  const byGrade = new Map<string, TeacherComment[]>();
  for (const comment of latest.values()) {
    byGrade.set(comment.grade, [...(byGrade.get(comment.grade) ?? []), comment]);
  }
  return byGrade;
}
