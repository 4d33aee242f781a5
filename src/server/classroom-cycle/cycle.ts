/*
 * Planning a classroom cycle and changing it, as the hub owner for the round's host teacher: the
 * proposal (not saved), Save and tell, swapping and moving students, and cancelling a day, one
 * student or the rest of the cycle. Each change tells only the students whose place it changed.
 */
import { cancelCycle, cancelDay, cancelStudent } from "../../domain/classroom-cycle/cancel";
import type { StoredCycle } from "../../domain/classroom-cycle/cycle-rows";
import { moveStudent, swapStudents } from "../../domain/classroom-cycle/edits";
import { ClassroomRefusedError } from "../../domain/classroom-cycle/errors";
import type { CycleSchedule, Moment } from "../../domain/classroom-cycle/model";
import { describePlanProblem, parsePlanForm } from "../../domain/classroom-cycle/plan-form";
import { proposeCycle } from "../../domain/classroom-cycle/propose";
import { type CycleCaller, cycleCaller } from "./access";
import { type ChangeDone, changeCycle, loadCycle, nowOf, savedCycleOf } from "./change";
import { classSizesOf, cycleStudentsOf, marksOf, objectiveProblems } from "./students";
import { type CycleView, cycleViewOf } from "./view";

export type CycleEdit =
  | { readonly swap: readonly [string, string] }
  | { readonly move: { readonly studentId: string; readonly day: string; readonly time?: string } };

export type PlanResult =
  | ({ readonly ok: true } & CycleView)
  | { readonly ok: false; readonly problems: readonly string[] };

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export function parseEdits(edits: unknown): CycleEdit[] {
  if (!Array.isArray(edits)) return [];
  return edits.flatMap((edit): CycleEdit[] => {
    const e = (edit ?? {}) as Record<string, unknown>;
    if (Array.isArray(e.swap) && e.swap.length === 2)
      return [{ swap: [str(e.swap[0]), str(e.swap[1])] }];
    const move = (e.move ?? undefined) as Record<string, unknown> | undefined;
    if (move && typeof move === "object")
      return [
        {
          move: {
            studentId: str(move.studentId),
            day: str(move.day),
            ...(str(move.time) ? { time: str(move.time) } : {}),
          },
        },
      ];
    return [];
  });
}

function applyEdits(schedule: CycleSchedule, edits: readonly CycleEdit[], now: Moment) {
  let next = schedule;
  for (const edit of edits) {
    next =
      "swap" in edit
        ? swapStudents(next, edit.swap[0], edit.swap[1]).schedule
        : moveStudent(next, edit.move.studentId, edit.move.day, edit.move.time, now).schedule;
  }
  return next;
}

function proposal(caller: CycleCaller, form: unknown, stored: StoredCycle | undefined) {
  const { context, round } = caller;
  const asked = new Set(
    (stored?.requests ?? []).filter((r) => r.state === "open").map((r) => r.studentId),
  );
  const marks = marksOf(form);
  const tooLong = objectiveProblems(marks);
  if (tooLong.length > 0) return { problems: tooLong };
  const students = cycleStudentsOf(context.roster, round, marks, asked);
  const now = nowOf(context.settings.timeZone);
  const reading = parsePlanForm(form, classSizesOf(students, round), now.day);
  if (!reading.ok) return { problems: reading.problems.map(describePlanProblem) };
  const edits = parseEdits((form as { edits?: unknown } | null)?.edits);
  return { schedule: applyEdits(proposeCycle(reading.plan, students), edits, now) };
}

export function proposeClassroomCycleFor(caller: string, round: string, form: unknown): PlanResult {
  const cc = cycleCaller(caller, round, "change");
  const stored = loadCycle(cc);
  const made = proposal(cc, form, stored);
  if (!made.schedule) return { ok: false, problems: made.problems };
  return { ok: true, ...cycleViewOf(cc.round.name, made.schedule, undefined) };
}

function viewOfDone(cc: CycleCaller, done: ChangeDone): CycleView {
  return cycleViewOf(cc.round.name, done.stored.schedule, done.stored, done);
}

function refuseReplanning(stored: StoredCycle | undefined) {
  const held = stored?.schedule.assignments.filter((a) => a.status === "held") ?? [];
  if (held.length === 0) return;
  const names = held.map((a) => a.studentName).join(", ");
  throw new ClassroomRefusedError(
    `The cycle already has held conferences (${names}), so it was not planned again; move or cancel students instead.`,
  );
}

/** Saves the proposal for the form (with the teacher's edits) and tells each student. */
export function saveClassroomCycleFor(
  caller: string,
  round: string,
  form: unknown,
  edits?: unknown,
): PlanResult {
  const cc = cycleCaller(caller, round, "change");
  const withEdits = { ...((form ?? {}) as object), ...(edits ? { edits } : {}) };
  const check = proposal(cc, withEdits, loadCycle(cc));
  if (!check.schedule) return { ok: false, problems: check.problems };
  const done = changeCycle(cc, (stored) => {
    refuseReplanning(stored);
    const made = proposal(cc, withEdits, stored);
    if (!made.schedule) throw new ClassroomRefusedError(made.problems.join(" "));
    return {
      round: cc.round.name,
      schedule: made.schedule,
      keep: stored?.keep ?? new Map(),
      requests: stored?.requests ?? [],
      savedAt: new Date().toISOString(),
      savedBy: cc.person.email,
    };
  });
  return { ok: true, ...viewOfDone(cc, done) };
}

export function classroomCycleFor(caller: string, round: string): CycleView {
  const cc = cycleCaller(caller, round, "read");
  const stored = savedCycleOf(loadCycle(cc), cc.round.name);
  return cycleViewOf(cc.round.name, stored.schedule, stored);
}

/** A change of the saved schedule, told to the students it moves. */
export function changeScheduleFor(
  caller: string,
  round: string,
  change: (schedule: CycleSchedule, now: Moment) => CycleSchedule,
): CycleView {
  const cc = cycleCaller(caller, round, "change");
  const now = nowOf(cc.context.settings.timeZone);
  const done = changeCycle(cc, (stored) => {
    const saved = savedCycleOf(stored, cc.round.name);
    return { ...saved, schedule: change(saved.schedule, now) };
  });
  return viewOfDone(cc, done);
}

export const swapClassroomStudentsFor = (caller: string, round: string, a: string, b: string) =>
  changeScheduleFor(caller, round, (s) => swapStudents(s, a, b).schedule);

export const moveClassroomStudentFor = (
  caller: string,
  round: string,
  move: { studentId: string; day: string; time?: string },
) =>
  changeScheduleFor(
    caller,
    round,
    (s, now) => moveStudent(s, move.studentId, move.day, move.time, now).schedule,
  );

export const cancelClassroomDayFor = (caller: string, round: string, day: string) =>
  changeScheduleFor(caller, round, (s, now) => cancelDay(s, day, now).schedule);

export const cancelClassroomStudentFor = (caller: string, round: string, studentId: string) =>
  changeScheduleFor(caller, round, (s, now) => cancelStudent(s, studentId, now).schedule);

export const cancelClassroomCycleFor = (
  caller: string,
  round: string,
  options: { from?: string; replacementDays?: string[] },
) => changeScheduleFor(caller, round, (s, now) => cancelCycle(s, now, options).schedule);
