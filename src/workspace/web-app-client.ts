/*
 * Calling Confer's own web app (which runs as the hub owner) from a user's execution, with the
 * user's OAuth token so that the web app knows who is asking. Busy answers (the owner's limit of
 * simultaneous executions, or the comment lock) are retried with exponential backoff.
 */
import { AccessRefusedError, type RefusalCode } from "../domain/access/doors";
import type { WebResponse } from "../domain/web-request";
import { recordedStaffUrl } from "./staff-url";

const REFUSALS: readonly string[] = ["wrong-door", "not-signed-in", "not-allowed"];

const ATTEMPTS = 10;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 16_000;

export class WebAppBusyError extends Error {
  constructor() {
    super("Confer is busy with other requests right now. Nothing was lost: try again in a minute.");
    this.name = "WebAppBusyError";
  }
}

export class WebAppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WebAppError";
  }
}

function webAppUrl(): string {
  const url = recordedStaffUrl();
  if (url === "") {
    throw new Error(
      "Confer's staff web app is not connected yet: the coordinator deploys it and pastes its /exec URL into Confer ▸ Settings ▸ Staff web app URL (see the README, Deploy).",
    );
  }
  return url;
}

/**
 * Busy answers worth waiting for: 429 and 503, Confer's own "busy", and the HTML page a web app
 * past its owner's simultaneous executions serves with HTTP 200.
 */
function isBusy(status: number, text: string, response: WebResponse | undefined): boolean {
  if (status === 429 || status === 503) return true;
  if (response?.ok === false && response.error.code === "busy") return true;
  return response === undefined && /Service invoked too many times in a short time/.test(text);
}

function parse(text: string): WebResponse | undefined {
  try {
    return JSON.parse(text) as WebResponse;
  } catch {
    return undefined;
  }
}

export function callWebApp(action: string, args: readonly unknown[]): unknown {
  const url = webAppUrl();
  const request: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: "post",
    contentType: "application/json",
    payload: JSON.stringify({ action, args }),
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const response = UrlFetchApp.fetch(url, request);
    const status = response.getResponseCode();
    const text = response.getContentText();
    const envelope = parse(text);
    if (!isBusy(status, text, envelope)) {
      if (!envelope && (status === 401 || status === 403)) {
        throw new AccessRefusedError(
          "not-allowed",
          `Confer's staff web app turned this account away (HTTP ${status}): it answers only the school's own accounts, and only once the coordinator has shared Confer's script project with staff (see the README).`,
        );
      }
      if (!envelope)
        throw new WebAppError(
          "bad-response",
          `Confer's web app answered HTTP ${status}, not Confer's JSON.`,
        );
      if (!envelope.ok && REFUSALS.includes(envelope.error.code)) {
        throw new AccessRefusedError(envelope.error.code as RefusalCode, envelope.error.message);
      }
      if (!envelope.ok) throw new WebAppError(envelope.error.code, envelope.error.message);
      return envelope.data;
    }
    if (attempt < ATTEMPTS) {
      const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      Utilities.sleep(backoff + Math.floor(Math.random() * 250));
    }
  }
  throw new WebAppBusyError();
}
