/*
 * Calls to this script's own web-app deployments: who the caller is (the bearer token it
 * presents, or an anonymous browser), whether that deployment lets them in, the doGet/doPost
 * event object, and the HTTP answer Google makes of the execution's outcome.
 * References: developers.google.com/apps-script/guides/web (request parameters, permissions)
 * and developers.google.com/apps-script/guides/content (serving text).
 */
import type { RunRequest, RunResult } from "../core/run-request";
import type { Deployment, Workspace } from "../core/workspace";
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

/** An Apps Script web-app URL; on the closed network only this project's deployments answer. */
export function isWebAppUrl(url: URL): boolean {
  return url.host === "script.google.com" && /^\/macros\/s\/[^/]+\/(exec|dev)$/.test(url.pathname);
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
function admits(ws: Workspace, deployment: Deployment, caller: string): boolean {
  const owner = ws.users.require(ws.script.owner);
  switch (deployment.access) {
    case "PROJECT_EDITORS": {
      const role = caller === "" ? undefined : ws.scriptRoleOf(caller);
      return role === "owner" || role === "editor";
    }
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
 * 403; Google shows them its sign-in and "You need access" pages. A request that identifies its
 * caller by an OAuth token is answered 403 "Access Denied" unless that caller can at least view
 * the script project, except on a deployment open to anonymous users (tanaike, "Taking
 * advantage of Web Apps with Google Apps Script", github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script).
 */
export function planWebAppCall(ws: Workspace, request: OutgoingRequest): WebAppPlan {
  const url = new URL(request.url);
  const deployment = ws.deploymentAt(url);
  if (!deployment) {
    return {
      kind: "reply",
      reply: htmlPage(
        404,
        "Error",
        "Sorry, unable to open the file at this time. Please check the address and try again.",
      ),
    };
  }
  const method = request.method.toUpperCase();
  if (method !== "GET" && method !== "POST") {
    return { kind: "reply", reply: htmlPage(405, "Error", `Method ${method} is not allowed.`) };
  }
  const caller = callerOf(ws, request.headers);
  if (!admits(ws, deployment, caller)) {
    return caller === ""
      ? {
          kind: "reply",
          reply: htmlPage(401, "Sign in", "Sign in to continue to Google Apps Script."),
        }
      : { kind: "reply", reply: htmlPage(403, "Error", "You need access.") };
  }
  if (caller !== "" && deployment.access !== "ANYONE_ANONYMOUS" && !ws.scriptRoleOf(caller)) {
    return { kind: "reply", reply: htmlPage(403, "Error", "Access Denied") };
  }
  const asOwner = deployment.executeAs === "USER_DEPLOYING";
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
      webAppUrl: deployment.url,
    },
  };
}

/**
 * A `google.script.run` call from a web-app page open in an anonymous browser: it runs as the
 * deployment's owner with no active user. Google lets an anonymous visitor in only when the
 * deployment allows ANYONE_ANONYMOUS and executes as the user deploying it.
 */
export function webAppPageRun(
  ws: Workspace,
  deploymentUrl: string,
  fn: string,
  args: readonly unknown[] = [],
): RunRequest {
  const deployment = ws.deploymentAt(deploymentUrl);
  if (!deployment) throw new Error(`No web-app deployment at ${deploymentUrl}`);
  if (deployment.access !== "ANYONE_ANONYMOUS" || deployment.executeAs !== "USER_DEPLOYING") {
    throw new Error(
      `The deployment at ${deploymentUrl} (access ${deployment.access}, execute as ${deployment.executeAs}) asks an anonymous visitor to sign in.`,
    );
  }
  return {
    fn,
    args,
    as: ws.script.owner,
    activeUser: "",
    kind: "webapp",
    authMode: "FULL",
    webAppUrl: deployment.url,
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
 * A web app past its owner's simultaneous executions answers HTTP 200 with an HTML error page,
 * "Service invoked too many times in a short time" (tanaike's web-app concurrency measurements,
 * and the Apps Script quotas page's limit of 30 simultaneous executions per user).
 */
export function replyOfWebApp(result: RunResult): HttpReply {
  if (result.refused) {
    return htmlPage(
      200,
      "Error",
      "Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.",
    );
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
