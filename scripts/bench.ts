/*
 * npm run bench: every scenario beside its naive baseline, in the same run, on the emulator's
 * cost model. Prints one table; `--only <text>` runs the scenarios whose name contains it.
 */

import { measure } from "./bench/measure";
import { SCENARIOS } from "./bench/scenarios";
import { formatTable, type Row } from "./bench/table";

async function main(): Promise<void> {
  const onlyAt = process.argv.indexOf("--only");
  const filter = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "") : "";
  const rows: Row[] = [];
  for (const scenario of SCENARIOS.filter((s) => s.name.includes(filter))) {
    const optimized = await measure(scenario.optimized);
    const baseline = await measure(scenario.baseline);
    rows.push({ scenario: scenario.name, budget: scenario.budget, optimized, baseline });
  }
  console.log(formatTable(rows));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
