/*
 * Measuring one side of a benchmark scenario: the emulator's service calls (by Class.method) and
 * modelled seconds, plus the real CPU milliseconds and peak V8 heap of the Node process while it
 * ran. The peak comes from V8's GC profiler (the heap just before each collection), so it also
 * holds for synchronous work, during which no timer could sample.
 */
import v8 from "node:v8";
import vm from "node:vm";
import type { ExecutionReport } from "../../emulator";

export interface Outcome {
  readonly reports: readonly ExecutionReport[];
  /** Figures a budget checks besides the cost (docs still to make, say). */
  readonly facts?: Readonly<Record<string, number>>;
  /** Why the work could not finish, when it could not. */
  readonly error?: string;
}

/** Prepares the work (not measured) and returns the body that is measured. */
export type Side = () => Promise<() => Promise<Outcome>>;

export interface Measurement {
  readonly executions: number;
  readonly calls: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly modelledSeconds: number;
  /** The longest any one execution held a lock, in modelled seconds. */
  readonly longestLockSeconds: number;
  readonly cpuMs: number;
  readonly peakHeapMb: number;
  readonly facts: Readonly<Record<string, number>>;
  readonly error?: string;
}

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function sumCounts(reports: readonly ExecutionReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const report of reports) {
    for (const [key, n] of Object.entries(report.counts)) counts[key] = (counts[key] ?? 0) + n;
  }
  return counts;
}

export async function measure(side: Side): Promise<Measurement> {
  const body = await side();
  collectGarbage();
  const profiler = new v8.GCProfiler();
  let peak = process.memoryUsage().heapUsed;
  profiler.start();
  const cpuBefore = process.cpuUsage();
  const outcome = await body();
  const cpu = process.cpuUsage(cpuBefore);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  for (const gc of profiler.stop().statistics) {
    peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  }
  const { reports } = outcome;
  return {
    executions: reports.length,
    calls: reports.reduce((sum, r) => sum + r.calls, 0),
    counts: sumCounts(reports),
    modelledSeconds: reports.reduce((sum, r) => sum + r.modelledMs, 0) / 1000,
    longestLockSeconds: Math.max(0, ...reports.map((r) => r.lockHeldMs ?? 0)) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakHeapMb: peak / (1024 * 1024),
    facts: outcome.facts ?? {},
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}
