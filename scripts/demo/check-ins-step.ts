/*
 * The demo's goal check-ins: in February the hourly trigger finds the fall goals whose date has
 * passed ("by the end of January") and writes a Check-in line into each of those docs (the demo
 * leaves out the trigger's runs of the months between, which find nothing due); each
 * advisor opens Goal check-ins…, marks their first due check-in "on track" and drafts one
 * reminder to themselves and the student.
 */
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { hubStudents } from "./school-tabs";

/** A school day after the fall goals' dates ("by the end of January"): 2 February in the demo. */
const CHECK_IN_DAYS_AFTER_FALL = 111;

interface CheckInsView {
  readonly checkIns: readonly { docId: string; state: string; mine: boolean }[];
}

export function goalCheckIns(context: DemoContext, step: StepRecorder): void {
  const { ws } = context;
  const checkInDay = (context.fallOpenedAt ?? ws.now()) + CHECK_IN_DAYS_AFTER_FALL * 86_400_000;
  ws.triggers.advanceTo(checkInDay);
  for (const trigger of ws.triggers.of(context.roster.coordinator.email)) {
    trigger.nextRunMs = Math.max(trigger.nextRunMs, checkInDay);
  }
  step.runDueTriggers(checkInDay + 2 * 60 * 60_000);
  const advisors = new Map<string, string>();
  for (const student of hubStudents(context)) {
    if (student.docId && student.advisorEmail && !advisors.has(student.advisorEmail))
      advisors.set(student.advisorEmail, student.docId);
  }
  let due = 0;
  let marked = 0;
  for (const [advisor, docId] of advisors) {
    const view = step.run({
      fn: "getGoalCheckIns",
      as: advisor,
      kind: "sidebar",
      containerId: docId,
    }).value as CheckInsView;
    const dueOnes = view.checkIns.filter((row) => row.mine && row.state === "due");
    due += dueOnes.length;
    const first = dueOnes[0];
    if (!first) continue;
    step.run({
      fn: "markGoalCheckIn",
      args: [first.docId, "on track"],
      as: advisor,
      kind: "sidebar",
      containerId: docId,
    });
    step.run({
      fn: "draftGoalCheckInReminder",
      args: [first.docId],
      as: advisor,
      kind: "sidebar",
      containerId: docId,
    });
    marked++;
  }
  if (due === 0) throw new Error("No goal check-in came due, though the fall goals' dates passed.");
  context.checkIns = { due, marked };
}
