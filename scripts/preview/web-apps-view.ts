/*
 * Web apps: each deployment of the script, what it is for (Confer's staff web app or the family
 * sign-up page, by its access), its settings, and its page as an anonymous visitor sees it.
 */
import { esc } from "./html";
import type { PreviewState } from "./state";

const ACCESS: Readonly<Record<string, string>> = {
  MYSELF: "Only myself",
  DOMAIN: "Anyone within the domain",
  ANYONE: "Anyone with a Google account",
  ANYONE_ANONYMOUS: "Anyone",
};

/** What a coordinator pastes each deployment's URL into, told apart by who may open it. */
function purposeOf(access: string): string {
  if (access === "ANYONE_ANONYMOUS") {
    return "Family sign-up page: paste into Settings ▸ Family sign-up URL";
  }
  if (access === "DOMAIN") return "Staff web app: paste into Settings ▸ Staff web app URL";
  return "Neither: Confer needs one deployment for the domain and one for anyone";
}

export function webAppsView(state: PreviewState): string {
  const deployments = state.ws.deploymentList();
  if (deployments.length === 0) return `<h1>Web apps</h1>\n<p>The script is not deployed.</p>`;
  const rows = deployments
    .map(
      (d) =>
        `<tr><td>${esc(purposeOf(d.access))}</td><td><a href="/macros/s/${esc(d.id)}/exec">Open as an anonymous visitor</a></td><td>${esc(ACCESS[d.access] ?? d.access)}</td><td>${esc(d.executeAs === "USER_DEPLOYING" ? `Me (${state.ws.script.owner})` : "User accessing the web app")}</td><td><code>${esc(d.url)}</code></td></tr>`,
    )
    .join("\n");
  return `<h1>Web apps</h1>
<table class="grid"><caption>${deployments.length} deployment(s) of the script</caption>
<thead><tr><th scope="col">Deployment</th><th scope="col">Page</th><th scope="col">Who has access</th><th scope="col">Execute as</th><th scope="col">URL</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
