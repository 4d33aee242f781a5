/*
 * UrlFetchApp calling this script's own web app: who the caller is (the bearer token it
 * presents), whether the deployment lets them in, the doGet/doPost event object, and the
 * HTTP answer Google makes of the execution's outcome.
 * References: developers.google.com/apps-script/guides/web (request parameters, permissions)
 * and developers.google.com/apps-script/guides/content (serving text).
 */
import type { RunRequest, RunResult } from "../core/run-request";
import type { Workspace } from "../core/workspace";
import { escapeHtml } from "./html";
import type { HttpReply } from "./http-response";

export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly contentType: string;
}

export type WebAppPlan =
  | { readonly kind: "run"; readonly request: RunRequest }
  | { readonly kind: "reply"; readonly reply: HttpReply };

const MIME_TYPES: Record<string, string> = {
  ATOM: "application/atom+xml",
  CSV: "text/csv",
  ICAL: "text/calendar",
  JAVASCRIPT: "application/javascript",
  JSON: "application/json",
  RSS: "application/rss+xml",
  TEXT: "text/plain",
  VCARD: "text/vcard",
  XML: "text/xml",
};

export function isOwnWebApp(ws: Workspace, url: URL): boolean {
  return ws.script.owner !== "" && `${url.origin}${url.pathname}` === ws.webAppUrl;
}

function htmlPage(status: number, title: string, message: string): HttpReply {
  return {
    status,
    body: `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title></head><body><div>${escapeHtml(message)}</div></body></html>`,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  };
}

function callerOf(ws: Workspace, headers: Readonly<Record<string, string>>): string {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== "authorization") continue;
    const token = /^Bearer\s+(\S+)$/i.exec(value.trim())?.[1];
    return (token && ws.userOfToken(token)) || "";
  }
  return "";
}

/** Whether the deployment's "Who has access" setting admits the caller ("" is anonymous). */
function admits(ws: Workspace, caller: string): boolean {
  const owner = ws.users.require(ws.script.owner);
  switch (ws.script.webApp.access) {
    case "ANYONE_ANONYMOUS":
      return true;
    case "ANYONE":
      return caller !== "";
    case "DOMAIN":
      return caller !== "" && ws.users.require(caller).domain === owner.domain;
    case "MYSELF":
      return caller === owner.email;
  }
}

function doEvent(request: OutgoingRequest, url: URL, post: boolean): Record<string, unknown> {
  const pairs = [...url.searchParams];
  if (post && request.contentType.startsWith("application/x-www-form-urlencoded")) {
    pairs.push(...new URLSearchParams(request.body));
  }
  const parameters: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    parameters[name] = [...(parameters[name] ?? []), value];
  }
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const event: Record<string, unknown> = {
    queryString: url.search === "" ? null : url.search.slice(1),
    parameter,
    parameters,
    contextPath: "",
    contentLength: post ? Buffer.byteLength(request.body) : -1,
  };
  if (post) {
    event.postData = {
      contents: request.body,
      type: request.contentType,
      length: Buffer.byteLength(request.body),
      name: "postData",
    };
  }
  return event;
}

/**
 * How Google would serve the request: refuse it at the door (sign-in or access page), or run
 * doGet/doPost, as the owner when the web app executes as "Me" (the caller stays the active user).
 * Modelling choice: an anonymous caller gets 401 and a caller the access setting excludes gets
 * 403; Google shows them its sign-in and "You need access" pages.
 */
export function planWebAppCall(ws: Workspace, request: OutgoingRequest): WebAppPlan {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  if (method !== "GET" && method !== "POST") {
    return { kind: "reply", reply: htmlPage(405, "Error", `Method ${method} is not allowed.`) };
  }
  const caller = callerOf(ws, request.headers);
  if (!admits(ws, caller)) {
    return caller === ""
      ? {
          kind: "reply",
          reply: htmlPage(401, "Sign in", "Sign in to continue to Google Apps Script."),
        }
      : { kind: "reply", reply: htmlPage(403, "Error", "You need access.") };
  }
  const asOwner = ws.script.webApp.executeAs === "USER_DEPLOYING";
  const post = method === "POST";
  return {
    kind: "run",
    request: {
      fn: post ? "doPost" : "doGet",
      args: [doEvent(request, url, post)],
      as: asOwner ? ws.script.owner : caller,
      activeUser: caller,
      kind: "webapp",
      authMode: "FULL",
    },
  };
}

interface Described {
  readonly kind?: string;
  readonly mimeType?: string;
  readonly content?: string;
}

/**
 * The HTTP answer to a finished (or refused) web-app execution. A TextOutput is served with
 * its MIME type and an HtmlOutput as text/html; an error is served as Google's HTML error page.
 */
export function replyOfWebApp(result: RunResult): HttpReply {
  if (result.refused) {
    return htmlPage(429, "Error", result.error?.message ?? "Too many simultaneous executions.");
  }
  if (!result.ok)
    return htmlPage(
      200,
      "Error",
      `${result.error?.name ?? "Error"}: ${result.error?.message ?? ""}`,
    );
  const value = (result.value ?? {}) as Described;
  if (value.kind === "TextOutput") {
    const type = MIME_TYPES[value.mimeType ?? "TEXT"] ?? "text/plain";
    return {
      status: 200,
      body: value.content ?? "",
      headers: { "Content-Type": `${type}; charset=utf-8` },
    };
  }
  if (value.kind === "HtmlOutput") {
    return {
      status: 200,
      body: value.content ?? "",
      headers: { "Content-Type": "text/html; charset=utf-8" },
    };
  }
  return htmlPage(200, "Apps Script", "The script completed but did not return anything.");
}
