/* Starts the preview: builds dist/ if stale, loads or seeds the school, and serves the shell. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buildIfStale, DIST } from "../demo/build-if-stale";
import { handler } from "./routes";
import { PreviewState } from "./state";

export interface PreviewOptions {
  /** 0 picks a free port. Default: PORT, or 8080. */
  readonly port?: number;
  /** Where the state is saved between runs. Default: .confer-state/ at the project's root. */
  readonly stateDir?: string;
  readonly host?: string;
}

export interface Preview {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_STATE_DIR = path.resolve(__dirname, "../../.confer-state");

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  buildIfStale();
  const state = new PreviewState(DIST, options.stateDir ?? DEFAULT_STATE_DIR);
  const server = http.createServer(handler(state));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
