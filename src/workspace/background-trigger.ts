/*
 * Confer's one time-based trigger, an hourly one, made by the hub owner and kept: making it
 * again finds it in place, and triggers left by earlier handlers are deleted first, so the
 * owner never holds two (an add-on may have one time-based trigger per user per document).
 */
import { RETIRED_HANDLERS, RUN_BACKGROUND_WORK } from "../domain/trigger-handlers";

export type TriggerOutcome = "in place" | "made";

export function ensureBackgroundTrigger(): TriggerOutcome {
  const triggers = ScriptApp.getProjectTriggers();
  for (const trigger of triggers) {
    if (RETIRED_HANDLERS.includes(trigger.getHandlerFunction())) ScriptApp.deleteTrigger(trigger);
  }
  if (triggers.some((trigger) => trigger.getHandlerFunction() === RUN_BACKGROUND_WORK)) {
    return "in place";
  }
  ScriptApp.newTrigger(RUN_BACKGROUND_WORK).timeBased().everyHours(1).create();
  return "made";
}
