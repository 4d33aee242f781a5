/*
 * The preview server's routes: Drive, Gmail, Calendar, the web apps, the user switcher, time
 * passing, Reset, roster files, and the sidebars' and web-app pages' google.script.run API.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { calendarView } from "./calendar-view";
import { driveView, newDocument } from "./drive-view";
import { runSidebarCall, type SidebarCall } from "./editor";
import { fileRoute } from "./file-routes";
import { draftEml, gmailView } from "./gmail-view";
import { readBody, readForm, redirect, send, sendHtml, sendJson } from "./http-io";
import { costView, shellPage } from "./shell";
import { RUN_PATH, WEB_APP_RUN_PATH } from "./sidebar-page";
import type { PreviewState } from "./state";
import { letTimePass } from "./triggers";
import { runWebAppCall, serveWebApp, WEB_APP_PATH, type WebAppCall } from "./web-app";
import { webAppsView } from "./web-apps-view";

async function route(
  state: PreviewState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const get = request.method === "GET";
  if (await fileRoute(state, request, response, url)) return;
  const eml = /^\/gmail\/([^/]+)\.eml$/.exec(url.pathname);
  if (get && url.pathname === "/") return redirect(response, "/drive");
  if (get && url.pathname === "/drive") {
    const main = driveView(state);
    return sendHtml(response, shellPage(state, { title: "Drive", path: "/drive", main }));
  }
  if (get && url.pathname === "/gmail") {
    const main = gmailView(state);
    return sendHtml(response, shellPage(state, { title: "Gmail", path: "/gmail", main }));
  }
  if (get && url.pathname === "/calendar") {
    const main = calendarView(state);
    return sendHtml(response, shellPage(state, { title: "Calendar", path: "/calendar", main }));
  }
  if (get && url.pathname === "/webapps") {
    const main = webAppsView(state);
    return sendHtml(response, shellPage(state, { title: "Web apps", path: "/webapps", main }));
  }
  const webApp = WEB_APP_PATH.exec(url.pathname);
  if (webApp && (get || request.method === "POST")) {
    const post = get
      ? undefined
      : { body: await readBody(request), contentType: request.headers["content-type"] ?? "" };
    const reply = serveWebApp(state, decodeURIComponent(webApp[1]!), url, post);
    state.save();
    return send(response, reply.status, reply.headers["Content-Type"] ?? "text/html", reply.body);
  }
  if (request.method === "POST" && url.pathname === WEB_APP_RUN_PATH) {
    const call = JSON.parse(await readBody(request)) as WebAppCall;
    const answer = runWebAppCall(state, { ...call, args: call.args ?? [] });
    state.save();
    return sendJson(response, answer);
  }
  if (get && eml) {
    const raw = draftEml(state, decodeURIComponent(eml[1]!));
    if (raw === undefined) return send(response, 404, "text/plain", "No such draft.");
    return send(response, 200, "message/rfc822", raw, {
      "Content-Disposition": `attachment; filename="draft.eml"`,
    });
  }
  const roster = /^\/roster\/(students|staff|classes)\.csv$/.exec(url.pathname);
  if (get && roster) {
    const upload = state.roster.upload as Readonly<Record<string, string>>;
    return send(response, 200, "text/csv; charset=utf-8", upload[roster[1]!] ?? "");
  }
  if (get && url.pathname === "/api/cost") {
    return sendHtml(response, costView(state.lastAction));
  }
  if (request.method === "POST" && url.pathname === RUN_PATH) {
    const call = JSON.parse(await readBody(request)) as SidebarCall;
    const answer = runSidebarCall(state, { ...call, args: call.args ?? [] });
    state.save();
    return sendJson(response, answer);
  }
  if (request.method === "POST" && (url.pathname === "/user" || url.pathname === "/triggers")) {
    const form = await readForm(request);
    const email = form.get("email") ?? "";
    if (url.pathname === "/triggers") letTimePass(state);
    else if (state.ws.users.find(email)) state.user = email.toLowerCase();
    state.save();
    const back = form.get("back") ?? "/drive";
    return redirect(response, back.startsWith("/") && !back.startsWith("//") ? back : "/drive");
  }
  if (request.method === "POST" && url.pathname === "/drive/new") {
    const id = newDocument(state);
    state.save();
    return redirect(response, `/file/${encodeURIComponent(id)}`);
  }
  if (request.method === "POST" && url.pathname === "/reset") {
    state.reset();
    return redirect(response, "/drive");
  }
  send(response, 404, "text/plain; charset=utf-8", "Not found.");
}

export function handler(state: PreviewState) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    route(state, request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", message);
      else response.end();
    });
  };
}
