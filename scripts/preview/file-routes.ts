/* The routes of an open file: its view with the Confer menu, menu items, the sidebar, typing. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { renderDocumentHtml } from "../../emulator";
import { docView } from "./doc-view";
import { hostOf, menusOf, runMenuItem } from "./editor";
import { esc } from "./html";
import { readForm, redirect, sendHtml } from "./http-io";
import { menuView } from "./menu-view";
import { sheetView } from "./sheet-view";
import { shellPage } from "./shell";
import { sidebarPage } from "./sidebar-page";
import type { PreviewState } from "./state";
import { typeInSection } from "./typing";

function canSee(state: PreviewState, fileId: string): boolean {
  const file = state.ws.drive.get(fileId);
  return (
    file !== undefined && !file.trashed && state.ws.drive.roleOf(state.user, file) !== undefined
  );
}

function fileView(state: PreviewState, fileId: string, url: URL): string {
  const file = state.ws.drive.get(fileId)!;
  const host = hostOf(state, fileId)!;
  const menus = menuView(fileId, menusOf(state, fileId, host));
  const view =
    host === "Sheets"
      ? sheetView(state, fileId, url.searchParams.get("tab"))
      : docView(state, fileId);
  return shellPage(state, {
    title: file.name,
    path: url.pathname + url.search,
    fileId,
    main: `<h1>${esc(file.name)}</h1>\n<p class="secondary">Google ${host}</p>\n${menus}\n${view}`,
  });
}

/** Handles /file/:id[/action]; answers false when the path is not a file route. */
export async function fileRoute(
  state: PreviewState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<boolean> {
  const match = /^\/file\/([^/]+)(?:\/(menu|close|type|sidebar|render))?$/.exec(url.pathname);
  if (!match) return false;
  const fileId = decodeURIComponent(match[1]!);
  const action = match[2];
  const back = `/file/${encodeURIComponent(fileId)}`;
  if (!canSee(state, fileId) || !hostOf(state, fileId)) {
    const main = `<h1>You need access</h1><p>${esc(state.nameOf(state.user))} cannot open this file. <a href="/drive">Back to Drive</a></p>`;
    sendHtml(response, shellPage(state, { title: "No access", path: url.pathname, main }), 403);
    return true;
  }
  if (request.method === "GET") {
    if (action === "render") sendHtml(response, renderDocumentHtml(state.ws, fileId));
    else if (action === "sidebar") {
      const shown = state.sidebarOf(state.user, fileId);
      sendHtml(
        response,
        shown
          ? sidebarPage(shown.html, { as: state.user, containerId: fileId })
          : "<p>No sidebar is open.</p>",
      );
    } else sendHtml(response, fileView(state, fileId, url));
    return true;
  }
  const form = await readForm(request);
  if (action === "menu") {
    runMenuItem(state, fileId, form.get("fn") ?? "", form.get("caption") ?? "");
  } else if (action === "close") {
    state.setSidebar(state.user, fileId, undefined);
  } else if (action === "type") {
    const text = form.get("text") ?? "";
    if (text !== "") typeInSection(state, fileId, form.get("section") ?? "", text);
  }
  state.save();
  redirect(response, back);
  return true;
}
