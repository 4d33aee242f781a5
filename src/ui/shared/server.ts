/*
 * The sidebar's one way to call the server: google.script.run, typed on the rows of the server's
 * action table that a sidebar or page can reach, and returning promises. Payloads are plain JSON.
 */
import type { ActionTable } from "../../server/actions/table";

type EndpointName = {
  [K in keyof ActionTable]: "addon" extends ActionTable[K]["doors"][number]
    ? K
    : "page" extends ActionTable[K]["doors"][number]
      ? K
      : never;
}[keyof ActionTable];
type Endpoint<K extends EndpointName> = {
  args: Parameters<ActionTable[K]["parse"]>;
  result: ReturnType<ActionTable[K]["run"]>;
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } };

export function callServer<K extends EndpointName>(
  name: K,
  ...args: Endpoint<K>["args"]
): Promise<Endpoint<K>["result"]> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Endpoint<K>["result"]))
      .withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
    const endpoint = runner[name];
    if (!endpoint) {
      reject(new Error(`The server has no function named ${name}.`));
      return;
    }
    endpoint(...args);
  });
}
