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

interface Answer {
  readonly seq: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: { name: string; message: string };
}

let sequence = 0;
const ANSWER_TIMEOUT_MS = 120_000;

/**
 * A message posted by the main thread can reach this port a moment after the flag that announces
 * it, so the answer is awaited by its sequence number, not taken on the first wake.
 */
function awaitAnswer(op: keyof HostApi, seq: number): Answer {
  const started = Date.now();
  for (;;) {
    for (
      let received = receiveMessageOnPort(input.port);
      received;
      received = receiveMessageOnPort(input.port)
    ) {
      const answer = received.message as Answer;
      if (answer.seq === seq) return answer;
    }
    if (Date.now() - started > ANSWER_TIMEOUT_MS)
      throw new Error(`No answer from the host for ${op}`);
    if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 20);
    else Atomics.wait(sleeper, 0, 0, 1);
  }
}

function rpc(op: keyof HostApi, args: unknown[]): unknown {
  const seq = ++sequence;
  Atomics.store(flag, 0, 0);
  input.port.postMessage({ op, args, seq });
  const reply = awaitAnswer(op, seq);
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
