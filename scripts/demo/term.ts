/*
 * The scripted demo year: put a roster's people into a Workspace on the built bundle, run a fall
 * round and then a spring round, each step as real executions (students' typing as their own Docs API sessions), and export
 * everything (with the roster files it used) into a folder. Nothing is written unless every step
 * succeeds.
 */
import fs from "node:fs";
import path from "node:path";
import { exportWorkspace, Workspace } from "../../emulator";
import { DEFAULT_DEMO_SEED, generateDemoSchool } from "../demo-school";
import { draftGuardianUpdates, pullComments, readStatus } from "./advisor-steps";
import { goalCheckIns } from "./check-ins-step";
import { teacherRunsClassroomCycle } from "./classroom-step";
import { enterComments } from "./comments-step";
import type {
  BookingsMade,
  DemoContext,
  DocsMade,
  DraftsMade,
  SpringRound,
  StatusCounts,
} from "./context";
import { createConferenceDocs } from "./docs-step";
import { openAbout, openHub, pingWebApp } from "./opening-steps";
import { studentsPrepare } from "./prepare-step";
import { type StepRecord, StepRecorder } from "./record";
import { type DemoRoster, demoSchoolRoster } from "./roster";
import { openFallRound, openSpringRound } from "./rounds-step";
import { familiesBook } from "./schedule-step";
import { seedRoster } from "./seed-roster";
import { importRoster, setUpHub } from "./setup-steps";
import {
  compareRounds,
  createSpringDocs,
  enterSpringComments,
  pullSpringComments,
  studentsLookBack,
} from "./spring-steps";

export interface DemoStep {
  readonly name: string;
  readonly run: (context: DemoContext, step: StepRecorder) => void;
}

export const DEMO_STEPS: readonly DemoStep[] = [
  { name: "The coordinator opens the hub spreadsheet", run: openHub },
  { name: "Set up hub", run: setUpHub },
  { name: "Import roster", run: importRoster },
  { name: "The coordinator opens the fall round", run: openFallRound },
  { name: "Create conference docs", run: createConferenceDocs },
  { name: "Teachers enter comments", run: enterComments },
  { name: "Students prepare", run: studentsPrepare },
  { name: "Advisors pull comments", run: pullComments },
  { name: "Status", run: readStatus },
  { name: "Advisors draft guardian updates", run: draftGuardianUpdates },
  { name: "Families book conferences", run: familiesBook },
  { name: "In February, goal check-ins come due", run: goalCheckIns },
  {
    name: "In March, the coordinator closes the fall round and opens the spring round",
    run: openSpringRound,
  },
  { name: "Create the spring round's conference docs", run: createSpringDocs },
  { name: "Students look back on their fall goal", run: studentsLookBack },
  { name: "Teachers enter spring comments", run: enterSpringComments },
  { name: "Advisors pull the spring comments", run: pullSpringComments },
  { name: "Status of the spring round beside the fall", run: compareRounds },
  {
    name: "A teacher plans a classroom cycle and tells each student",
    run: teacherRunsClassroomCycle,
  },
  { name: "The coordinator opens About Confer", run: openAbout },
  { name: "A teacher pings the web app", run: pingWebApp },
];

/** What Confer does that the demo does not show yet, for the summary. */
export const PLANNED_STEPS: readonly string[] = [];

export interface DemoTermOptions {
  readonly out: string;
  readonly bundleDir: string;
  readonly seed?: number;
  /** The roster to import; the seeded demo school's when absent. */
  readonly roster?: DemoRoster;
  /** The seeded school's size, when not its own. */
  readonly students?: number;
  /** Where the roster preview is printed, before the import applies it. */
  readonly log?: (text: string) => void;
}

export interface DemoTermResult {
  readonly roster: DemoRoster;
  readonly steps: readonly StepRecord[];
  readonly hubId: string | undefined;
  readonly students: number;
  readonly importWarnings: readonly string[];
  readonly docs: DocsMade;
  readonly comments: { readonly saved: number; readonly classes: number };
  readonly prepared: number;
  readonly pulled: DocsMade;
  readonly status: StatusCounts | undefined;
  readonly drafts: DraftsMade;
  readonly bookings: BookingsMade;
  readonly checkIns: { readonly due: number; readonly marked: number };
  readonly rounds: readonly string[];
  readonly spring: SpringRound;
  readonly classroom: DemoContext["classroom"];
  readonly files: readonly string[];
  readonly skipped: readonly string[];
  readonly notRun: readonly string[];
}

/** The demo's fixed wall clock: a school day in the fall term. */
const DEMO_NOW = Date.UTC(2026, 9, 14, 13, 30);

function writeRosterFiles(out: string, files: Readonly<Record<string, string>>): string[] {
  const dir = path.join(out, "roster");
  fs.rmSync(dir, { recursive: true, force: true });
  return Object.entries(files).map(([name, text]) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    return `roster/${name}`;
  });
}

export function runDemoTerm(options: DemoTermOptions): DemoTermResult {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const roster =
    options.roster ??
    demoSchoolRoster(
      generateDemoSchool(seed, options.students ? { students: options.students } : {}),
    );
  const ws = new Workspace({ bundleDir: options.bundleDir, seed, now: () => DEMO_NOW });
  seedRoster(ws, roster);
  const context: DemoContext = { ws, roster, ...(options.log ? { log: options.log } : {}) };
  const steps = DEMO_STEPS.map(({ name, run }) => {
    const recorder = new StepRecorder(ws, name);
    run(context, recorder);
    return recorder.finish();
  });
  const exported = exportWorkspace(ws, options.out, { hubId: context.hubId, steps });
  return {
    roster,
    steps,
    hubId: context.hubId,
    students: context.students ?? 0,
    importWarnings: context.importWarnings ?? [],
    docs: context.docs ?? { made: 0, problems: [] },
    comments: context.comments ?? { saved: 0, classes: 0 },
    prepared: context.prepared ?? 0,
    pulled: context.pulled ?? { made: 0, problems: [] },
    status: context.status,
    drafts: context.drafts ?? { made: 0, students: 0, advisors: 0 },
    bookings: context.bookings ?? { booked: 0, reminded: 0, advisors: 0 },
    checkIns: context.checkIns ?? { due: 0, marked: 0 },
    rounds: context.rounds ?? [],
    spring: {
      docs: context.spring?.docs ?? { made: 0, problems: [] },
      carried: context.spring?.carried ?? 0,
      lookedBack: context.spring?.lookedBack ?? 0,
      compared: context.spring?.compared ?? 0,
      comments: context.spring?.comments ?? 0,
      pulled: context.spring?.pulled ?? { made: 0, problems: [] },
    },
    classroom: context.classroom,
    files: [...writeRosterFiles(options.out, roster.files), ...exported.files],
    skipped: exported.skipped,
    notRun: context.notRun ?? [],
  };
}
