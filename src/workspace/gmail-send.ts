/*
 * Sending mail through the Gmail API (users.messages.send, gmail.send scope), many at once.
 * Confer sends only where the school's Settings say so; otherwise it drafts.
 */

import { base64Url } from "../domain/guardian-updates/utf8";
import type { Outcome } from "../domain/outcome";
import { idOf } from "./gmail-drafts";
import { type ApiRequest, callAll, GMAIL } from "./google-api";

export function sendRequests(rawMessages: readonly string[]): ApiRequest[] {
  return rawMessages.map((raw) => ({
    method: "post" as const,
    url: `${GMAIL}/users/me/messages/send`,
    body: { raw: base64Url(raw) },
  }));
}

export function sendMessages(rawMessages: readonly string[]): Outcome<string>[] {
  return callAll(sendRequests(rawMessages)).map(idOf);
}
