/*
 * npm run demo -- --out DIR (and npm start): builds dist/ if it is stale, seeds the demo school
 * on the Workspace emulator, runs the scripted term on the built bundle, writes what it made
 * into DIR and prints a short summary.
 */
import path from "node:path";
import { parseDemoArgs, UsageError } from "./demo/args";
import { buildIfStale, DIST } from "./demo/build-if-stale";
import { demoSummary } from "./demo/summary";
import { PLANNED_STEPS, runDemoTerm } from "./demo/term";

function main(): void {
  const args = parseDemoArgs(process.argv.slice(2));
  if (args.roster !== undefined) {
    console.error(
      `--roster is not available yet: the demo uses its seeded school (roster import comes in a later step).`,
    );
    process.exit(2);
  }
  buildIfStale();
  const out = path.resolve(args.out);
  const result = runDemoTerm({ out, bundleDir: DIST, seed: args.seed });
  console.log(demoSummary(result, path.relative(process.cwd(), out) || ".", PLANNED_STEPS));
}

try {
  main();
} catch (error) {
  console.error(
    error instanceof UsageError
      ? error.message
      : `Demo failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(error instanceof UsageError ? 2 : 1);
}
