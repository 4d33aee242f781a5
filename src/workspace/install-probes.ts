/*
 * What Check installation tries for real on the hub owner's account: the script project's
 * sharing, as Drive lists it, and a copy of the template, a Gmail draft, a Calendar event and a
 * translation, each made and removed at once. Each throws Google's answer when it fails.
 */

import type { ProjectPermission } from "../domain/install/project-sharing";
import { cancelEvents, putEvents } from "./calendar-events";
import { createDrafts, deleteDrafts } from "./gmail-drafts";
import { callOne, DRIVE, query } from "./google-api";

/**
 * Who the script project is shared with. A standalone project is a Drive file with the script's
 * ID; a project bound to a file is not, and Drive answers 404: then null.
 */
export function scriptProjectPermissions(): ProjectPermission[] | null {
  const listed = callOne({
    method: "get",
    url: `${DRIVE}/files/${encodeURIComponent(ScriptApp.getScriptId())}/permissions?${query({
      fields: "permissions(type,role,emailAddress,domain)",
    })}`,
  });
  if (!listed.ok) {
    if (listed.status === 404) return null;
    throw new Error(listed.error);
  }
  return (listed.value as { permissions?: ProjectPermission[] }).permissions ?? [];
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
