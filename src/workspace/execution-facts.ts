/*
 * What Apps Script reveals about the execution at hand, for deciding its door: who is at the
 * keyboard, whose authority the code has, the hub's recorded owner, whether a Sheet or Doc is
 * open around it, and whether a trigger event names one of this project's own triggers.
 */
import type { ExecutionFacts } from "../domain/access/doors";
import { activeDocId } from "./active-doc";
import { storedHubOwner } from "./hub-store";
import { activeUserEmail, effectiveUserEmail } from "./session";

function activeSpreadsheetOpen(): boolean {
  try {
    return SpreadsheetApp.getActiveSpreadsheet() !== null;
  } catch {
    return false;
  }
}

export function executionFacts(): ExecutionFacts {
  return {
    active: activeUserEmail().toLowerCase(),
    effective: effectiveUserEmail().toLowerCase(),
    hubOwner: storedHubOwner(),
    inEditor: () => activeSpreadsheetOpen() || activeDocId() !== "",
  };
}

/**
 * Whether `event` came from one of the effective user's triggers of this project that calls
 * `handler`. A trigger's event carries its triggerUid
 * (developers.google.com/apps-script/guides/triggers/events, "Time-driven events"); a page cannot
 * know one it was never shown.
 */
export function firedByOwnTrigger(handler: string, event: unknown): boolean {
  const uid = (event as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  if ((typeof uid !== "string" && typeof uid !== "number") || String(uid) === "") return false;
  return ScriptApp.getProjectTriggers().some(
    (trigger) => trigger.getUniqueId() === String(uid) && trigger.getHandlerFunction() === handler,
  );
}
