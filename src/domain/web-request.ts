/*
 * The web app's request and response protocol: every request names an action and carries a
 * JSON payload; every response is an envelope that says ok, or names the error and why.
 */
import { ConferError } from "./errors";

export interface WebRequestInput {
  readonly parameter: Readonly<Record<string, string>>;
  readonly postData?: { readonly contents: string; readonly type: string };
}

export interface WebRequest {
  readonly action: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export type WebResponse =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export class WebRequestError extends ConferError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WebRequestError";
  }
}

const ACTION_NAME = /^[a-z][a-zA-Z]{0,63}$/;

function parsePayload(postData: WebRequestInput["postData"]): Record<string, unknown> {
  if (!postData || postData.contents === "") return {};
  if (!/^application\/json\b/.test(postData.type)) {
    throw new WebRequestError(
      "bad-request",
      `The request body must be JSON (Content-Type application/json), not "${postData.type}".`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(postData.contents);
  } catch {
    throw new WebRequestError("bad-request", "The request body is not valid JSON.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new WebRequestError("bad-request", "The request body must be a JSON object.");
  }
  return parsed as Record<string, unknown>;
}

/** Reads the action from the query (`?action=`) or the JSON body's `action` field. */
export function parseWebRequest(input: WebRequestInput): WebRequest {
  const payload = parsePayload(input.postData);
  const action = input.parameter.action ?? payload.action;
  if (typeof action !== "string" || action === "") {
    throw new WebRequestError("bad-request", "The request names no action.");
  }
  if (!ACTION_NAME.test(action)) {
    throw new WebRequestError("bad-request", `"${action}" is not a valid action name.`);
  }
  return { action, payload };
}

export function success(data: unknown): WebResponse {
  return { ok: true, data };
}

export function failure(code: string, message: string): WebResponse {
  return { ok: false, error: { code, message } };
}
