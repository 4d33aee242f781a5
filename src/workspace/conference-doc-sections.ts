/*
 * Reading and writing many conference docs at once through the Docs REST API: documents.get and
 * documents.batchUpdate for each doc, sent together with fetchAll (in chunks, so one huge school
 * never makes one huge request batch).
 */

import type { DocJson } from "../domain/doc/doc-json";
import type { Outcome } from "../domain/outcome";
import { type ApiRequest, callAll, DOCS } from "./google-api";

const CHUNK = 100;

function callChunked(requests: readonly ApiRequest[]): Outcome<unknown>[] {
  const outcomes: Outcome<unknown>[] = [];
  for (let at = 0; at < requests.length; at += CHUNK) {
    outcomes.push(...callAll(requests.slice(at, at + CHUNK)));
  }
  return outcomes;
}

export function getDocuments(docIds: readonly string[]): Outcome<DocJson>[] {
  return callChunked(
    docIds.map((docId) => ({
      method: "get" as const,
      url: `${DOCS}/documents/${encodeURIComponent(docId)}`,
    })),
  ) as Outcome<DocJson>[];
}

export interface DocUpdate {
  readonly docId: string;
  readonly requests: readonly Record<string, unknown>[];
  /** Refuse the update if the doc changed since this revision was read. */
  readonly requiredRevisionId?: string;
}

export function updateRequests(updates: readonly DocUpdate[]): ApiRequest[] {
  return updates.map((update) => ({
    method: "post" as const,
    url: `${DOCS}/documents/${encodeURIComponent(update.docId)}:batchUpdate`,
    body: {
      requests: update.requests,
      ...(update.requiredRevisionId
        ? { writeControl: { requiredRevisionId: update.requiredRevisionId } }
        : {}),
    },
  }));
}

export function updateDocuments(updates: readonly DocUpdate[]): Outcome<unknown>[] {
  return callChunked(updateRequests(updates));
}
