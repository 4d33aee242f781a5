/*
 * Planning and telling a classroom cycle of 56 students (one teacher, two classes of 28) on the
 * built bundle: Save and tell saves the plan and tells every student (their doc's Conference line
 * and a Calendar event) in one round of requests, with a constant number of hub reads. The
 * baseline tells the same 56 students two at a time, by 28 swaps of a saved cycle.
 */
import { run } from "../../emulator";
import { type DemoHub, demoHub, runIn } from "../../test/integration/harness";
import { toConferCsv } from "../demo-school";
import { atMost, exactly, ratioOf } from "./budget";
import type { Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";

const ROUND = "Math · Q2 conferences";
const TEACHER = "jun.bianchi@school.test";
const CLASSES = ["MATH-6A", "MATH-6B"];
const STUDENTS = 56;
const FORM = {
  from: "2026-11-30",
  to: "2026-12-11",
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { classId: CLASSES[0], start: "09:00", end: "09:50" },
    { classId: CLASSES[1], start: "10:00", end: "10:50" },
  ],
  perDay: 5,
  minutes: 10,
};

interface Told {
  readonly told: number;
  readonly conferences: readonly { studentId: string; classId: string; day: string }[];
}

/** The demo school with the teacher's two classes made 28 each, the round open and its docs made. */
function cycleHub(): DemoHub {
  let clock = Date.UTC(2026, 10, 23, 14);
  const hub = demoHub(() => clock);
  const ids = hub.school.students.map((s) => s.id);
  const classes = hub.school.classes as unknown as { id: string; studentIds: string[] }[];
  classes.find((c) => c.id === CLASSES[0])!.studentIds = ids.slice(0, 28);
  classes.find((c) => c.id === CLASSES[1])!.studentIds = ids.slice(28, STUDENTS);
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
    classIds: CLASSES,
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

function timed(hub: DemoHub, work: () => number): Outcome {
  const from = hub.ws.history.length;
  const told = work();
  return { reports: hub.ws.history.slice(from), facts: { told } };
}

const call = (hub: DemoHub, fn: string, ...args: unknown[]) => {
  const result = run(hub.ws, { fn, args, as: TEACHER, containerId: hub.hubId, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value as Told;
};

const saveAndTell: Side = async () => {
  const hub = cycleHub();
  return async () => timed(hub, () => call(hub, "saveClassroomCycle", ROUND, FORM).told);
};

/** The plan saved (and told) first, untimed; then 28 swaps tell the same 56 students two at a time. */
const twoAtATime: Side = async () => {
  const hub = cycleHub();
  const saved = call(hub, "saveClassroomCycle", ROUND, FORM);
  return async () =>
    timed(hub, () => {
      let told = 0;
      for (const classId of CLASSES) {
        const ofClass = saved.conferences.filter((c) => c.classId === classId);
        for (let i = 0; i + 1 < ofClass.length; i += 2) {
          const [a, b] = [ofClass[i]!.studentId, ofClass[i + 1]!.studentId];
          told += call(hub, "swapClassroomStudents", ROUND, a, b).told;
        }
      }
      return told;
    });
};

const hubReads = (counts: Readonly<Record<string, number>>) => counts["Range.getValues"] ?? 0;

export const CLASSROOM_CYCLE_SCENARIO: Scenario = {
  name: `planning and telling a classroom cycle of ${STUDENTS} students`,
  about: `One teacher's two classes of 28, their docs made: saveClassroomCycle proposes, saves and tells every student their day, time and objective (the doc's Conference line and a Calendar event) in one round of requests. The baseline takes the same cycle once saved and swaps its students two at a time (28 swaps), each swap re-telling its two: the same 56 students told, a change at a time.`,
  budget: [
    exactly(
      "students told on Save and tell",
      STUDENTS,
      (s) => s.optimized.facts.told ?? Number.NaN,
    ),
    exactly(
      "Conference lines written",
      STUDENTS,
      (s) => s.optimized.counts["Docs.documents.batchUpdate"] ?? 0,
    ),
    exactly("docs read to tell", 0, (s) => s.optimized.counts["Docs.documents.get"] ?? 0),
    atMost("hub reads (Range.getValues)", 12, (s) => hubReads(s.optimized.counts)),
    atMost("executions", 2, (s) => s.optimized.executions),
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
