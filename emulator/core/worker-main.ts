/*
 * The entry of a worker thread that runs one execution. Its calls into the shared
 * Workspace are synchronous: post a message, then sleep on a shared flag until the
 * main thread has answered.
 */
import {
  type MessagePort,
  parentPort,
  receiveMessageOnPort,
  workerData,
} from "node:worker_threads";
import type { HostApi } from "./protocol";
import type { RunRequest } from "./run-request";
import { runScript } from "./script-side";

interface WorkerInput {
  readonly bundleDir: string;
  readonly request: RunRequest;
  readonly flag: SharedArrayBuffer;
  readonly port: MessagePort;
}

const input = workerData as WorkerInput;
const flag = new Int32Array(input.flag);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function rpc(op: keyof HostApi, args: unknown[]): unknown {
  Atomics.store(flag, 0, 0);
  input.port.postMessage({ op, args });
  Atomics.wait(flag, 0, 0);
  const received = receiveMessageOnPort(input.port);
  if (!received) throw new Error(`No answer from the host for ${op}`);
  const reply = received.message as {
    ok: boolean;
    value?: unknown;
    error?: { name: string; message: string };
  };
  if (!reply.ok) {
    const error = new Error(reply.error?.message);
    error.name = reply.error?.name ?? "Error";
    throw error;
  }
  return reply.value;
}

const host = new Proxy({} as HostApi, {
  get:
    (_target, op) =>
    (...args: unknown[]) =>
      rpc(op as keyof HostApi, args),
});

const result = runScript(
  {
    bundleDir: input.bundleDir,
    host,
    sleep: (ms) => {
      if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
    },
  },
  input.request,
);
parentPort?.postMessage(result);
