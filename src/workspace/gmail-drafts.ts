/*
 * Gmail drafts in the signed-in user's own mailbox, through the Gmail API (users.drafts) under
 * the gmail.compose scope, many at once with fetchAll. Confer only drafts; a person sends.
 */

import { base64Url } from "../domain/guardian-updates/utf8";
import type { Outcome } from "../domain/outcome";
import { zipOutcomes } from "../domain/zip-outcomes";
import { type ApiRequest, callAll, GMAIL } from "./google-api";

export function draftRequests(rawMessages: readonly string[]): ApiRequest[] {
  return rawMessages.map((raw) => ({
    method: "post" as const,
    url: `${GMAIL}/users/me/drafts`,
    body: { message: { raw: base64Url(raw) } },
  }));
}

/** Replaces the message of an existing draft (users.drafts.update). */
export function updateDraftRequest(draftId: string, raw: string): ApiRequest {
  return {
    method: "put" as const,
    url: `${GMAIL}/users/me/drafts/${encodeURIComponent(draftId)}`,
    body: { id: draftId, message: { raw: base64Url(raw) } },
  };
}

/** The new message's (or draft's) ID from Gmail's answer. */
export function idOf(outcome: Outcome<unknown>): Outcome<string> {
  return outcome.ok ? { ok: true, value: (outcome.value as { id: string }).id } : outcome;
}

export function createDrafts(rawMessages: readonly string[]): Outcome<string>[] {
  return callAll(draftRequests(rawMessages)).map(idOf);
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

export const UPDATE_TAG = "X-Confer-Update";

/**
 * The drafts in the user's mailbox that carry Confer's tag (a guardian update's, or the given
 * header's), by tag value: how an interrupted run finds the drafts it made but could not record.
 */
export function taggedDrafts(header: string = UPDATE_TAG): Map<string, string> {
  const found = new Map<string, string>();
  let pageToken = "";
  const ids: string[] = [];
  do {
    const listed = callAll([
      {
        method: "get",
        url: `${GMAIL}/users/me/drafts?maxResults=500${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`,
      },
    ])[0]!;
    if (!listed.ok) throw new Error(`Confer could not list your drafts: ${listed.error}`);
    const page = listed.value as { drafts?: { id: string }[]; nextPageToken?: string };
    ids.push(...(page.drafts ?? []).map((d) => d.id));
    pageToken = page.nextPageToken ?? "";
  } while (pageToken);
  const answers = callAll(
    ids.map((id) => ({
      method: "get" as const,
      url: `${GMAIL}/users/me/drafts/${encodeURIComponent(id)}?format=metadata&metadataHeaders=${header}`,
    })),
  );
  for (const [id, outcome] of zipOutcomes(ids, answers)) {
    if (!outcome.ok) continue;
    const headers =
      (outcome.value as { message?: { payload?: { headers?: { name: string; value: string }[] } } })
        .message?.payload?.headers ?? [];
    const tag = headers.find((h) => h.name.toLowerCase() === header.toLowerCase())?.value;
    if (tag) found.set(tag, id);
  }
  return found;
}
