/*
 * Gmail drafts in the signed-in user's own mailbox, through the Gmail API (users.drafts) under
 * the gmail.compose scope, many at once with fetchAll. Confer only drafts; a person sends.
 */
import type { Outcome } from "../domain/conference-doc/docs-run";
import { base64Url } from "../domain/drafts/utf8";
import { callAll, GMAIL } from "./google-api";

export function createDrafts(rawMessages: readonly string[]): Outcome<string>[] {
  return callAll(
    rawMessages.map((raw) => ({
      method: "post" as const,
      url: `${GMAIL}/users/me/drafts`,
      body: { message: { raw: base64Url(raw) } },
    })),
  ).map((outcome) =>
    outcome.ok ? { ok: true, value: (outcome.value as { id: string }).id } : outcome,
  );
}

/** Deletes drafts; one already gone (sent or deleted by hand) counts as deleted. */
export function deleteDrafts(draftIds: readonly string[]): Outcome<true>[] {
  return callAll(
    draftIds.map((id) => ({
      method: "delete" as const,
      url: `${GMAIL}/users/me/drafts/${encodeURIComponent(id)}`,
    })),
  ).map((outcome) =>
    outcome.ok || /not found/i.test(outcome.error) ? { ok: true, value: true } : outcome,
  );
}
