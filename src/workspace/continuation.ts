/*
 * A one-shot time-based trigger that continues a long run in a later execution. There is at most
 * one per handler: making a new one replaces the old.
 */

function triggersFor(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === handler,
  );
}

export function scheduleContinuation(handler: string, afterMs: number): void {
  for (const trigger of triggersFor(handler)) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

export function cancelContinuation(handler: string): void {
  for (const trigger of triggersFor(handler)) ScriptApp.deleteTrigger(trigger);
}
