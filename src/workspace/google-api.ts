/*
 * Google's REST APIs (Drive v3, Docs v1, Gmail v1, Calendar v3, Classroom v1) reached through UrlFetchApp with the user's
 * OAuth token, many requests at once with fetchAll. Docs writes and reads are paced to the Docs
 * API's 60 and 300 a minute, and Gmail's drafts and sends to its 15,000 units a minute; an answer that says "too
 * fast" (429, or a 403 whose reason is a rate limit) is sent again after a backoff while the
 * execution has time. Each answer comes back as an outcome: the parsed JSON, or Google's error
 * message and whether trying again later may succeed.
 */

import {
  backoffMs,
  DOCS_READS,
  DOCS_WRITES,
  GMAIL_DRAFT_UNITS,
  GMAIL_SEND_UNITS,
  GMAIL_UNITS,
  isRateLimited,
  nextWave,
  type PacedLimit,
} from "../domain/limits/per-minute";
import type { Outcome } from "../domain/outcome";
import { msLeft } from "./execution-budget";
import { noteSpend, recentSpend } from "./rate-window";
import { effectiveUserEmail } from "./session";

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

/**
 * The paced limit a request spends against, and how much, if any. Calendar writes are not paced:
 * Google publishes no figure for its per-calendar operational limit ("limits might apply if you
 * attempt to write to a single calendar in quick succession", calendar/api/guides/quota), and for
 * its 403 rateLimitExceeded the errors guide (calendar/api/guides/errors) says to back off
 * exponentially. Pacing to a guessed figure would slow every school whose calendar takes more,
 * and still be refused where it takes less; a refused write changed nothing, and a resent insert
 * that did land is found by its event ID (409), so sending all at once and resending the refused
 * after a backoff is both faster and safe.
 */
function pacing(request: ApiRequest): { limit: PacedLimit; cost: number } | undefined {
  if (request.method === "get" && request.url.startsWith(`${DOCS}/documents/`)) {
    return { limit: DOCS_READS, cost: 1 };
  }
  if (request.method !== "post") return undefined;
  if (request.url.startsWith(DOCS) && /:batchUpdate$|\/documents$/.test(request.url)) {
    return { limit: DOCS_WRITES, cost: 1 };
  }
  if (request.url.startsWith(`${GMAIL}/users/me/messages/send`)) {
    return { limit: GMAIL_UNITS, cost: GMAIL_SEND_UNITS };
  }
  if (/\/users\/me\/drafts$/.test(request.url) && request.url.startsWith(GMAIL)) {
    return { limit: GMAIL_UNITS, cost: GMAIL_DRAFT_UNITS };
  }
  return undefined;
}

const PACED: readonly PacedLimit[] = [DOCS_WRITES, DOCS_READS, GMAIL_UNITS];

/** Waiting for a rate limit leaves this much of the execution's budget for the work itself. */
const KEEP_FOR_WORK_MS = 15_000;
const MAX_RETRIES = 6;

/** A request held back because this execution has no time left to wait for its limit's window. */
function paused(limit: PacedLimit): { status: number; text: string } {
  const message = `Confer paused here: ${limit.because}, and this run has no time left to wait; the next run carries on.`;
  return { status: 429, text: JSON.stringify({ error: { message } }) };
}

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

interface Held {
  /** Requests that must wait for their limit's window. */
  readonly held: ReadonlySet<number>;
  /** The shortest wait after which one of them may go. */
  readonly waitMs: number;
}

/** Which pending requests their paced limits hold back now. */
function holdBack(requests: readonly ApiRequest[], pending: readonly number[], user: string): Held {
  const held = new Set<number>();
  let waitMs = Number.POSITIVE_INFINITY;
  for (const limit of PACED) {
    const mine = pending.filter((i) => pacing(requests[i]!)?.limit === limit);
    if (mine.length === 0) continue;
    const costs = mine.map((i) => pacing(requests[i]!)!.cost);
    const wave = nextWave(recentSpend(limit, user), Date.now(), limit.perMinute, costs);
    for (const i of mine.slice(wave.send)) held.add(i);
    if (wave.send === 0) waitMs = Math.min(waitMs, wave.waitMs);
  }
  return { held, waitMs };
}

/** Spends are dated when the requests left, as the API counts them on arrival. */
function noteSent(
  requests: readonly ApiRequest[],
  sent: readonly number[],
  user: string,
  at: number,
): void {
  for (const limit of PACED) {
    const spends = sent
      .map((i) => pacing(requests[i]!))
      .filter((p) => p?.limit === limit)
      .map((p) => ({ at, cost: p!.cost }));
    noteSpend(limit, user, spends);
  }
}

/**
 * Sends every request, Docs writes and Gmail drafts and sends in the waves their per-minute
 * windows allow, other requests at once; those answered "too fast" go again after a backoff,
 * while the execution has time.
 */
export interface CallOptions {
  /**
   * The longest this call waits, in all, for its limits' windows: someone waiting on a page is
   * answered sooner, with the held requests paused. As long as the execution has time, unless said.
   */
  readonly maxWaitMs?: number;
  /** The OAuth token to send: this execution's own unless said (a caller's, verified, for Classroom). */
  readonly token?: string;
}

export function callAll(
  requests: readonly ApiRequest[],
  options: CallOptions = {},
): Outcome<unknown>[] {
  if (requests.length === 0) return [];
  const mayWait = (waitMs: number) =>
    timeLeftFor(waitMs) && waited + waitMs <= (options.maxWaitMs ?? Number.POSITIVE_INFINITY);
  let waited = 0;
  const token = options.token ?? ScriptApp.getOAuthToken();
  const user = requests.some((r) => pacing(r)) ? effectiveUserEmail() : "";
  const answers: ({ status: number; text: string } | undefined)[] = requests.map(() => undefined);
  let pending = requests.map((_, i) => i);
  let retries = 0;
  while (pending.length > 0) {
    const { held, waitMs } =
      user === "" ? { held: new Set<number>(), waitMs: 0 } : holdBack(requests, pending, user);
    const sent = pending.filter((i) => !held.has(i));
    if (sent.length === 0) {
      if (mayWait(waitMs)) {
        Utilities.sleep(waitMs);
        waited += waitMs;
        continue;
      }
      for (const i of pending) answers[i] = paused(pacing(requests[i]!)!.limit);
      break;
    }
    const sentAt = Date.now();
    const replies = sendOnce(
      sent.map((i) => requests[i]!),
      token,
    );
    if (user !== "") noteSent(requests, sent, user, sentAt);
    const again: number[] = [];
    sent.forEach((index, k) => {
      answers[index] = replies[k]!;
      if (isRateLimited(replies[k]!.status, replies[k]!.text)) again.push(index);
    });
    const retry = again.length > 0 && retries < MAX_RETRIES && mayWait(backoffMs(retries));
    if (retry) {
      waited += backoffMs(retries);
      Utilities.sleep(backoffMs(retries++));
    }
    pending = [...held, ...(retry ? again : [])];
  }
  return answers.map((answer) => outcomeOf(answer?.status ?? 0, answer?.text ?? ""));
}

export function callOne(request: ApiRequest): Outcome<unknown> {
  return callAll([request])[0]!;
}
