/* What each step of the demo did: its executions on the built bundle, their service calls, and modelled time. */
import {
  type Execution,
  type ExecutionReport,
  type RunRequest,
  type RunResult,
  run,
  runDueTriggers,
  type Workspace,
} from "../../emulator";

interface ExecutionSummary {
  readonly fn: string;
  readonly as: string;
  readonly activeUser: string;
  readonly kind: string;
  readonly calls: Readonly<Record<string, number>>;
  readonly modelledMs: number;
}

export interface ExecutionRecord extends ExecutionSummary {
  readonly ok: boolean;
  readonly error?: string;
  /** Executions this one caused through the web app; their time is part of modelledMs. */
  readonly viaWebApp?: readonly ExecutionSummary[];
}

export interface StepRecord {
  readonly name: string;
  readonly executions: readonly ExecutionRecord[];
  /** Service calls by Class.method over the step's executions, web-app ones included. */
  readonly calls: Readonly<Record<string, number>>;
  readonly totalCalls: number;
  readonly modelledSeconds: number;
}

export class StepFailed extends Error {}

function summarize(report: ExecutionReport): ExecutionSummary {
  return {
    fn: report.fn,
    as: report.user,
    activeUser: report.activeUser,
    kind: report.kind,
    calls: report.counts,
    modelledMs: report.modelledMs,
  };
}

/** Collects one step's executions; every execution must succeed. */
export class StepRecorder {
  private readonly executions: ExecutionRecord[] = [];

  constructor(
    private readonly ws: Workspace,
    readonly name: string,
  ) {}

  run(request: RunRequest): RunResult {
    const [result] = this.capture(() => [run(this.ws, request)]);
    return result!;
  }

  /** Work a person does by hand outside the bundle (typing in a Doc through the Docs API), as one execution. */
  byHand<T>(request: RunRequest, work: (exec: Execution) => T): T {
    const exec = this.ws.begin(request);
    let ok = false;
    try {
      const value = work(exec);
      ok = true;
      return value;
    } finally {
      this.ws.end(exec);
      this.executions.push({ ...summarize(exec.report()), ok });
    }
  }

  /** Runs the time-based triggers that fall due until `untilMs`, as Apps Script would. */
  runDueTriggers(untilMs: number): RunResult[] {
    return this.capture(() => runDueTriggers(this.ws, untilMs));
  }

  private capture(execute: () => RunResult[]): RunResult[] {
    const before = this.ws.history.length;
    const results = execute();
    const byId = new Map(results.map((result) => [result.report.id, result]));
    let nested: ExecutionSummary[] = [];
    for (const report of this.ws.history.slice(before)) {
      const result = byId.get(report.id);
      if (!result) {
        nested.push(summarize(report));
        continue;
      }
      this.record(result, nested);
      byId.delete(report.id);
      nested = [];
    }
    for (const refused of byId.values()) this.record(refused, []);
    const failed = results.find((result) => !result.ok);
    if (failed) {
      throw new StepFailed(
        `Step "${this.name}": ${failed.report.fn} as ${failed.report.user} failed: ${failed.error?.message ?? "refused"}`,
      );
    }
    return results;
  }

  private record(result: RunResult, viaWebApp: readonly ExecutionSummary[]): void {
    this.executions.push({
      ...summarize(result.report),
      ok: result.ok,
      ...(result.error ? { error: result.error.message } : {}),
      ...(viaWebApp.length > 0 ? { viaWebApp } : {}),
    });
  }

  finish(): StepRecord {
    const calls: Record<string, number> = {};
    const executions = this.executions.flatMap((e) => [e, ...(e.viaWebApp ?? [])]);
    for (const execution of executions) {
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
