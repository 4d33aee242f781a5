/*
 * Signals a service method throws to its transport instead of blocking the shared state:
 * "wait and call me again" (a lock that is busy), "wait, then return" (Utilities.sleep),
 * and "run this nested execution, then give me its result" (UrlFetchApp to the script's own web app).
 */
import type { RunRequest, RunResult } from "./run-request";

export class WaitThenRetry {
  constructor(readonly modelMs: number) {}
}

export class WaitThenReturn {
  constructor(
    readonly modelMs: number,
    readonly value: unknown = undefined,
  ) {}
}

export class RunNested {
  constructor(
    readonly requests: readonly RunRequest[],
    readonly finish: (results: readonly RunResult[]) => unknown,
  ) {}
}

export type Signal = WaitThenRetry | WaitThenReturn | RunNested;

export function isSignal(value: unknown): value is Signal {
  return (
    value instanceof WaitThenRetry || value instanceof WaitThenReturn || value instanceof RunNested
  );
}
