/*
 * Conference docs for a 600- and a 3,000-student school on the built bundle, paced at the Docs
 * API's 60 writes a minute per user: the coordinator's sidebar carries the run on, execution after
 * execution, until every student has a doc; and a re-run over students who all have docs that
 * makes no per-student Drive or Docs call. The re-run starts from the state the 600 run left (or
 * makes it itself).
 */
import { run, type Workspace } from "../../emulator";
import { atLeast, atMost, callsStartingWith, exactly, type Sides } from "./budget";
import { createDocsNaively, type NaiveDocs, naiveDocsWorkspace } from "./docs-baseline";
import { executionLimit } from "./limits";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";
import { type BenchSchool, benchSchool, COORDINATOR, type Hub, readyHub, TERM } from "./school";

const SIZES = [600, 3000] as const;
/** The size the re-run starts from. */
const RE_RUN_SIZE = 600;
const DOC_PREFIXES = [
  "Drive.",
  "Docs.",
  "DriveApp.",
  "DocumentApp.",
  "File.",
  "Folder.",
  "Document.",
  "Body.",
];
/**
 * Apps Script's documents created a day (Workspace account, quotas page): a script that copies
 * with DriveApp stops there; Confer copies through the Drive API, which has no such count.
 */
const APPS_SCRIPT_DOCS_A_DAY = 1500;
/** How far above the Docs API's bound a docs run may end. */
const OVER_THE_BOUND = 1.05;

interface Progress {
  readonly created: number;
  readonly skipped: number;
  readonly remaining: number;
}

const schools = new Map<number, BenchSchool>();
let conferWithDocs: Hub | undefined;
let naiveWithDocs: NaiveDocs | undefined;

function theSchool(students: number): BenchSchool {
  const school = schools.get(students) ?? benchSchool(students);
  schools.set(students, school);
  return school;
}

/** Conference docs of the term's round, Confer's or the baseline's: both name them `… · {term}`. */
function conferenceDocs(ws: Workspace): number {
  return ws.drive.all().filter((f) => f.name.endsWith(` · ${TERM}`) && !f.trashed).length;
}

