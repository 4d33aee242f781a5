/* Web apps: each deployment of the script, its settings, and its page as an anonymous visitor sees it. */
import { esc } from "./html";
import type { PreviewState } from "./state";

const ACCESS: Readonly<Record<string, string>> = {
  MYSELF: "Only myself",
  DOMAIN: "Anyone within the domain",
  ANYONE: "Anyone with a Google account",
  ANYONE_ANONYMOUS: "Anyone",
};

export function webAppsView(state: PreviewState): string {
  const deployments = state.ws.deploymentList();
  if (deployments.length === 0) return `<h1>Web apps</h1>\n<p>The script is not deployed.</p>`;
  const rows = deployments
    .map(
      (d) =>
        `<tr><td><a href="/macros/s/${esc(d.id)}/exec">Open as an anonymous visitor</a></td><td>${esc(ACCESS[d.access] ?? d.access)}</td><td>${esc(d.executeAs === "USER_DEPLOYING" ? `Me (${state.ws.script.owner})` : "User accessing the web app")}</td><td><code>${esc(d.url)}</code></td></tr>`,
    )
    .join("\n");
  return `<h1>Web apps</h1>
<table class="grid"><caption>${deployments.length} deployment(s) of the script</caption>
<thead><tr><th scope="col">Page</th><th scope="col">Who has access</th><th scope="col">Execute as</th><th scope="col">URL</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
