/*
 * Running installable time-driven triggers: `runDueTriggers` advances the modelled wall clock and
 * runs every trigger that falls due as an execution of kind "trigger", as the trigger's owner,
 * with the event object Google passes a time-driven trigger.
 * Reference: developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
import { run } from "./run";
import type { RunResult } from "./run-request";
import type { Workspace } from "./workspace";

function weekOfYear(date: Date): number {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.floor((date.getTime() - start) / (7 * 86_400_000)) + 1;
}

/** The event object of a time-driven trigger, with its fields in UTC as Google reports them. */
export function clockEvent(triggerUid: string, firedAt: number): Record<string, unknown> {
  const at = new Date(firedAt);
  return {
    authMode: "FULL",
    triggerUid,
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    "day-of-month": at.getUTCDate(),
    "day-of-week": at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    "week-of-year": weekOfYear(at),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: "UTC",
  };
}

/**
 * Advances the modelled wall clock to `untilMs`, running each trigger as it falls due, in
 * time order. One-shot triggers (after, at) are removed when they fire.
 */
export function runDueTriggers(ws: Workspace, untilMs: number): RunResult[] {
  const results: RunResult[] = [];
  for (let row = ws.triggers.nextDue(untilMs); row; row = ws.triggers.nextDue(untilMs)) {
    const firedAt = ws.triggers.dueAt(row);
    ws.triggers.advanceTo(firedAt);
    ws.triggers.fired(row, firedAt);
    if (row.repeat === "once") ws.triggers.remove(row.id);
    else while (row.nextRunMs <= firedAt) row.nextRunMs += row.everyMs;
    results.push(
      run(ws, {
        fn: row.handler,
        args: [clockEvent(row.id, firedAt)],
        as: row.owner,
        kind: "trigger",
        authMode: "FULL",
      }),
    );
  }
  ws.triggers.advanceTo(untilMs);
  return results;
}
