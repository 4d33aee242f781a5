/*
 * Printing benchmark results as one aligned table (Confer's way, the baseline, the ratio, the real
 * limit that bounds the work with each side's ratio to it, and the budget verdict), then each
 * scenario's budget rules with the figure measured against each.
 */
import type { Verdict } from "./budget";
import type { Measurement } from "./measure";

export interface Row {
  readonly scenario: string;
  readonly about: string;
  readonly optimized: Measurement;
  readonly baseline: Measurement;
  readonly verdicts: readonly Verdict[];
  readonly limit?: LimitRow;
}

/** The real limit's bound and the figure of each side compared with it, in modelled seconds. */
export interface LimitRow {
  readonly what: string;
  readonly seconds: number;
  readonly optimized: number;
  readonly baseline: number;
}

const toLimit = (measured: number, limit: LimitRow | undefined) =>
  limit && limit.seconds > 0 ? `${(measured / limit.seconds).toFixed(2)}×` : "";

const ratio = (base: number, opt: number) =>
  opt === 0 ? (base === 0 ? "1.0×" : "∞") : `${(base / opt).toFixed(1)}×`;

const passed = (row: Row) => row.verdicts.every((v) => v.pass);

const figure = (n: number) =>
  Number.isFinite(n) ? (Number.isInteger(n) ? String(n) : n.toFixed(2)) : "∞";

function aligned(lines: readonly string[][]): string[] {
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) =>
    l
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
}

export function allPassed(rows: readonly Row[]): boolean {
  return rows.every(passed);
}

export function formatTable(rows: readonly Row[]): string {
  const header = [
    "scenario",
    "side",
    "execs",
    "calls",
    "modelled s",
    "CPU ms",
    "peak heap MB",
    "to limit",
    "budget",
  ];
  const lines: string[][] = [header];
  for (const row of rows) {
    for (const [side, m] of [
      ["confer", row.optimized],
      ["baseline", row.baseline],
    ] as const) {
      lines.push([
        side === "confer" ? row.scenario : "",
        side,
        String(m.executions),
        String(m.calls),
        m.modelledSeconds.toFixed(2),
        m.cpuMs.toFixed(0),
        m.peakHeapMb.toFixed(1),
        toLimit(
          side === "confer" ? (row.limit?.optimized ?? 0) : (row.limit?.baseline ?? 0),
          row.limit,
        ),
        side === "confer" ? (passed(row) ? "PASS" : "FAIL") : "",
      ]);
    }
    if (row.limit) {
      lines.push(["", "limit", "", "", row.limit.seconds.toFixed(2), "", "", "1.00×", ""]);
    }
    lines.push([
      "",
      "ratio",
      "",
      ratio(row.baseline.calls, row.optimized.calls),
      ratio(row.baseline.modelledSeconds, row.optimized.modelledSeconds),
      ratio(row.baseline.cpuMs, row.optimized.cpuMs),
      "",
      "",
      "",
    ]);
  }
  const budgets = rows.flatMap((row) => [
    `- ${row.scenario}: ${passed(row) ? "PASS" : "FAIL"}. ${row.about}`,
    ...[
      row.limit &&
        `    limit: ${row.limit.what}: ${figure(row.limit.seconds)} s; Confer ${figure(row.limit.optimized)} s (${toLimit(row.limit.optimized, row.limit)}), baseline ${figure(row.limit.baseline)} s (${toLimit(row.limit.baseline, row.limit)})`,
    ],
    ...row.verdicts.map(
      (v) => `    ${v.pass ? "PASS" : "FAIL"}  ${v.rule} (measured ${figure(v.measured)})`,
    ),
    ...[row.optimized.error && `    error (confer): ${row.optimized.error}`],
    ...[row.baseline.error && `    error (baseline): ${row.baseline.error}`],
  ]);
  return [...aligned(lines), "", "Budgets:", ...budgets.filter(Boolean)].join("\n");
}
