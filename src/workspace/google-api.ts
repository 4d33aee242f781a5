/*
 * Google's REST APIs (Drive v3, Docs v1, Gmail v1, Calendar v3) reached through UrlFetchApp with the user's
 * OAuth token, many requests at once with fetchAll. Each answer comes back as an outcome: the
 * parsed JSON, or Google's error message and whether trying again later may succeed.
 */
import type { Outcome } from "../domain/conference-doc/docs-run";

export interface ApiRequest {
  readonly method: "get" | "post" | "put" | "delete" | "patch";
  readonly url: string;
  readonly body?: unknown;
}

const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

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

function outcomeOf(response: GoogleAppsScript.URL_Fetch.HTTPResponse): Outcome<unknown> {
  const status = response.getResponseCode();
  const text = response.getContentText();
  if (status >= 200 && status < 300) {
    return { ok: true, value: text === "" ? {} : JSON.parse(text) };
  }
  return {
    ok: false,
    error: errorMessage(status, text),
    transient: TRANSIENT.has(status),
    status,
  };
}

/** Sends every request at once; a request that could not be sent at all is a transient failure. */
export function callAll(requests: readonly ApiRequest[]): Outcome<unknown>[] {
  if (requests.length === 0) return [];
  const token = ScriptApp.getOAuthToken();
  let responses: GoogleAppsScript.URL_Fetch.HTTPResponse[];
  try {
    responses = UrlFetchApp.fetchAll(requests.map((request) => toFetch(request, token)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return requests.map(() => ({ ok: false, error: message, transient: true }));
  }
  return responses.map(outcomeOf);
}

export function callOne(request: ApiRequest): Outcome<unknown> {
  return callAll([request])[0]!;
}
