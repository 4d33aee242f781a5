/*
 * A sidebar's HTML as the editor serves it in its iframe, with google.script.run in place before
 * the page's own script: any function name, withSuccessHandler and withFailureHandler, each call
 * POSTed to the preview server to run as the user who opened the sidebar, in that editor.
 */
import { scriptJson } from "./html";

export const RUN_PATH = "/api/run";

function shim(session: { as: string; containerId: string }): string {
  return `<script>
(function () {
  var session = ${scriptJson(session)};
  function call(name, args, onSuccess, onFailure) {
    fetch(${scriptJson(RUN_PATH)}, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ fn: name, args: args, as: session.as, containerId: session.containerId })
    })
      .then(function (reply) { return reply.json(); })
      .then(function (answer) {
        if (answer.ok) { if (onSuccess) onSuccess(answer.value); }
        else if (onFailure) onFailure(new Error(answer.error));
      }, function (error) { if (onFailure) onFailure(new Error(String(error && error.message || error))); })
      .then(function () { parent.postMessage({ confer: "ran" }, "*"); });
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
    }
  } };
})();
</script>`;
}

/** The sidebar's HTML with the shim as the first script of its head. */
export function sidebarPage(html: string, session: { as: string; containerId: string }): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return shim(session) + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + shim(session) + html.slice(at);
}