function createDocs(hub: Hub) {
  const result = run(hub.ws, {
    fn: "createConferenceDocs",
    args: [{ kind: "all" }],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  if (!result.ok) throw new Error(`createConferenceDocs failed: ${result.error?.message}`);
  return { report: result.report, progress: result.value as Progress };
}

/** Enough sidebar rounds for 3,000 students at five minutes a round. */
const MAX_SIDEBAR_ROUNDS = 20;

/** As the open sidebar does: runs again while the run says it continues. */
function measuredRunToTheEnd(hub: Hub): Outcome {
  const reports = [];
  let progress: Progress | undefined;
  do {
    const next = createDocs(hub);
    reports.push(next.report);
    progress = next.progress;
  } while (progress.remaining > 0 && reports.length < MAX_SIDEBAR_ROUNDS);
  return {
    reports,
    facts: { ...progress, executions: reports.length, docs: conferenceDocs(hub.ws) },
  };
}

/** The Docs API's bound: one filled copy per doc at 60 writes a minute per user. */
const boundOf = (students: number) => (students / 60) * 60;

const conferFirstRun =
  (students: number): Side =>
  async () => {
    const hub = readyHub(theSchool(students));
    return async () => {
      if (students === RE_RUN_SIZE) conferWithDocs = hub;
      return measuredRunToTheEnd(hub);
    };
  };

const naiveFirstRun =
  (students: number): Side =>
  async () => {
    const naive = naiveDocsWorkspace(theSchool(students));
    return async () => {
      const { reports, stoppedBy } = createDocsNaively(naive);
      if (students === RE_RUN_SIZE) naiveWithDocs = naive;
      return {
        reports,
        facts: { docs: conferenceDocs(naive.ws) },
        ...(stoppedBy ? { error: stoppedBy } : {}),
      };
    };
  };

/** The hub after the first run, finished by further runs if that one left students. */
function hubWithAllDocs(): Hub {
  const hub = conferWithDocs ?? readyHub(theSchool(RE_RUN_SIZE));
  for (let runs = 0; conferenceDocs(hub.ws) < RE_RUN_SIZE; runs++) {
    if (runs === 5) throw new Error("five runs left students without a doc");
    createDocs(hub);
  }
  return hub;
}

const conferReRun: Side = async () => {
  const hub = hubWithAllDocs();
  return async () => {
    const { report, progress } = createDocs(hub);
    return { reports: [report], facts: { ...progress, docs: conferenceDocs(hub.ws) } };
  };
};

const naiveReRun: Side = async () => {
  let naive = naiveWithDocs;
  if (!naive) {
    naive = naiveDocsWorkspace(theSchool(RE_RUN_SIZE));
    createDocsNaively(naive);
  }
  const { ws, ledgerId, students } = naive;
  return async () => {
    const result = run(ws, {
      fn: "checkDocsInLedger",
      args: [ledgerId, students],
      as: COORDINATOR,
    });
    if (!result.ok) throw new Error(`checkDocsInLedger failed: ${result.error?.message}`);
    return { reports: [result.report], facts: { found: result.value as number } };
  };
};

const perDoc = (m: Measurement) => m.modelledSeconds / (m.facts.docs ?? Number.NaN);
const perDocRatio = (s: Sides) => perDoc(s.baseline) / perDoc(s.optimized);
const fact = (name: string) => (m: { facts: Readonly<Record<string, number>> }) =>
  m.facts[name] ?? Number.NaN;
const count = (n: number) => n.toLocaleString("en-US");

function firstRunScenario(students: number): Scenario {
  const bound = boundOf(students);
  return {
    name: `docs for ${count(students)} students`,
    about: `A generated OneRoster school of ${count(students)} students imported into a hub on dist/; Confer is createConferenceDocs({kind:"all"}) as the coordinator, called again by the open sidebar while the run continues, each call one execution (each stops itself inside 330 s). The emulator holds the Docs API to 60 writes a minute per user, so the bound is ${count(bound)} s (one write per doc) and Confer may end at most 5% above it. The baseline copies, opens, fills (replaceText per placeholder through DocumentApp, outside the Docs API's per-minute limit), saves and shares (student, advisor) one doc at a time and records the docs it made in a ledger sheet; it outlasts one execution, so it runs in executions that each stop at 330 s of their clock and its time is their sum${students > APPS_SCRIPT_DOCS_A_DAY ? `; Apps Script's ${count(APPS_SCRIPT_DOCS_A_DAY)} documents created a day stop it short of ${count(students)} (compared per doc made)` : ""}.`,
    limit: {
      what: "Docs API, 60 writes a minute per user (developers.google.com/docs/api/limits), one write per doc",
      seconds: (m) => boundOf(m.facts.docs ?? students),
    },
    budget: [
      exactly("confer report.remaining", 0, (s) => fact("remaining")(s.optimized)),
      exactly("confer docs made", students, (s) => fact("docs")(s.optimized)),
      atMost("confer modelled s", bound * OVER_THE_BOUND, (s) => s.optimized.modelledSeconds),
      atLeast("baseline/confer modelled s per doc made", 2, perDocRatio),
      ...(students <= APPS_SCRIPT_DOCS_A_DAY
        ? [exactly("baseline docs made", students, (s) => fact("docs")(s.baseline))]
        : []),
    ],
    optimized: conferFirstRun(students),
    baseline: naiveFirstRun(students),
  };
}

export const DOCS_SCENARIOS: readonly Scenario[] = [
  ...SIZES.map(firstRunScenario),
  {
    name: `re-run over ${count(RE_RUN_SIZE)} students with docs`,
    about: `createConferenceDocs again once every student has a doc. Rule: calls whose key starts with ${DOC_PREFIXES.join(" ")} must be at most 2, a constant whatever the number of students (a per-student call would make ${RE_RUN_SIZE}). The baseline is a script that kept a ledger of the docs it made: it reads the ledger once (getDataRange) and finds every student in it.`,
    limit: executionLimit("the re-run is one sidebar execution"),
    budget: [
      atMost("confer Drive/Docs calls", 2, (s) => callsStartingWith(s.optimized, DOC_PREFIXES)),
      exactly("confer docs created", 0, (s) => fact("created")(s.optimized)),
      exactly("confer docs made in all", RE_RUN_SIZE, (s) => fact("docs")(s.optimized)),
      atMost("confer modelled s", 10, (s) => s.optimized.modelledSeconds),
      exactly("baseline docs found", RE_RUN_SIZE, (s) => fact("found")(s.baseline)),
    ],
    optimized: conferReRun,
    baseline: naiveReRun,
  },
];
