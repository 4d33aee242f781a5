/* Printing benchmark results as one aligned table: Confer's way, the baseline, and the ratio. */
import type { Measurement } from "./measure";

export interface Row {
  readonly scenario: string;
  readonly budget: string;
  readonly optimized: Measurement;
  readonly baseline: Measurement;
}

const ratio = (base: number, opt: number) => (opt === 0 ? "∞" : `${(base / opt).toFixed(1)}×`);

export function formatTable(rows: readonly Row[]): string {
  const header = ["scenario", "side", "calls", "modelled s", "CPU ms", "peak heap MB"];
  const lines: string[][] = [header];
  for (const row of rows) {
    for (const [side, m] of [
      ["confer", row.optimized],
      ["baseline", row.baseline],
    ] as const) {
      lines.push([
        side === "confer" ? row.scenario : "",
        side,
        String(m.calls),
        m.modelledSeconds.toFixed(2),
        m.cpuMs.toFixed(0),
        m.peakHeapMb.toFixed(1),
      ]);
    }
    lines.push([
      "",
      "ratio",
      ratio(row.baseline.calls, row.optimized.calls),
      ratio(row.baseline.modelledSeconds, row.optimized.modelledSeconds),
      ratio(row.baseline.cpuMs, row.optimized.cpuMs),
      "",
    ]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const table = lines.map((l) =>
    l
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
  const budgets = rows.map((row) => `- ${row.scenario}: ${row.budget}`);
  return [...table, "", "Budgets:", ...budgets].join("\n");
}
