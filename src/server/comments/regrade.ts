/*
 * Comments that follow a student a re-import moved to another grade: each is logged first as a
 * regrade, then written into the new grade's tab and taken out of the old one, under the lock.
 */
import type { LogEntry } from "../../domain/comments/model";
import { replayLog } from "../../domain/comments/rebuild";
import { commentTab } from "../../domain/hub/tabs";
import type { Roster } from "../../domain/roster/model";
import { appendLog, readGradeComments, writeGradeComments } from "../../workspace/comment-store";
import type { Hub } from "../../workspace/hub-store";
import { markLogApplied } from "../../workspace/log-marks";
import { withScriptLock } from "../hub/script-lock";
import { catchUpWithLog, removeFromOldGrades } from "./log-catch-up";

/**
 * After a re-import, moves each comment on a student whose grade changed into their new grade's
 * tab, logged first as a regrade, so the pull and the teacher's next edit find it there.
 */
export function regradeComments(hub: Hub, before: Roster, after: Roster, actor: string): number {
  const was = new Map(before.students.map((s) => [s.id, s.grade]));
  const moves = after.students.filter((s) => was.has(s.id) && was.get(s.id) !== s.grade);
  if (moves.length === 0) return 0;
  const newGrade = new Map(moves.map((s) => [s.id, s.grade]));
  let logged = 1;
  const moved = withScriptLock(
    () => {
      logged = catchUpWithLog(hub);
      const time = new Date().toISOString();
      const hasTab = (grade: string) => hub.getSheetByName(commentTab(grade).name) !== null;
      const entries: LogEntry[] = [...new Set(moves.map((s) => was.get(s.id)!))]
        .filter(hasTab)
        .flatMap((grade) => readGradeComments(hub, grade).comments)
        .filter((c) => newGrade.has(c.studentId) && c.grade !== newGrade.get(c.studentId))
        .filter((c) => hasTab(newGrade.get(c.studentId)!))
        .map((c) => ({
          time,
          actor,
          action: "regrade" as const,
          commentId: c.id,
          before: c,
          after: { ...c, grade: newGrade.get(c.studentId)! },
          reason: "",
        }));
      if (entries.length === 0) return 0;
      appendLog(hub, entries);
      for (const [grade, latest] of replayLog(entries)) {
        writeGradeComments(readGradeComments(hub, grade), latest);
      }
      removeFromOldGrades(hub, entries);
      logged += entries.length;
      return entries.length;
    },
    () => markLogApplied("comments", logged),
  );
  return moved;
}
