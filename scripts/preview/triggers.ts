/*
 * Time passing in the preview: Confer's hourly trigger, and any other that falls due within the
 * hour (a docs run the 6-minute limit cut short carries on this way), run when the visitor asks.
 */
import { runDueTriggers } from "../../emulator";
import { measured } from "./last-action";
import type { PreviewState } from "./state";

const WINDOW_MS = 60 * 60_000;

/** When the next trigger falls due within the window, or undefined. */
export function nextTriggerDue(state: PreviewState): number | undefined {
  const due = state.ws.triggers.nextDue(state.ws.now() + WINDOW_MS);
  return due && state.ws.triggers.dueAt(due);
}

export function letTimePass(state: PreviewState): void {
  const until = state.ws.now() + WINDOW_MS;
  const { value, action } = measured(state.ws, "Time-based triggers (an hour passes)", () =>
    runDueTriggers(state.ws, until),
  );
  state.lastAction = action;
  for (const result of value.filter((r) => !r.ok)) {
    state.alerts.push(`Trigger ${result.report.fn} failed: ${result.error?.message ?? "refused"}`);
  }
}
