/*
 * One digest of everything a call could change: Drive (files, their content and sharing), Gmail
 * (drafts and sent mail), Calendar, script and user properties, and triggers. Caches are left
 * out: a refused call may warm the roster cache, which changes nothing a person can see.
 */
import { createHash } from "node:crypto";
import type { Workspace } from "../../../emulator";

export function fingerprint(hub: { readonly ws: Workspace }): string {
  const ws = hub.ws;
  const state = {
    drive: ws.drive.snapshot(),
    gmail: ws.gmail.snapshot(),
    calendar: ws.calendar.snapshot(),
    script: [...ws.scriptProperties.entries()].sort(),
    user: [...ws.userProperties.entries()]
      .filter(([, map]) => map.size > 0)
      .map(([user, map]) => [user, [...map.entries()].sort()]),
    triggers: (ws.triggers.snapshot() as { rows: unknown }).rows,
  };
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}
