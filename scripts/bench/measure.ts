/*
 * Measuring one side of a benchmark scenario: the emulator's service calls and modelled
 * seconds, plus the real CPU milliseconds and peak heap of the Node process while it ran.
 */
import type { ExecutionReport } from "../../emulator";

export interface Measurement {
  readonly calls: number;
  readonly modelledSeconds: number;
  readonly cpuMs: number;
  readonly peakHeapMb: number;
}

export interface Scenario {
  readonly name: string;
  readonly budget: string;
  /** Runs Confer's way and returns the reports of the executions it took. */
  readonly optimized: () => Promise<readonly ExecutionReport[]>;
  /** Runs the naive way (per-cell writes, one call at a time) on the same work. */
  readonly baseline: () => Promise<readonly ExecutionReport[]>;
}

export async function measure(
  body: () => Promise<readonly ExecutionReport[]>,
): Promise<Measurement> {
  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const cpuBefore = process.cpuUsage();
  const reports = await body();
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return {
    calls: reports.reduce((sum, r) => sum + r.calls, 0),
    modelledSeconds: reports.reduce((sum, r) => sum + r.modelledMs, 0) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakHeapMb: peak / (1024 * 1024),
  };
}
