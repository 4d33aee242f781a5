/* What each step of the demo did: its executions on the built bundle, their service calls, and modelled time. */
import { type RunRequest, type RunResult, run, type Workspace } from "../../emulator";

export interface ExecutionRecord {
  readonly fn: string;
  readonly as: string;
  readonly activeUser: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly calls: Readonly<Record<string, number>>;
  readonly modelledMs: number;
}

export interface StepRecord {
  readonly name: string;
  readonly executions: readonly ExecutionRecord[];
  /** Service calls by Class.method over the step's executions. */
  readonly calls: Readonly<Record<string, number>>;
  readonly totalCalls: number;
  readonly modelledSeconds: number;
}

export class StepFailed extends Error {}

/** Collects one step's executions; every execution must succeed. */
export class StepRecorder {
  private readonly executions: ExecutionRecord[] = [];

  constructor(
    private readonly ws: Workspace,
    readonly name: string,
  ) {}

  run(request: RunRequest): RunResult {
    const result = run(this.ws, request);
    this.executions.push({
      fn: request.fn,
      as: result.report.user,
      activeUser: result.report.activeUser,
      ok: result.ok,
      ...(result.error ? { error: result.error.message } : {}),
      calls: result.report.counts,
      modelledMs: result.report.modelledMs,
    });
    if (!result.ok) {
      throw new StepFailed(
        `Step "${this.name}": ${request.fn} as ${request.as} failed: ${result.error?.message ?? "refused"}`,
      );
    }
    return result;
  }

  finish(): StepRecord {
    const calls: Record<string, number> = {};
    for (const execution of this.executions) {
      for (const [call, n] of Object.entries(execution.calls)) calls[call] = (calls[call] ?? 0) + n;
    }
    return {
      name: this.name,
      executions: this.executions,
      calls,
      totalCalls: Object.values(calls).reduce((sum, n) => sum + n, 0),
      modelledSeconds: this.executions.reduce((sum, e) => sum + e.modelledMs, 0) / 1000,
    };
  }
}
