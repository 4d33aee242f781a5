/*
 * Google's REST APIs (Drive v3, Docs v1, Gmail v1, Calendar v3) reached through UrlFetchApp with the user's
 * OAuth token, many requests at once with fetchAll. Docs writes are paced to the Docs API's 60 a
 * minute; an answer that says "too fast" (429, or a 403 whose reason is a rate limit) is sent
 * again after a backoff while the execution has time. Each answer comes back as an outcome: the
 * parsed JSON, or Google's error message and whether trying again later may succeed.
 */
import type { Outcome } from "../domain/conference-doc/docs-run";
import {
  backoffMs,
  DOCS_WRITES_PER_MINUTE,
  isRateLimited,
  nextWave,
} from "../domain/limits/per-minute";
import { noteDocsWrites, recentDocsWrites } from "./docs-write-window";
import { msLeft } from "./execution-budget";

export interface ApiRequest {
  readonly method: "get" | "post" | "put" | "delete" | "patch";
  readonly url: string;
  readonly body?: unknown;
}

/** 0: the request could not be sent at all. */
const TRANSIENT = new Set([0, 408, 429, 500, 502, 503, 504]);

export const DRIVE = "https://www.googleapis.com/drive/v3";
export const DOCS = "https://docs.googleapis.com/v1";
export const GMAIL = "https://gmail.googleapis.com/gmail/v1";
export const CALENDAR = "https://www.googleapis.com/calendar/v3";

export function query(params: Readonly<Record<string, string | number | boolean>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join("&");
}

function toFetch(request: ApiRequest, token: string): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  return {
    url: request.url,
    method: request.method,
    headers: { Authorization: `Bearer ${token}` },
    muteHttpExceptions: true,
    ...(request.body === undefined
      ? {}
      : { contentType: "application/json", payload: JSON.stringify(request.body) }),
  };
}

function errorMessage(status: number, text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } };
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `HTTP ${status}`;
}

function outcomeOf(status: number, text: string): Outcome<unknown> {
  if (status >= 200 && status < 300) {
    return { ok: true, value: text === "" ? {} : JSON.parse(text) };
  }
  return {
    ok: false,
    error: errorMessage(status, text),
    transient: TRANSIENT.has(status) || isRateLimited(status, text),
    status,
  };
}

const isDocsWrite = (request: ApiRequest) =>
  request.method === "post" &&
  request.url.startsWith(DOCS) &&
  /:batchUpdate$|\/documents$/.test(request.url);

/** Waiting for a rate limit leaves this much of the execution's budget for the work itself. */
const KEEP_FOR_WORK_MS = 15_000;
const MAX_RETRIES = 6;

/** A Docs write held back because this execution has no time left to wait for the window. */
const PAUSED = {
  status: 429,
  text: JSON.stringify({
    error: {
      message:
        "Confer paused here: the Docs API takes 60 writes a minute per user, and this run has no time left to wait; the next run carries on.",
    },
  }),
};
function timeLeftFor(waitMs: number): boolean {
  return waitMs + KEEP_FOR_WORK_MS < msLeft();
}

/** One fetchAll; a request that could not be sent at all is a transient failure. */
function sendOnce(
  requests: readonly ApiRequest[],
  token: string,
): { status: number; text: string }[] {
  try {
    return UrlFetchApp.fetchAll(requests.map((request) => toFetch(request, token))).map((r) => ({
      status: r.getResponseCode(),
      text: r.getContentText(),
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return requests.map(() => ({ status: 0, text: JSON.stringify({ error: { message } }) }));
  }
}

/**
 * Sends every request, Docs writes in waves the per-minute window allows, other requests at once;
 * those answered "too fast" go again after a backoff, while the execution has time.
 */
export function callAll(requests: readonly ApiRequest[]): Outcome<unknown>[] {
  if (requests.length === 0) return [];
  const token = ScriptApp.getOAuthToken();
  const answers: ({ status: number; text: string } | undefined)[] = requests.map(() => undefined);
  let pending = requests.map((_, i) => i);
  let retries = 0;
  while (pending.length > 0) {
    const writes = pending.filter((i) => isDocsWrite(requests[i]!));
    const wave =
      writes.length === 0
        ? { send: 0, waitMs: 0 }
        : nextWave(recentDocsWrites(), Date.now(), DOCS_WRITES_PER_MINUTE, writes.length);
    if (writes.length > 0 && wave.send === 0) {
      if (timeLeftFor(wave.waitMs)) {
        Utilities.sleep(wave.waitMs);
        continue;
      }
      for (const i of writes) answers[i] = PAUSED;
      pending = pending.filter((i) => !isDocsWrite(requests[i]!));
      if (pending.length === 0) break;
    }
    const allowed = new Set(writes.slice(0, wave.send));
    const sent = pending.filter((i) => !isDocsWrite(requests[i]!) || allowed.has(i));
    const replies = sendOnce(
      sent.map((i) => requests[i]!),
      token,
    );
    const wrote = sent.filter((i) => isDocsWrite(requests[i]!));
    if (wrote.length > 0) noteDocsWrites(wrote.map(() => Date.now()));
    const again: number[] = [];
    sent.forEach((index, k) => {
      answers[index] = replies[k]!;
      if (isRateLimited(replies[k]!.status, replies[k]!.text)) again.push(index);
    });
    const held = pending.filter((i) => !sent.includes(i));
    const retry = again.length > 0 && retries < MAX_RETRIES && timeLeftFor(backoffMs(retries));
    if (retry) Utilities.sleep(backoffMs(retries++));
    pending = [...held, ...(retry ? again : [])];
  }
  return answers.map((answer) => outcomeOf(answer?.status ?? 0, answer?.text ?? ""));
}

export function callOne(request: ApiRequest): Outcome<unknown> {
  return callAll([request])[0]!;
}
