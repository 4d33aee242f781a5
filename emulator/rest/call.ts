/*
 * One HTTP request to the emulated Google REST endpoints: find the route (undefined when none
 * matches, so UrlFetchApp can refuse it), count the call and charge its latency under the
 * route's latency key, fire an injected fault as a 503, check the bearer token and the
 * per-minute limits (core/rate-limits.ts), then answer; the request and its status are recorded in
 * the execution's current fetch round.
 *
 * A latency key "Drive.files.copy" splits at its first dot: it is counted as
 * "Drive.files.copy", faulted by `faults.inject({ call: "Drive.files.copy" })`, and timed by
 * the latency row "Drive.files.copy" (or "Drive.*").
 */
import { exceededExecutionTime, GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import { LIMITS } from "../core/quotas";
import "./index";
import { apiError, bearerToken, findRoute } from "./router";

export interface RestCall {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RestReply {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string>;
}

const MISSING_CREDENTIALS =
  "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";
const INVALID_CREDENTIALS =
  "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";

/** Counts and times the call; an injected fault answers as Google's 503 instead. */
function charge(exec: Execution, key: string): RestReply | undefined {
  if (exec.finished) throw new GoogleError("The execution has already ended.");
  if (exec.clockMs >= LIMITS.executionMs) throw exceededExecutionTime();
  exec.counts.set(key, (exec.counts.get(key) ?? 0) + 1);
  const dot = key.indexOf(".");
  exec.advance(exec.workspace.latency.msFor(key.slice(0, dot), key.slice(dot + 1)));
  try {
    exec.workspace.faults.check(key);
    return undefined;
  } catch (fault) {
    return reply(apiError(503, fault instanceof Error ? fault.message : String(fault)));
  }
}

function reply(response: {
  status: number;
  body: string;
  headers?: Readonly<Record<string, string>>;
}): RestReply {
  return { status: response.status, body: response.body, headers: { ...response.headers } };
}

/** Answers a request to a Google REST endpoint, or undefined when no endpoint matches. */
export function callRest(exec: Execution, call: RestCall): RestReply | undefined {
  if (!URL.canParse(call.url)) return undefined;
  const url = new URL(call.url);
  const found = findRoute(call.method, url);
  if (!found) return undefined;
  const answer = answerRest(exec, call, url, found);
  exec.noteRest(found.route.latencyKey, call, answer.status);
  return answer;
}

function answerRest(
  exec: Execution,
  call: RestCall,
  url: URL,
  found: NonNullable<ReturnType<typeof findRoute>>,
): RestReply {
  const faulted = charge(exec, found.route.latencyKey);
  if (faulted) return faulted;
  if (found.route.open) {
    const request = {
      method: call.method.toUpperCase(),
      url,
      headers: call.headers,
      body: call.body,
    };
    return reply(found.route.handle({ ...request, user: "", exec }, found.match));
  }
  const token = bearerToken(call.headers);
  if (!token) return reply(apiError(401, MISSING_CREDENTIALS));
  const user = exec.workspace.userOfToken(token);
  if (!user) return reply(apiError(401, INVALID_CREDENTIALS));
  const broken = exec.workspace.rates.admit(
    user,
    found.route.latencyKey,
    exec.startedAt + exec.clockMs,
    url,
  );
  if (broken) {
    const error = { domain: "usageLimits", reason: broken.reason, message: broken.message };
    const body = { error: { code: broken.status, message: broken.message, errors: [error] } };
    return reply({
      status: broken.status,
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json; charset=UTF-8" },
    });
  }
  const request = {
    method: call.method.toUpperCase(),
    url,
    headers: call.headers,
    body: call.body,
    user,
    exec,
  };
  return reply(found.route.handle(request, found.match));
}
