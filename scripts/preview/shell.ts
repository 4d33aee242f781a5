/*
 * The Workspace shell page around every view: who is signed in (the user switcher), Reset,
 * Drive, Gmail, Calendar and the web apps, alerts, the last action's cost, and the open sidebar in a 300 px panel.
 */
import { esc } from "./html";
import type { LastAction } from "./last-action";
import { peopleGroups } from "./people";
import type { PreviewState } from "./state";
import { SHELL_STYLE } from "./style";
import { nextTriggerDue } from "./triggers";

export interface ShellPage {
  readonly title: string;
  readonly main: string;
  readonly path: string;
  /** The open file whose sidebar, if any, shows beside the view. */
  readonly fileId?: string;
}

function switcher(state: PreviewState, path: string): string {
  const groups = peopleGroups(state.roster)
    .map(
      (group) =>
        `<optgroup label="${esc(group.label)}">${group.people
          .map(
            (p) =>
              `<option value="${esc(p.email)}"${p.email === state.user ? " selected" : ""}>${esc(p.name)} (${esc(p.email)})</option>`,
          )
          .join("")}</optgroup>`,
    )
    .join("");
  return `<form method="post" action="/user" class="switcher">
<input type="hidden" name="back" value="${esc(path)}">
<label for="user">Signed in as</label>
<select id="user" name="email">${groups}</select>
<button type="submit">Switch user</button></form>`;
}

export function costView(action: LastAction | undefined): string {
  if (!action) return "No action yet.";
  const calls = Object.entries(action.counts)
    .sort(([, a], [, b]) => b - a)
    .map(([call, n]) => `<li>${esc(call)}: ${n}</li>`)
    .join("");
  return `<p><strong>${esc(action.label)}</strong>: ${action.executions.length} execution(s), ${action.totalCalls} service calls, ${action.modelledSeconds.toFixed(2)} s modelled.</p>
<details><summary>Calls by service</summary><ul>${calls}</ul></details>`;
}

function sidebarPanel(state: PreviewState, fileId: string | undefined): string {
  const shown = fileId ? state.sidebarOf(state.user, fileId) : undefined;
  if (!fileId || !shown) return "";
  const wide = shown.kind === "modelessDialog";
  const size = wide ? ` style="width:${shown.width}px;flex-basis:${shown.width}px"` : "";
  return `<aside class="sidebar${wide ? " dialog" : ""}" aria-label="${wide ? "Dialog" : "Sidebar"}"${size}>
<div class="sidebar-bar"><span>${esc(shown.title || "Confer")}</span>
<form method="post" action="/file/${esc(fileId)}/close"><button type="submit" aria-label="Close sidebar">×</button></form></div>
<iframe title="${esc(shown.title || "Confer sidebar")}" src="/file/${esc(fileId)}/sidebar"></iframe></aside>`;
}

const CLIENT = `<script>
addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.confer === "ran") {
    fetch("/api/cost").then(function (r) { return r.text(); }).then(function (html) {
      document.getElementById("cost").innerHTML = html;
    });
    var sheet = document.getElementById("sheet");
    if (sheet) {
      fetch(location.href).then(function (r) { return r.text(); }).then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("sheet");
        if (fresh) sheet.replaceWith(fresh);
      });
    }
    var doc = document.querySelector("iframe.doc");
    if (doc && doc.contentWindow) doc.contentWindow.location.reload();
  }
  if (data.confer === "close") {
    var form = document.querySelector(".sidebar-bar form");
    if (form) form.submit();
  }
});
</script>`;

function triggersControl(state: PreviewState, path: string): string {
  if (nextTriggerDue(state) === undefined) return "";
  return `<form method="post" action="/triggers"><input type="hidden" name="back" value="${esc(path)}">
<button type="submit">Let an hour pass (run due triggers)</button></form>`;
}

export function shellPage(state: PreviewState, page: ShellPage): string {
  const alerts = state.alerts
    .map((text) => `<div class="alert" role="alert"><pre>${esc(text)}</pre></div>`)
    .join("");
  state.alerts = [];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)} · Confer preview</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${SHELL_STYLE}</style></head>
<body>
<header class="top">
<span class="brand">Confer preview</span>
<nav aria-label="Apps"><a href="/drive">Drive</a> <a href="/gmail">Gmail</a> <a href="/calendar">Calendar</a> <a href="/webapps">Web apps</a></nav>
${switcher(state, page.path)}
${triggersControl(state, page.path)}
<form method="post" action="/reset"><button type="submit">Reset demo school</button></form>
</header>
<section class="cost" aria-label="Last action cost"><div id="cost" aria-live="polite">${costView(state.lastAction)}</div></section>
<div class="layout">
<main>${alerts}${page.main}</main>
${sidebarPanel(state, page.fileId)}
</div>
${CLIENT}
</body></html>`;
}
