/*
 * UrlFetchApp on a closed network: this script's own web apps (a nested execution), the
 * emulated Google REST endpoints, and nothing else. fetchAll overlaps its requests.
 * Reference: developers.google.com/apps-script/reference/url-fetch/url-fetch-app
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { RunRequest, RunResult } from "../core/run-request";
import { RunNested } from "../core/signals";
import { callRest } from "../rest/call";
import { EmulatedBlob } from "./blob";
import { fromByteArray, isByteArray } from "./bytes";
import { EmulatedHttpResponse, type HttpReply } from "./http-response";
import { isWebAppUrl, type OutgoingRequest, planWebAppCall, replyOfWebApp } from "./web-app-call";

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

interface Prepared extends OutgoingRequest {
  readonly mute: boolean;
}

type Outcome = { readonly reply: HttpReply } | { readonly run: RunRequest };

const METHODS = ["get", "delete", "patch", "post", "put"];

/**
 * UrlFetchApp stops waiting after 60 seconds, while the web app it called carries on to its end
 * (guides/services/quotas, "URL Fetch response time": 60 s). The exception's wording is not
 * documented; "Timeout: <url>" is a modelling choice.
 */
const FETCH_TIMEOUT_MS = 60_000;

function timedOut(url: string): GoogleError {
  return new GoogleError(`Timeout: ${url}`);
}
const TRUNCATED_AT = 100;
const FORM = "application/x-www-form-urlencoded";

function encodePayload(payload: unknown): { body: string; type?: string } {
  if (payload === undefined || payload === null) return { body: "" };
  if (typeof payload === "string") return { body: payload };
  if (payload instanceof EmulatedBlob) {
    return { body: payload.data.toString("utf8"), type: payload.getContentType() ?? undefined };
  }
  if (isByteArray(payload)) return { body: fromByteArray(payload).toString("utf8") };
  if (typeof payload === "object") {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(payload)) form.append(key, String(value));
    return { body: form.toString(), type: FORM };
  }
  return { body: String(payload) };
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

export class EmulatedUrlFetchApp
  extends Emulated
  implements Emulates<GoogleAppsScript.URL_Fetch.UrlFetchApp, "fetch" | "fetchAll">
{
  static override readonly className = "UrlFetchApp";
  static override readonly methods = ["fetch", "fetchAll"];

  fetch(url: string, params?: Options): EmulatedHttpResponse {
    const request = this.prepare(url, params ?? {});
    this.exec.openFetchRound();
    const outcome = this.dispatch(request);
    if ("reply" in outcome) return this.respond(request, outcome.reply);
    this.exec.advance(this.exec.workspace.latency.perUnitMs("UrlFetchApp.webAppHop"));
    const startsAt = this.exec.startedAt + this.exec.clockMs;
    throw new RunNested([{ ...outcome.run, startsAt }], ([result]) => {
      if (result!.report.modelledMs > FETCH_TIMEOUT_MS) {
        this.exec.advance(FETCH_TIMEOUT_MS);
        throw timedOut(request.url);
      }
      this.exec.advance(result!.report.modelledMs);
      return this.respond(request, replyOfWebApp(result!));
    });
  }

  /**
   * Requests run at once: the modelled time is the slowest request (a REST request its service
   * row, a web-app request its hop and its execution) plus fetchAll's own row, charged on entry.
   */
  fetchAll(requests: Array<Request | string>): EmulatedHttpResponse[] {
    if (!Array.isArray(requests)) throw new GoogleError("Invalid argument: requests");
    const prepared = requests.map((r) =>
      typeof r === "string" ? this.prepare(r, {}) : this.prepare(r?.url, r ?? {}),
    );
    const hop = this.exec.workspace.latency.perUnitMs("UrlFetchApp.webAppHop");
    const durations: number[] = [];
    const replies: HttpReply[] = [];
    const nested: Array<{ index: number; run: RunRequest }> = [];
    this.exec.openFetchRound();
    prepared.forEach((request, index) => {
      const started = this.exec.clockMs;
      const outcome = this.dispatch(request);
      durations[index] = this.exec.clockMs - started + ("reply" in outcome ? 0 : hop);
      this.exec.clockMs = started;
      if ("reply" in outcome) replies[index] = outcome.reply;
      else nested.push({ index, run: { ...outcome.run, startsAt: this.exec.startedAt + started } });
    });
    const finish = (results: readonly RunResult[]) => {
      const slow = results.findIndex((result) => result.report.modelledMs > FETCH_TIMEOUT_MS);
      if (slow >= 0) {
        this.exec.advance(FETCH_TIMEOUT_MS);
        throw timedOut(prepared[nested[slow]!.index]!.url);
      }
      results.forEach((result, k) => {
        const { index } = nested[k]!;
        replies[index] = replyOfWebApp(result);
        durations[index]! += result.report.modelledMs;
      });
      this.exec.advance(Math.max(0, ...durations));
      return prepared.map((request, i) => this.respond(request, replies[i]!));
    };
    if (nested.length === 0) return finish([]);
    throw new RunNested(
      nested.map((n) => n.run),
      finish,
    );
  }

  private prepare(url: unknown, params: Options): Prepared {
    if (typeof url !== "string" || url === "") throw new GoogleError("Invalid argument: url");
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new GoogleError(`Invalid argument: ${url}`);
    }
    const method = String(params.method ?? "get").toLowerCase();
    if (!METHODS.includes(method)) throw new GoogleError("Invalid argument: method");
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(params.headers ?? {})) headers[key] = String(value);
    const payload = encodePayload(params.payload);
    const contentType =
      params.contentType ?? headerValue(headers, "content-type") ?? payload.type ?? FORM;
    this.exec.workspace.quotas.spend(this.exec.effectiveUser, "urlFetchCalls");
    return {
      method: method.toUpperCase(),
      url,
      headers,
      body: payload.body,
      contentType: String(contentType),
      mute: params.muteHttpExceptions === true,
    };
  }

  private dispatch(request: Prepared): Outcome {
    const ws = this.exec.workspace;
    const url = new URL(request.url);
    if (isWebAppUrl(url)) {
      const plan = planWebAppCall(ws, request);
      return plan.kind === "run" ? { run: plan.request } : { reply: plan.reply };
    }
    const headers = { ...request.headers };
    if (request.body !== "" && !headerValue(headers, "content-type")) {
      headers["Content-Type"] = request.contentType;
    }
    const reply = callRest(this.exec, { ...request, headers });
    if (reply) return { reply };
    if (/(^|\.)(googleapis|google)\.com$/.test(url.hostname)) {
      return {
        reply: {
          status: 404,
          body: "Not Found",
          headers: { "Content-Type": "text/html; charset=UTF-8" },
        },
      };
    }
    throw new GoogleError(`DNS error: ${request.url}`);
  }

  /** Google throws for a status of 400 or more unless muteHttpExceptions is set. */
  private respond(request: Prepared, reply: HttpReply): EmulatedHttpResponse {
    if (reply.status >= 400 && !request.mute) {
      const truncated =
        reply.body.length > TRUNCATED_AT ? `${reply.body.slice(0, TRUNCATED_AT)}...` : reply.body;
      throw new GoogleError(
        `Request failed for ${new URL(request.url).origin} returned code ${reply.status}. Truncated server response: ${truncated} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new EmulatedHttpResponse(this.exec, reply);
  }
}
