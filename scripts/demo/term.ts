/*
 * The scripted demo term: seed the demo school into a Workspace on the built bundle, run each
 * step as real executions, and export everything (with the roster files it used) into a folder.
 */
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../emulator";
import {
  DEFAULT_DEMO_SEED,
  type DemoSchool,
  generateDemoSchool,
  seedWorkspace,
  toConferCsv,
  toOneRosterCsv,
} from "../../emulator/demo";
import { exportWorkspace } from "../../emulator/views/export";
import type { DemoContext } from "./context";
import { type StepRecord, StepRecorder } from "./record";
import { openAbout, openHub, pingWebApp } from "./steps";

export interface DemoStep {
  readonly name: string;
  readonly run: (context: DemoContext, step: StepRecorder) => void;
}

export const DEMO_STEPS: readonly DemoStep[] = [
  { name: "The coordinator opens the hub spreadsheet", run: openHub },
  { name: "The coordinator opens About Confer", run: openAbout },
  { name: "A teacher pings the web app", run: pingWebApp },
];

export const PLANNED_STEPS = [
  "set up hub",
  "import roster",
  "create docs",
  "teacher comments",
  "advisor pull",
  "guardian drafts",
];

export interface DemoTermOptions {
  readonly out: string;
  readonly bundleDir: string;
  readonly seed?: number;
}

export interface DemoTermResult {
  readonly school: DemoSchool;
  readonly steps: readonly StepRecord[];
  readonly hubId: string | undefined;
  readonly files: readonly string[];
  readonly skipped: readonly string[];
}

/** The demo's fixed wall clock: a school day in the fall term. */
const DEMO_NOW = Date.UTC(2026, 9, 14, 13, 30);

function writeFiles(dir: string, files: Readonly<Record<string, string>>): string[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text);
    return name;
  });
}

export function runDemoTerm(options: DemoTermOptions): DemoTermResult {
  const school = generateDemoSchool(options.seed ?? DEFAULT_DEMO_SEED);
  const ws = new Workspace({
    bundleDir: options.bundleDir,
    seed: school.seed,
    now: () => DEMO_NOW,
  });
  seedWorkspace(ws, school);
  const context: DemoContext = { ws, school };
  const steps = DEMO_STEPS.map(({ name, run }) => {
    const recorder = new StepRecorder(ws, name);
    run(context, recorder);
    return recorder.finish();
  });
  const exported = exportWorkspace(ws, options.out, { hubId: context.hubId, steps });
  const roster = [
    ...writeFiles(path.join(options.out, "roster/confer"), toConferCsv(school)).map(
      (name) => `roster/confer/${name}`,
    ),
    ...writeFiles(path.join(options.out, "roster/oneroster"), toOneRosterCsv(school)).map(
      (name) => `roster/oneroster/${name}`,
    ),
  ];
  return {
    school,
    steps,
    hubId: context.hubId,
    files: [...roster, ...exported.files],
    skipped: exported.skipped,
  };
}
