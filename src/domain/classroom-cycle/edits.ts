/*
 * The teacher's edits to a proposed cycle: swapping two students of a class, moving one to a
 * free place (or placing one who had none), and marking a conference held. Held conferences are
 * never moved, and each change names the students to tell.
 */
import { ClassroomRefusedError } from "./errors";
import { cycleAssignmentOf, placeOf, refuseHeld, samePlace, withAssignments } from "./lookup";
import type { Assignment, CycleChange, CycleSchedule, Day, Moment } from "./model";
import { checkPlace } from "./places";

const notice = (from: Assignment, to: Assignment) => ({
  studentId: from.studentId,
  studentName: from.studentName,
  classId: from.classId,
  before: placeOf(from),
  after: placeOf(to),
});

export function swapStudents(schedule: CycleSchedule, a: string, b: string): CycleChange {
  const first = cycleAssignmentOf(schedule, a);
  const second = cycleAssignmentOf(schedule, b);
  const outcome = `${first.studentName} and ${second.studentName} were not swapped`;
  if (first === second) {
    throw new ClassroomRefusedError(`${first.studentName} cannot be swapped with themselves.`);
  }
  refuseHeld(first, outcome);
  refuseHeld(second, outcome);
  if (first.classId !== second.classId) {
    throw new ClassroomRefusedError(
      `${first.studentName} is in ${first.classId} and ${second.studentName} in ${second.classId}, so ${outcome}; move each instead.`,
    );
  }
  const movedFirst = { ...first, ...placeOf(second) };
  const movedSecond = { ...second, ...placeOf(first) };
  return {
    schedule: withAssignments(schedule, [first, second], [movedFirst, movedSecond]),
    notices: [notice(first, movedFirst), notice(second, movedSecond)],
  };
}

/**
 * Moves a student's conference to a day of the cycle, at `time` or the day's earliest free time;
 * a student the plan could not place is placed there.
 */
export function moveStudent(
  schedule: CycleSchedule,
  studentId: string,
  day: Day,
  time?: string,
  now?: Moment,
): CycleChange {
  const unplaced = schedule.unplaced.find((u) => u.studentId === studentId);
  if (unplaced) {
    const outcome = `${unplaced.studentName} was not placed`;
    const place = checkPlace(schedule, unplaced, { day, time, now }, outcome);
    const { reason: _reason, ...student } = unplaced;
    const placed: Assignment = { ...student, ...place, status: "planned", extra: false };
    return {
      schedule: {
        ...withAssignments(schedule, [], [placed]),
        unplaced: schedule.unplaced.filter((u) => u !== unplaced),
      },
      notices: [{ ...student, before: "not yet scheduled", after: place }],
    };
  }
  const current = cycleAssignmentOf(schedule, studentId);
  const outcome = `${current.studentName} was not moved`;
  refuseHeld(current, outcome);
  const place = checkPlace(schedule, current, { day, time, now }, outcome, current);
  if (samePlace(place, current)) return { schedule, notices: [] };
  const moved = { ...current, ...place };
  return {
    schedule: withAssignments(schedule, [current], [moved]),
    notices: [notice(current, moved)],
  };
}

/** Marks the student's conference on `day` held; marking it again changes nothing. */
export function markHeld(schedule: CycleSchedule, studentId: string, day: Day): CycleSchedule {
  const found = schedule.assignments.find((a) => a.studentId === studentId && a.day === day);
  if (!found) {
    const name = schedule.assignments.find((a) => a.studentId === studentId)?.studentName;
    throw new ClassroomRefusedError(
      `${name ?? `Student ${studentId}`} has no conference on ${day} to mark held.`,
    );
  }
  if (found.status === "held") return schedule;
  return withAssignments(schedule, [found], [{ ...found, status: "held" }]);
}
