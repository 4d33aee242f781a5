/* What the visitor's last action cost: its executions, their service calls and modelled seconds. */
import type { ExecutionReport, Workspace } from "../../emulator";

export interface ActionExecution {
  readonly fn: string;
  readonly as: string;
  readonly kind: string;
  readonly calls: number;
  readonly modelledMs: number;
}

export interface LastAction {
  readonly label: string;
  readonly executions: readonly ActionExecution[];
  /** Service calls by Class.method over every execution of the action. */
  readonly counts: Readonly<Record<string, number>>;
  readonly totalCalls: number;
  readonly modelledSeconds: number;
}

export function summarizeAction(label: string, reports: readonly ExecutionReport[]): LastAction {
  const counts: Record<string, number> = {};
  for (const report of reports) {
    for (const [call, n] of Object.entries(report.counts)) counts[call] = (counts[call] ?? 0) + n;
  }
  return {
    label,
    executions: reports.map((r) => ({
      fn: r.fn,
      as: r.user,
      kind: r.kind,
      calls: r.calls,
      modelledMs: r.modelledMs,
    })),
    counts,
    totalCalls: reports.reduce((sum, r) => sum + r.calls, 0),
    modelledSeconds: reports.reduce((sum, r) => sum + r.modelledMs, 0) / 1000,
  };
}

/** Runs work and summarizes the executions it added to the Workspace's history. */
export function measured<T>(
  ws: Workspace,
  label: string,
  work: () => T,
): { value: T; action: LastAction } {
  const before = ws.history.length;
  const value = work();
  return { value, action: summarizeAction(label, ws.history.slice(before)) };
}
