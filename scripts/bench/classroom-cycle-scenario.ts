/*
 * Planning and telling a classroom cycle of 56 students (one teacher, two classes of 28) on the
 * built bundle: Save and tell saves the plan and tells every student (their doc's Conference line
 * and a Calendar event) in one round of requests, with as many hub reads as for one class of 28;
 * then the first day's conference table opens in one call. The fetch rounds are counted from the
 * emulator's execution report: Calendar's per-calendar write limit refuses some inserts of the
 * one round (403 rateLimitExceeded), and the client sends those again after a backoff. The
 * baseline tells the same 56 students two at a time, by 28 swaps of a saved cycle.
 */
import { type ExecutionReport, run } from "../../emulator";
import { type DemoHub, demoHub, runIn } from "../../test/integration/harness";
import { toConferCsv } from "../demo-school";
import { atMost, exactly, ratioOf } from "./budget";
import { roundCounts } from "./fetch-rounds";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";

const ROUND = "Math · Q2 conferences";
const TEACHER = "jun.bianchi@school.test";
const CLASSES = ["MATH-6A", "MATH-6B"];
const PER_CLASS = 28;
const STUDENTS = PER_CLASS * CLASSES.length;
/** The client's backoff sends a request refused as too fast at most this many times more. */
const MAX_RESENDS = 6;

const formFor = (classIds: readonly string[]) => ({
  from: "2026-11-30",
  to: "2026-12-11",
  weekdays: [1, 2, 3, 4, 5],
  periods: classIds.map((classId, i) => ({
    classId,
    start: `${String(9 + i).padStart(2, "0")}:00`,
    end: `${String(9 + i).padStart(2, "0")}:50`,
  })),
  perDay: 5,
  minutes: 10,
});

interface Told {
  readonly told: number;
  readonly conferences: readonly { studentId: string; classId: string; day: string }[];
}

/** The demo school with the teacher's classes made 28 each, the round open and its docs made. */
function cycleHub(classIds: readonly string[]): DemoHub {
  let clock = Date.UTC(2026, 10, 23, 14);
  const hub = demoHub(() => clock);
  const ids = hub.school.students.map((s) => s.id);
  const classes = hub.school.classes as unknown as { id: string; studentIds: string[] }[];
  CLASSES.forEach((id, i) => {
    classes.find((c) => c.id === id)!.studentIds = ids.slice(i * PER_CLASS, (i + 1) * PER_CLASS);
  });
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    webAppUrl: hub.ws.webAppUrl,
  });
  const files = toConferCsv(hub.school);
  runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  });
  runIn(hub, "openClassroomRound", TEACHER, {
    name: ROUND,
    preparationFrom: "2026-11-23",
    preparationTo: "2026-11-27",
    conferenceFrom: "2026-11-30",
    conferenceTo: "2026-12-18",
    classIds,
  });
  for (let i = 0; i < 10; i++) {
    const progress = runIn(hub, "createClassroomDocs", TEACHER, ROUND).value as {
      remaining: number;
    };
    if (progress.remaining === 0) break;
  }
  clock = Date.UTC(2026, 10, 24, 14);
  return hub;
}

