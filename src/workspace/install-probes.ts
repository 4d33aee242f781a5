/*
 * What Check installation tries for real on the hub owner's account, each made and removed at
 * once: a time-based trigger, a copy of the template, a Gmail draft, a Calendar event, a
 * translation. Each throws Google's answer when it fails.
 */

import { cancelEvents, putEvents } from "./calendar-events";
import { createDrafts, deleteDrafts } from "./gmail-drafts";
import { callOne, DRIVE, query } from "./google-api";

export function makeAndRemoveTrigger(handler: string): void {
  const trigger = ScriptApp.newTrigger(handler)
    .timeBased()
    .after(60 * 60_000)
    .create();
  ScriptApp.deleteTrigger(trigger);
}

export function copyAndRemove(templateId: string): void {
  const copied = callOne({
    method: "post",
    url: `${DRIVE}/files/${encodeURIComponent(templateId)}/copy?${query({ fields: "id" })}`,
    body: { name: "Confer installation check (safe to delete)" },
  });
  if (!copied.ok) throw new Error(copied.error);
  const id = (copied.value as { id: string }).id;
  const removed = callOne({ method: "delete", url: `${DRIVE}/files/${encodeURIComponent(id)}` });
  if (!removed.ok) throw new Error(`the copy ${id} could not be removed: ${removed.error}`);
}

export function draftAndRemove(raw: string): void {
  const [made] = createDrafts([raw]);
  if (!made?.ok) throw new Error(made?.error ?? "no answer");
  const [removed] = deleteDrafts([made.value]);
  if (!removed?.ok) throw new Error(`the draft could not be removed: ${removed?.error}`);
}

export function eventAndRemove(event: Parameters<typeof putEvents>[0][number]): void {
  const [made] = putEvents([event], "none");
  if (!made?.ok) throw new Error(made?.error ?? "no answer");
  const [removed] = cancelEvents([event.id], "none");
  if (!removed?.ok) throw new Error(`the event could not be removed: ${removed?.error}`);
}

export function translateOnce(text: string, to: string): string {
  return LanguageApp.translate(text, "en", to);
}
