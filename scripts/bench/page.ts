/*
 * The bench's results as a Markdown page, docs/generated/bench.md, which the README links to in
 * place of figures pasted by hand: written by every full `npm run bench` (not by `--only`).
 */
import fs from "node:fs";
import path from "node:path";

export const BENCH_PAGE = path.resolve(__dirname, "../../docs/generated/bench.md");

export function benchPage(table: string, passed: boolean): string {
  return [
    "# npm run bench",
    "",
    "Written by the last full `npm run bench` on the emulator's cost model",
    "([docs/generated/cost-model.md](cost-model.md)). Modelled seconds and call counts are the",
    "model's; CPU ms and peak heap are this machine's and vary from run to run.",
    "",
    passed ? "Every budget passed." : "**A budget failed**: see FAIL below.",
    "",
    "```",
    table,
    "```",
    "",
  ].join("\n");
}

export function writeBenchPage(table: string, passed: boolean): void {
  fs.writeFileSync(BENCH_PAGE, benchPage(table, passed));
}
