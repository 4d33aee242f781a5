/*
 * The script's web-app deployments as an anonymous browser sees them, whoever is signed in to the
 * preview: /macros/s/<id>/exec runs doGet (or doPost) as Google would for a visitor with no
 * Google session, and the page's google.script.run calls run as the deployment runs them.
 */
import { type HttpReply, planWebAppCall, replyOfWebApp, run, webAppPageRun } from "../../emulator";
import type { SidebarAnswer } from "./editor";
import { measured } from "./last-action";
import { type PageLocation, webAppPage } from "./sidebar-page";
import type { PreviewState } from "./state";

export const WEB_APP_PATH = /^\/macros\/s\/([^/]+)\/exec$/;

function googleUrl(deploymentId: string): string {
  return `https://script.google.com/macros/s/${encodeURIComponent(deploymentId)}/exec`;
}

function locationOf(url: URL): PageLocation {
  const parameters: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams)
    parameters[name] = [...(parameters[name] ?? []), value];
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]!]));
  return { hash: "", parameter, parameters };
}

interface Described {
  readonly kind?: string;
  readonly title?: string;
  readonly content?: string;
}

/** The page Google serves an anonymous visitor at the deployment's /exec URL. */
export function serveWebApp(
  state: PreviewState,
  deploymentId: string,
  url: URL,
  post?: { body: string; contentType: string },
): HttpReply {
  const plan = planWebAppCall(state.ws, {
    method: post ? "POST" : "GET",
    url: `${googleUrl(deploymentId)}${url.search}`,
    headers: {},
    body: post?.body ?? "",
    contentType: post?.contentType ?? "",
  });
  if (plan.kind === "reply") return plan.reply;
  const { value, action } = measured(state.ws, `Web app: ${plan.request.fn}`, () =>
    run(state.ws, plan.request),
  );
  state.lastAction = action;
  const output = (value.ok ? value.value : undefined) as Described | undefined;
  if (output?.kind !== "HtmlOutput") return replyOfWebApp(value);
  return {
    status: 200,
    body: webAppPage(output.content ?? "", {
      deploymentId,
      title: output.title ?? "",
      location: locationOf(url),
    }),
    headers: { "Content-Type": "text/html; charset=utf-8" },
  };
}

export interface WebAppCall {
  readonly deploymentId: string;
  readonly fn: string;
  readonly args: readonly unknown[];
}

/** One google.script.run call from a web-app page: the value as JSON, or the error's message. */
export function runWebAppCall(state: PreviewState, call: WebAppCall): SidebarAnswer {
  let request: ReturnType<typeof webAppPageRun>;
  try {
    request = webAppPageRun(state.ws, googleUrl(call.deploymentId), call.fn, call.args);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { value, action } = measured(state.ws, `Web app: ${call.fn}`, () => run(state.ws, request));
  state.lastAction = action;
  if (!value.ok) return { ok: false, error: value.error?.message ?? "The call was refused." };
  return { ok: true, value: value.value === undefined ? null : value.value };
}
