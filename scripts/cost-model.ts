/*
 * npm run cost-model: prints the emulator's cost model (latency rows and rate rules, each with its
 * source) as Markdown; with --write, writes it to docs/generated/cost-model.md instead.
 */
import fs from "node:fs";
import path from "node:path";
import { costModelPage } from "./cost-model/table";

export const COST_MODEL_PAGE = path.resolve(__dirname, "../docs/generated/cost-model.md");

const page = costModelPage();
if (process.argv.includes("--write")) {
  fs.writeFileSync(COST_MODEL_PAGE, page);
  console.log(`Wrote ${path.relative(process.cwd(), COST_MODEL_PAGE)}.`);
} else process.stdout.write(page);
