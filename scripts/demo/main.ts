/*
 * The demo's command line as a function: parse the arguments, read a --roster folder, build
 * dist/ if it is stale, run the term (printing the roster preview before the import applies it)
 * and print its summary. Returns the exit code: 0 done,
 * 1 the term failed or the roster was refused (nothing written), 2 bad arguments or an
 * unreadable --roster path.
 */
import path from "node:path";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../demo-school";
import { parseDemoArgs, UsageError } from "./args";
import { buildIfStale, DIST } from "./build-if-stale";
import type { DemoRoster } from "./roster";
import { RosterPathError, readRosterFolder } from "./roster-folder/files";
import { folderRoster } from "./roster-folder/people";
import { RosterRejected } from "./setup-steps";
import { demoSummary } from "./summary";
import { PLANNED_STEPS, runDemoTerm } from "./term";

export interface DemoOutput {
  log(text: string): void;
  error(text: string): void;
}

export interface DemoMainOptions {
  /** Run on this bundle as it is, instead of building dist/ when it is stale. */
  readonly bundleDir?: string;
  readonly output?: DemoOutput;
}

function rosterFrom(dir: string | undefined, seed: number | undefined): DemoRoster | undefined {
  if (dir === undefined) return undefined;
  const { term } = generateDemoSchool(seed ?? DEFAULT_DEMO_SEED);
  return folderRoster(dir, readRosterFolder(dir), term);
}

function shown(out: string): string {
  const relative = path.relative(process.cwd(), out);
  if (relative === "") return ".";
  return relative.startsWith("..") || path.isAbsolute(relative) ? out : relative;
}

function refusal(error: RosterRejected, origin: string): string {
  return [
    `${origin} was not imported, so the demo wrote nothing. ` +
      `Fix ${error.problems.length === 1 ? "this problem" : `these ${error.problems.length} problems`} and run it again:`,
    ...error.problems.map((problem) => `  ${problem}`),
  ].join("\n");
}

export function demoMain(argv: readonly string[], options: DemoMainOptions = {}): number {
  const output = options.output ?? console;
  let origin = "The demo school's roster";
  try {
    const args = parseDemoArgs(argv);
    const roster = rosterFrom(args.roster, args.seed);
    if (roster) origin = `The roster in ${args.roster}`;
    let bundleDir = options.bundleDir;
    if (!bundleDir) {
      buildIfStale();
      bundleDir = DIST;
    }
    const out = path.resolve(args.out);
    const result = runDemoTerm({
      out,
      bundleDir,
      seed: args.seed,
      roster,
      ...(args.students ? { students: args.students } : {}),
      log: (text) => output.log(text),
    });
    output.log(demoSummary(result, shown(out), PLANNED_STEPS));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RosterPathError) {
      output.error(error.message);
      return 2;
    }
    if (error instanceof RosterRejected) {
      output.error(refusal(error, origin));
      return 1;
    }
    output.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