const call = (hub: DemoHub, fn: string, ...args: unknown[]) => {
  const result = run(hub.ws, { fn, args, as: TEACHER, containerId: hub.hubId, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value;
};

const hubReadsOf = (reports: readonly ExecutionReport[]) =>
  reports.reduce((n, r) => n + (r.counts["Range.getValues"] ?? 0), 0);

/** Save and tell on a fresh hub: its executions and the students told. */
function saveAndTellOn(hub: DemoHub, classIds: readonly string[]) {
  const from = hub.ws.history.length;
  const told = call(hub, "saveClassroomCycle", ROUND, formFor(classIds)) as Told;
  return { told, reports: hub.ws.history.slice(from) };
}

/**
 * The first day's conference table, opened as the teacher: the page's calls, the executions they
 * took (the teacher's call and its hop to the hub owner's web app), and the table's rows.
 */
function openTable(hub: DemoHub, day: string) {
  const from = hub.ws.history.length;
  const table = call(hub, "getConferenceTable", ROUND, day) as { rows: readonly unknown[] };
  const reports = hub.ws.history.slice(from);
  return {
    calls: reports.filter((r) => r.kind === "sidebar").length,
    executions: reports.length,
    rows: table.rows.length,
  };
}

const saveAndTell: Side = async () => {
  const oneClass = saveAndTellOn(cycleHub(CLASSES.slice(0, 1)), CLASSES.slice(0, 1));
  const hub = cycleHub(CLASSES);
  return async (): Promise<Outcome> => {
    const { told, reports } = saveAndTellOn(hub, CLASSES);
    const calendar = roundCounts(reports, ["Calendar."]);
    const lines = roundCounts(reports, ["Docs.documents.batchUpdate"]);
    const reads = roundCounts(reports, ["Docs.documents.get"]);
    const firstDay = [...told.conferences.map((c) => c.day)].sort()[0] ?? "";
    const table = openTable(hub, firstDay);
    return {
      reports,
      facts: {
        told: told.told,
        calendarRounds: calendar.rounds,
        calendarFirstSendRounds: calendar.firstSendRounds,
        calendarFirstSent: calendar.firstSent,
        calendarResent: calendar.resent,
        calendarRefused: calendar.refusedTooFast,
        calendarFirstRefused: calendar.firstRefused,
        docLineRounds: lines.rounds,
        docReadRounds: reads.rounds,
        hubReads: hubReadsOf(reports),
        hubReadsOneClass: hubReadsOf(oneClass.reports),
        tableCalls: table.calls,
        tableExecutions: table.executions,
        tableRows: table.rows,
      },
    };
  };
};

/** The plan saved (and told) first, untimed; then 28 swaps tell the same 56 students two at a time. */
const twoAtATime: Side = async () => {
  const hub = cycleHub(CLASSES);
  const saved = call(hub, "saveClassroomCycle", ROUND, formFor(CLASSES)) as Told;
  return async () => {
    const from = hub.ws.history.length;
    let told = 0;
    for (const classId of CLASSES) {
      const ofClass = saved.conferences.filter((c) => c.classId === classId);
      for (let i = 0; i + 1 < ofClass.length; i += 2) {
        const [a, b] = [ofClass[i]!.studentId, ofClass[i + 1]!.studentId];
        told += (call(hub, "swapClassroomStudents", ROUND, a, b) as Told).told;
      }
    }
    return { reports: hub.ws.history.slice(from), facts: { told } };
  };
};

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const confer = (name: string) => (s: { optimized: Measurement }) => fact(name)(s.optimized);

export const CLASSROOM_CYCLE_SCENARIO: Scenario = {
  name: `planning and telling a classroom cycle of ${STUDENTS} students`,
  about: `One teacher's two classes of ${PER_CLASS}, their docs made: saveClassroomCycle proposes, saves and tells every student their day, time and objective (the doc's Conference line and a Calendar event) in one fetchAll; Calendar inserts its per-calendar write limit refuses (403 rateLimitExceeded) are sent again after exponential backoff, in rounds of their own. Then the first day's conference table opens. Rounds are counted from the emulator's execution report (each fetchAll's requests, each marked first sent or resent); hub reads are compared with Save and tell for one class of ${PER_CLASS} on a hub of its own. The baseline takes the same cycle once saved and swaps its students two at a time (28 swaps), each swap re-telling its two.`,
  budget: [
    exactly("students told on Save and tell", STUDENTS, confer("told")),
    exactly(
      "fetchAll rounds first sending Calendar requests",
      1,
      confer("calendarFirstSendRounds"),
    ),
    exactly("Calendar requests first sent (one event each)", STUDENTS, confer("calendarFirstSent")),
    atMost(
      `Calendar requests resent after a 403 rateLimitExceeded (≤ ${MAX_RESENDS} each)`,
      MAX_RESENDS * STUDENTS,
      confer("calendarResent"),
    ),
    exactly(
      "Calendar refusals not followed by a resend",
      0,
      (s) => confer("calendarRefused")(s) - confer("calendarResent")(s),
    ),
    atMost(
      "fetchAll rounds carrying Calendar requests (1 + backoff resends)",
      1 + MAX_RESENDS,
      confer("calendarRounds"),
    ),
    exactly(
      "Conference lines written",
      STUDENTS,
      (s) => s.optimized.counts["Docs.documents.batchUpdate"] ?? 0,
    ),
    exactly(
      "doc-line rounds, less fallback rounds for docs without a kept range ID",
      1,
      (s) => confer("docLineRounds")(s) - confer("docReadRounds")(s),
    ),
    exactly(
      "docs read to tell (every range ID kept)",
      0,
      (s) => s.optimized.counts["Docs.documents.get"] ?? 0,
    ),
    atMost("hub reads (Range.getValues)", 12, confer("hubReads")),
    exactly(
      `hub reads, ${STUDENTS} students − ${PER_CLASS} students`,
      0,
      (s) => confer("hubReads")(s) - confer("hubReadsOneClass")(s),
    ),
    atMost("executions", 2, (s) => s.optimized.executions),
    exactly("page calls to open the first day's table", 1, confer("tableCalls")),
    atMost(
      "executions to open it (the call and its hop to the hub owner's web app)",
      2,
      confer("tableExecutions"),
    ),
    exactly("first day's table rows", 10, confer("tableRows")),
    exactly("students told by the swaps", STUDENTS, (s) => s.baseline.facts.told ?? Number.NaN),
    atMost(
      "modelled s, Confer's way ÷ baseline's",
      1,
      (s) => 1 / ratioOf((m) => m.modelledSeconds)(s),
    ),
  ],
  optimized: saveAndTell,
  baseline: twoAtATime,
};
