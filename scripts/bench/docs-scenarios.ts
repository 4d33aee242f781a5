/*
 * Conference docs for a 600-student school on the built bundle, paced at the Docs API's 60
 * writes a minute per user: the coordinator's sidebar carries the run on, execution after
 * execution, until every student has a doc; and a re-run over students who all have docs that
 * makes no per-student Drive or Docs call. The second scenario starts from the state the first
 * left (or makes it itself).
 */
import { run, type Workspace } from "../../emulator";
import { atLeast, atMost, callsStartingWith, exactly, ratioOf, type Sides } from "./budget";
import { createDocsNaively, type NaiveDocs, naiveDocsWorkspace } from "./docs-baseline";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";
import { type BenchSchool, benchSchool, COORDINATOR, type Hub, readyHub } from "./school";

const STUDENTS = 600;
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

interface Progress {
  readonly created: number;
  readonly skipped: number;
  readonly remaining: number;
}

let school: BenchSchool | undefined;
let conferWithDocs: Hub | undefined;
let naiveWithDocs: { naive: NaiveDocs; docIds: string[] } | undefined;

const theSchool = () => (school ??= benchSchool(STUDENTS));

function conferenceDocs(ws: Workspace): number {
  return ws.drive.all().filter((f) => f.name.includes(" · Conference · ") && !f.trashed).length;
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

function measuredRun(hub: Hub): Outcome {
  const { report, progress } = createDocs(hub);
  return {
    reports: [report],
    facts: { ...progress, docs: conferenceDocs(hub.ws) },
  };
}

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

const MAX_SIDEBAR_ROUNDS = 10;

/** The Docs API's bound: one filled copy per doc at 60 writes a minute per user. */
const DOCS_WRITE_BOUND_S = (STUDENTS / 60) * 60;

/** The hub after the first run, finished by further runs if that one left students. */
function hubWithAllDocs(): Hub {
  const hub = conferWithDocs ?? readyHub(theSchool());
  for (let runs = 0; conferenceDocs(hub.ws) < STUDENTS; runs++) {
    if (runs === 5) throw new Error("five runs left students without a doc");
    createDocs(hub);
  }
  return hub;
}

const conferFirstRun: Side = async () => {
  const hub = readyHub(theSchool());
  return async () => {
    conferWithDocs = hub;
    return measuredRunToTheEnd(hub);
  };
};

const conferReRun: Side = async () => {
  const hub = hubWithAllDocs();
  return async () => measuredRun(hub);
};

const naiveFirstRun: Side = async () => {
  const naive = naiveDocsWorkspace(theSchool());
  return async () => {
    const { reports, docIds } = createDocsNaively(naive);
    naiveWithDocs = { naive, docIds };
    return { reports, facts: { docs: conferenceDocs(naive.ws) } };
  };
};

const naiveReRun: Side = async () => {
  const { naive, docIds } = naiveWithDocs ?? {
    naive: naiveDocsWorkspace(theSchool()),
    docIds: [],
  };
  if (docIds.length === 0) docIds.push(...createDocsNaively(naive).docIds);
  return async () => {
    const result = run(naive.ws, { fn: "checkDocsOneAtATime", args: [docIds], as: COORDINATOR });
    if (!result.ok) throw new Error(`checkDocsOneAtATime failed: ${result.error?.message}`);
    return { reports: [result.report], facts: { found: result.value as number } };
  };
};

const modelled = (m: { modelledSeconds: number }) => m.modelledSeconds;
const perDoc = (m: Measurement) => m.modelledSeconds / (m.facts.docs ?? Number.NaN);
const perDocRatio = (s: Sides) => perDoc(s.baseline) / perDoc(s.optimized);
const fact = (name: string) => (m: { facts: Readonly<Record<string, number>> }) =>
  m.facts[name] ?? Number.NaN;

export const DOCS_SCENARIOS: readonly Scenario[] = [
  {
    name: `docs for ${STUDENTS} students`,
    about: `A generated OneRoster school of ${STUDENTS} students (3 grades × 200, 30 teachers who are each a homeroom advisor) imported into a hub on dist/; Confer is createConferenceDocs({kind:"all"}) as the coordinator, called again by the open sidebar while the run continues, each call one execution; the emulator holds the Docs API to 60 writes a minute per user, so the bound is ${DOCS_WRITE_BOUND_S} s (one write per doc) and Confer may take 10% more (each execution's start and its last batch's shares leave the window idle a few seconds). The baseline copies, opens, fills (replaceText per placeholder through DocumentApp, outside the Docs API's per-minute limit), saves and shares (student, advisor) one doc at a time; it outlasts one execution, so it runs in executions that each stop at 330 s of their clock and its time is their sum.`,
    budget: [
      exactly("confer report.remaining", 0, (s) => fact("remaining")(s.optimized)),
      exactly("confer docs made", STUDENTS, (s) => fact("docs")(s.optimized)),
      atMost("confer modelled s", DOCS_WRITE_BOUND_S * 1.1, (s) => s.optimized.modelledSeconds),
      atLeast("baseline/confer modelled s per doc made", 2, perDocRatio),
      exactly("baseline docs made", STUDENTS, (s) => fact("docs")(s.baseline)),
    ],
    optimized: conferFirstRun,
    baseline: naiveFirstRun,
  },
  {
    name: `re-run over ${STUDENTS} students with docs`,
    about: `createConferenceDocs again once every student has a doc. Rule: calls whose key starts with ${DOC_PREFIXES.join(" ")} must be at most 2, a constant whatever the number of students (a per-student call would make ${STUDENTS}). The baseline opens each student's doc (DriveApp.getFileById, getName) to see it is there.`,
    budget: [
      atMost("confer Drive/Docs calls", 2, (s) => callsStartingWith(s.optimized, DOC_PREFIXES)),
      exactly("confer docs created", 0, (s) => fact("created")(s.optimized)),
      exactly("confer docs made in all", STUDENTS, (s) => fact("docs")(s.optimized)),
      atLeast("baseline/confer modelled s", 5, ratioOf(modelled)),
      exactly("baseline docs found", STUDENTS, (s) => fact("found")(s.baseline)),
    ],
    optimized: conferReRun,
    baseline: naiveReRun,
  },
];
