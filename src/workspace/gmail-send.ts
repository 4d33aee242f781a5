/*
 * Sending mail through the Gmail API (users.messages.send, gmail.send scope), many at once.
 * Confer sends only where the school's Settings say so; otherwise it drafts.
 */
import type { Outcome } from "../domain/conference-doc/docs-run";
import { base64Url } from "../domain/drafts/utf8";
import { callAll, GMAIL } from "./google-api";

export function sendMessages(rawMessages: readonly string[]): Outcome<string>[] {
  return callAll(
    rawMessages.map((raw) => ({
      method: "post" as const,
      url: `${GMAIL}/users/me/messages/send`,
      body: { raw: base64Url(raw) },
    })),
  ).map((outcome) =>
    outcome.ok ? { ok: true, value: (outcome.value as { id: string }).id } : outcome,
  );
}
