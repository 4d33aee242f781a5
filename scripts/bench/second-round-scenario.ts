/*
 * A second round's docs for a 600-student school on the built bundle: after every student has a
 * doc for the first round, the coordinator opens a spring round and the open sidebar creates its
 * docs to the end. Each new doc carries the student's last plan, read from their earlier doc in
 * one batched documents.get per doc, so the run may read at most one earlier doc per student
 * beyond what the first round read, and must still end within the Docs API's write bound.
 */
import { run, type Workspace } from "../../emulator";
import { atMost, exactly, type Sides } from "./budget";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";
import { benchSchool, COORDINATOR, type Hub, readyHub } from "./school";

const STUDENTS = 600;
const SPRING = "Spring 2027 student-led";
/** How far above the Docs API's write bound a docs run may end. */
const OVER_THE_BOUND = 1.05;
/** Enough sidebar executions for 600 students at five minutes an execution. */
const MAX_EXECUTIONS = 10;

interface Progress {
  readonly remaining: number;
}

const docsOf = (ws: Workspace, round: string) =>
  ws.drive.all().filter((f) => !f.trashed && f.name.endsWith(` · ${round}`)).length;

function runToTheEnd(hub: Hub): Outcome {
  const reports = [];
  let progress: Progress | undefined;
  do {
    const result = run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "all" }],
      as: COORDINATOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    if (!result.ok) throw new Error(`createConferenceDocs failed: ${result.error?.message}`);
    reports.push(result.report);
    progress = result.value as Progress;
  } while (progress.remaining > 0 && reports.length < MAX_EXECUTIONS);
  return { reports, facts: { remaining: progress.remaining } };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function openSpring(hub: Hub): void {
  const today = day(hub.ws.now());
  const later = day(hub.ws.now() + 30 * 86_400_000);
  const opened = run(hub.ws, {
    fn: "openRound",
    args: [
      {
        name: SPRING,
        kind: "student-led",
        hosts: "advisors",
        preparationFrom: today,
        preparationTo: later,
        commentsFrom: today,
        commentsTo: later,
        conferenceFrom: today,
        conferenceTo: later,
      },
    ],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  if (!opened.ok || !(opened.value as { opened: boolean }).opened) {
    throw new Error(`openRound failed: ${opened.error?.message ?? JSON.stringify(opened.value)}`);
  }
}

let firstRoundTerm = "";

/** The first round, as on a hub without rounds: docs for Settings' term. */
const firstRound: Side = async () => {
  const hub = readyHub(benchSchool(STUDENTS));
  return async () => {
    const outcome = runToTheEnd(hub);
    firstRoundTerm = hub.ws.drive
      .all()
      .find((f) => f.appProperties.conferStudentId !== undefined)!
      .name.split(" · ")
      .at(-1)!;
    return { ...outcome, facts: { ...outcome.facts, docs: docsOf(hub.ws, firstRoundTerm) } };
  };
};

const secondRound: Side = async () => {
  const hub = readyHub(benchSchool(STUDENTS));
  runToTheEnd(hub);
  hub.ws.triggers.advanceTo(hub.ws.now() + 60 * 60_000);
  openSpring(hub);
  return async () => {
    const outcome = runToTheEnd(hub);
    return { ...outcome, facts: { ...outcome.facts, docs: docsOf(hub.ws, SPRING) } };
  };
};

const reads = (m: Measurement) => m.counts["Docs.documents.get"] ?? 0;
const bound = (STUDENTS / 60) * 60;

export const SECOND_ROUND_SCENARIO: Scenario = {
  name: `a second round's docs for ${STUDENTS.toLocaleString("en-US")} students`,
  about: `After every student of a ${STUDENTS}-student school has a first-round doc, the coordinator opens "${SPRING}" and the open sidebar runs createConferenceDocs({kind:"all"}) to the end. Each new doc carries the student's last plan forward, read from their earlier doc (documents.get, sent together with fetchAll). The baseline is the same school's first round. Rules: the second round may read at most one earlier doc per student more than the first round, and ends within ${Math.round((OVER_THE_BOUND - 1) * 100)}% of the Docs API's write bound (${bound} s, one write per doc at 60 a minute), as the first round must.`,
  limit: {
    what: "Docs API, 60 writes a minute per user (developers.google.com/docs/api/limits), one write per doc",
    seconds: () => bound,
  },
  budget: [
    exactly("second round docs made", STUDENTS, (s) => s.optimized.facts.docs ?? Number.NaN),
    exactly("first round docs made", STUDENTS, (s) => s.baseline.facts.docs ?? Number.NaN),
    atMost(
      "extra documents.get per student",
      1,
      (s: Sides) => (reads(s.optimized) - reads(s.baseline)) / STUDENTS,
    ),
    atMost("second round modelled s", bound * OVER_THE_BOUND, (s) => s.optimized.modelledSeconds),
  ],
  optimized: secondRound,
  baseline: firstRound,
};
