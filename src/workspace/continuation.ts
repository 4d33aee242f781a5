/*
 * A one-shot time-based trigger that continues a long run in a later execution. There is at most
 * one per handler: making a new one replaces the old. Its ID is kept in the maker's user
 * properties, so the run it starts is known as this trigger's even where Google has already
 * dropped a fired one-shot trigger from the project's list (unconfirmed either way).
 */
import { rememberTrigger } from "./trigger-ids";

function triggersFor(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === handler,
  );
}

export function scheduleContinuation(handler: string, afterMs: number): void {
  for (const trigger of triggersFor(handler)) ScriptApp.deleteTrigger(trigger);
  const trigger = ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
  rememberTrigger(handler, trigger.getUniqueId());
}

export function cancelContinuation(handler: string): void {
  for (const trigger of triggersFor(handler)) ScriptApp.deleteTrigger(trigger);
}
