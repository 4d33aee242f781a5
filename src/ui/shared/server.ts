/*
 * The sidebar's one way to call the server: google.script.run, typed on the server's
 * endpoints and returning promises. Payloads are plain JSON.
 */
import type * as Endpoints from "../../server/endpoints";

type EndpointModule = typeof Endpoints;
type EndpointName = {
  [K in keyof EndpointModule]: EndpointModule[K] extends (...args: never[]) => unknown ? K : never;
}[keyof EndpointModule];
type Endpoint<K extends EndpointName> = EndpointModule[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

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
