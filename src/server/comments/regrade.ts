/*
 * Comments that follow a student a re-import moved to another grade, run inside the import's
 * script lock: the grade tabs are brought up to the Comment Log, read whole, and the planned
 * moves written: a tab for each grade the roster needs and lacks, the regrade entries to the log
 * first, then each changed tab in one write, its rows moved whole.
 */
import { planRegrade } from "../../domain/comments/regrade";
import { commentTab } from "../../domain/hub/tabs";
import type { Roster } from "../../domain/roster/model";
import { appendLog, readGradeRows, replaceGradeRows } from "../../workspace/comment-store";
import type { Hub } from "../../workspace/hub-store";
import { ensureTab } from "../../workspace/hub-tabs";
import { catchUpWithLog } from "./log-catch-up";

export interface Regraded {
  /** Comments moved to their student's new grade's tab. */
  readonly moved: number;
  /** The Comment Log's last row, every row of it now in the tabs. */
  readonly logged: number;
}

/** Under the script lock, which the caller holds: moves comments to their students' grades. */
export function regradeComments(
  hub: Hub,
  roster: Roster,
  grades: readonly string[],
  actor: string,
): Regraded {
  const logged = catchUpWithLog(hub);
  const tabs = [...new Set([...grades, ...roster.students.map((s) => s.grade)])]
    .filter((grade) => grade !== "" && hub.getSheetByName(commentTab(grade).name) !== null)
    .map((grade) => ({ grade, rows: readGradeRows(hub, grade) }));
  const plan = planRegrade(roster.students, tabs, { time: new Date().toISOString(), actor });
  for (const grade of plan.create) ensureTab(hub, commentTab(grade));
  appendLog(hub, plan.log);
  for (const [grade, rows] of plan.tabs) replaceGradeRows(hub, grade, rows);
  return { moved: plan.log.length, logged: logged + plan.log.length };
}
