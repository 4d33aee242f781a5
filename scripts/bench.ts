/*
 * npm run bench: every scenario beside its naive baseline, in the same run, on the emulator's
 * cost model. Builds dist/ first when it is stale, prints one table with each budget's verdict,
 * writes it to docs/generated/bench.md (a full run only), and exits non-zero when a budget fails.
 * `--only <text>` runs the scenarios whose name has it.
 */
import { judge } from "./bench/budget";
import { type Measurement, measure } from "./bench/measure";
import { writeBenchPage } from "./bench/page";
import type { RealLimit } from "./bench/scenario";
import { SCENARIOS } from "./bench/scenarios";
import { allPassed, formatTable, type LimitRow, type Row } from "./bench/table";
import { buildIfStale } from "./demo/build-if-stale";

function limitRow(limit: RealLimit, optimized: Measurement, baseline: Measurement): LimitRow {
  const measured = limit.measured ?? ((m: Measurement) => m.modelledSeconds);
  return {
    what: limit.what,
    seconds: limit.seconds(optimized),
    optimized: measured(optimized),
    baseline: (limit.baselineMeasured ?? measured)(baseline),
  };
}

async function main(): Promise<void> {
  const onlyAt = process.argv.indexOf("--only");
  const filter = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "") : "";
  const chosen = SCENARIOS.filter((s) => s.name.includes(filter));
  if (chosen.length === 0) throw new Error(`No scenario's name contains "${filter}".`);
  buildIfStale();
  const rows: Row[] = [];
  for (const scenario of chosen) {
    const optimized = await measure(scenario.optimized);
    const baseline = await measure(scenario.baseline);
    const verdicts = judge(scenario.budget, { optimized, baseline });
    rows.push({
      scenario: scenario.name,
      about: scenario.about,
      optimized,
      baseline,
      verdicts,
      ...(scenario.limit ? { limit: limitRow(scenario.limit, optimized, baseline) } : {}),
    });
  }
  const table = formatTable(rows);
  console.log(table);
  if (filter === "") writeBenchPage(table, allPassed(rows));
  if (!allPassed(rows)) {
    console.error("\nA budget failed: see FAIL above.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
