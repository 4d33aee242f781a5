/*
 * Time passing in the preview: the time-based triggers that fall due in the next few minutes
 * (a docs run the 6-minute limit cut short carries on this way) run when the visitor asks.
 */
import { runDueTriggers } from "../../emulator";
import { measured } from "./last-action";
import type { PreviewState } from "./state";

const WINDOW_MS = 10 * 60_000;

/** When the next trigger falls due within the window, or undefined. */
export function nextTriggerDue(state: PreviewState): number | undefined {
  return state.ws.triggers.nextDue(state.ws.now() + WINDOW_MS)?.nextRunMs;
}

export function letTimePass(state: PreviewState): void {
  const until = state.ws.now() + WINDOW_MS;
  const { value, action } = measured(state.ws, "Time-based triggers (10 minutes pass)", () =>
    runDueTriggers(state.ws, until),
  );
  state.lastAction = action;
  for (const result of value.filter((r) => !r.ok)) {
    state.alerts.push(`Trigger ${result.report.fn} failed: ${result.error?.message ?? "refused"}`);
  }
}
