/*
 * Running the built bundle on a Workspace: one execution in-process, or several at once,
 * each in its own worker thread with real interleaving and real lock contention.
 */
import fs from "node:fs";
import path from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { createGlobals } from "../services/globals";
import { Host } from "./host";
import type { HostApi } from "./protocol";
import type { RunRequest, RunResult } from "./run-request";
import { runScript } from "./script-side";
import type { Workspace } from "./workspace";

/** Runs one execution synchronously on this thread. */
/**
 * Runs one execution to its end. The modelled wall clock then stands at the execution's end, so
 * the next execution starts after it, as on Google, and per-minute limits see real spacing.
 */
export function run(workspace: Workspace, request: RunRequest): RunResult {
  const host = new Host(workspace, createGlobals);
  const started = workspace.now();
  const result = runScript({ bundleDir: workspace.bundleDir, host, sleep: () => {} }, request);
  workspace.triggers.advanceTo(started + result.report.modelledMs);
  return result;
}

export interface ConcurrentOptions {
  /**
   * Real milliseconds each execution sleeps per modelled millisecond of service latency,
   * so that executions interleave as they would on Google's servers. Default 0.01.
   */
  readonly timeScale?: number;
  /**
   * Real milliseconds after which a worker that has not finished is stopped and its execution
   * reported as failed, so a stuck execution fails its test instead of hanging it. Default 120 s.
   */
  readonly deadlineMs?: number;
}

let workerFile: string | undefined;

function workerEntry(): string {
  if (workerFile) return workerFile;
  const outfile = path.resolve(__dirname, "../../node_modules/.cache/confer-emulator/worker.cjs");
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [path.join(__dirname, "worker-main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  workerFile = outfile;
  return outfile;
}

/** Starts every request at once, each in its own worker, and waits for all of them. */
export function runConcurrently(
  workspace: Workspace,
  requests: readonly RunRequest[],
  options: ConcurrentOptions = {},
): Promise<RunResult[]> {
  const host = new Host(workspace, createGlobals, 1, options.timeScale ?? 0.01);
  const entry = workerEntry();
  const deadline = options.deadlineMs ?? 120_000;
  const started = workspace.now();
  return Promise.all(
    requests.map((request) =>
      runInWorker(workspace, host, entry, request, deadline, () =>
        [
          `live: ${host.describeLive() || "none"}`,
          `locks: ${workspace.locks.describe() || "none"}`,
        ].join("; "),
      ),
    ),
  ).then((results) => {
    workspace.triggers.advanceTo(started + Math.max(0, ...results.map((r) => r.report.modelledMs)));
    return results;
  });
}

function runInWorker(
  workspace: Workspace,
  host: HostApi,
  entry: string,
  request: RunRequest,
  deadlineMs: number,
  diagnose: () => string,
): Promise<RunResult> {
  const flagBuffer = new SharedArrayBuffer(4);
  const flag = new Int32Array(flagBuffer);
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (message: { op: keyof HostApi; args: unknown[]; seq: number }) => {
    let reply: { ok: boolean; value?: unknown; error?: { name: string; message: string } };
    try {
      const fn = host[message.op] as (...args: unknown[]) => unknown;
      reply = { ok: true, value: fn.apply(host, message.args) };
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      reply = { ok: false, error: { name: error.name, message: error.message } };
    }
    port1.postMessage({ ...reply, seq: message.seq });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  const worker = new Worker(entry, {
    workerData: { bundleDir: workspace.bundleDir, request, flag: flagBuffer, port: port2 },
    transferList: [port2],
  });
  return new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(
        new Error(
          `Execution ${request.fn} as ${request.as} did not finish in ${deadlineMs} ms of real time; its worker was stopped (${diagnose()})`,
        ),
      );
    }, deadlineMs);
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    worker.once("message", (result: RunResult) => finish(() => resolve(result)));
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => {
      port1.close();
      finish(() =>
        reject(
          new Error(
            `Execution worker for ${request.fn} exited with ${code} before it reported a result`,
          ),
        ),
      );
    });
  });
}
