/*
 * A sidebar's or web-app page's HTML with google.script.run in place before the page's own
 * script: any function name, withSuccessHandler and withFailureHandler, each call POSTed to the
 * preview server, to run as the user who opened the sidebar in that editor, or as a web-app
 * deployment runs an anonymous visitor's calls.
 */
import { esc, scriptJson } from "./html";

export const RUN_PATH = "/api/run";
export const WEB_APP_RUN_PATH = "/api/webapp-run";

/** What google.script.url.getLocation reports on a web-app page. */
export interface PageLocation {
  readonly hash: string;
  readonly parameter: Record<string, string>;
  readonly parameters: Record<string, string[]>;
}

function shim(endpoint: string, session: Record<string, unknown>, location?: PageLocation): string {
  const url = location
    ? `,
    url: { getLocation: function (callback) { callback(${scriptJson(location)}); } }`
    : "";
  return `<script>
(function () {
  var session = ${scriptJson(session)};
  function call(name, args, onSuccess, onFailure) {
    var body = { fn: name, args: args };
    for (var key in session) body[key] = session[key];
    fetch(${scriptJson(endpoint)}, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    })
      .then(function (reply) { return reply.json(); })
      .then(function (answer) {
        if (answer.ok) { if (onSuccess) onSuccess(answer.value); }
        else if (onFailure) onFailure(new Error(answer.error));
      }, function (error) { if (onFailure) onFailure(new Error(String(error && error.message || error))); })
      .then(function () { if (parent !== window) parent.postMessage({ confer: "ran" }, "*"); });
  }
  function runner(onSuccess, onFailure) {
    var base = {
      withSuccessHandler: function (handler) { return runner(handler, onFailure); },
      withFailureHandler: function (handler) { return runner(onSuccess, handler); },
      withUserObject: function () { return runner(onSuccess, onFailure); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (name in target) return target[name];
        if (typeof name !== "string" || name === "then") return undefined;
        return function () { call(name, Array.prototype.slice.call(arguments), onSuccess, onFailure); };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null),
    host: {
      close: function () { parent.postMessage({ confer: "close" }, "*"); },
      editor: { focus: function () {} }
    }${url}
  } };
})();
</script>`;
}

function withHead(html: string, inserted: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return inserted + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + inserted + html.slice(at);
}

/** The sidebar's HTML with the shim as the first script of its head. */
export function sidebarPage(html: string, session: { as: string; containerId: string }): string {
  return withHead(html, shim(RUN_PATH, session));
}

/** A web-app page's HTML with its title (HtmlOutput.setTitle) and the shim for its deployment. */
export function webAppPage(
  html: string,
  page: { deploymentId: string; title: string; location: PageLocation },
): string {
  const title = page.title === "" ? "" : `<title>${esc(page.title)}</title>`;
  return withHead(
    html,
    title + shim(WEB_APP_RUN_PATH, { deploymentId: page.deploymentId }, page.location),
  );
}
