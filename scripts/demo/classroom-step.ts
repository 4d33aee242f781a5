/*
 * The demo's classroom cycle, in the spring: the first teacher with two classes opens a
 * classroom round for them from Confer ▸ Classroom conferences…, creates its docs, and plans the
 * cycle in Confer ▸ Classroom cycle… (two weeks of weekdays, five 10-minute conferences a day in
 * each class's period); Save and tell writes each student's Conference line and Calendar event.
 * On the first day the teacher opens the day's table, writes a note and a plan line, and ticks
 * the first conference held.
 */
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";

interface ClassroomView {
  readonly today: string;
  readonly classes: readonly { id: string; label: string; students: number }[];
}

interface CycleView {
  readonly ok?: boolean;
  readonly problems: readonly string[];
  readonly conferences: readonly { studentId: string; day: string; told: boolean }[];
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday at least a week after `day`. */
function mondayAfter(day: string): string {
  let next = addDays(day, 7);
  while (new Date(`${next}T12:00:00Z`).getUTCDay() !== 1) next = addDays(next, 1);
  return next;
}

export function teacherRunsClassroomCycle(context: DemoContext, step: StepRecorder): void {
  const hubId = context.hubId!;
  const call = (fn: string, as: string, ...args: unknown[]) =>
    step.run({ fn, args, as, kind: "sidebar", containerId: hubId }).value;
  const teachers = context.roster.staff.filter((s) => s.roles.includes("teacher"));
  let found: { email: string; view: ClassroomView } | undefined;
  for (const teacher of teachers) {
    const view = call("getClassroomConferences", teacher.email) as ClassroomView;
    if (view.classes.length > (found?.view.classes.length ?? 0)) {
      found = { email: teacher.email, view };
    }
    if (view.classes.length >= 2) break;
  }
  if (!found) {
    context.notRun = [
      ...(context.notRun ?? []),
      "the classroom cycle (no teacher in the roster teaches a class)",
    ];
    return;
  }
  const { email, view } = found;
  const classes = view.classes.slice(0, 2);
  const start = mondayAfter(view.today);
  const round = `${classes.map((c) => c.label).join(" and ")} · spring 1:1s`;
  call("openClassroomRound", email, {
    name: round,
    preparationFrom: view.today,
    preparationTo: addDays(start, -1),
    conferenceFrom: start,
    conferenceTo: addDays(start, 25),
    classIds: classes.map((c) => c.id),
  });
  let docs = 0;
  for (let run = 0; run < 10; run++) {
    const progress = call("createClassroomDocs", email, round) as {
      created: number;
      remaining: number;
    };
    docs += progress.created;
    if (progress.remaining === 0) break;
  }
  const form = {
    from: start,
    to: addDays(start, 11),
    weekdays: [1, 2, 3, 4, 5],
    periods: classes.map((c, i) => ({
      classId: c.id,
      start: `${String(9 + 2 * i).padStart(2, "0")}:00`,
      end: `${String(9 + 2 * i).padStart(2, "0")}:50`,
    })),
    perDay: 5,
    minutes: 10,
    objective: "the goal you set this term",
  };
  let cycle = call("saveClassroomCycle", email, round, form) as CycleView;
  for (let again = 0; again < 5 && !cycle.conferences.every((c) => c.told); again++) {
    cycle = call("saveClassroomCycle", email, round, form) as CycleView;
  }
  if (cycle.ok === false || !cycle.conferences.every((c) => c.told)) {
    throw new Error(`The classroom cycle was not told: ${cycle.problems.join(" ")}`);
  }
  const table = call("getConferenceTable", email, round, start) as {
    rows: { studentId: string }[];
  };
  const first = table.rows[0];
  if (first) {
    call(
      "saveConferenceNote",
      email,
      round,
      first.studentId,
      start,
      "Brought the draft; stuck on the conclusion.",
    );
    call(
      "writeClassroomPlanLine",
      email,
      round,
      first.studentId,
      start,
      "Rewrite the conclusion by Friday.",
    );
    call("markClassroomHeld", email, round, first.studentId, start);
  }
  context.classroom = { teacher: email, round, docs, told: cycle.conferences.length };
}
