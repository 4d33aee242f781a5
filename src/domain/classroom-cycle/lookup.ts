/*
 * Finding a student's conference in the cycle and writing a schedule with some assignments
 * replaced, kept in the order of their places.
 */
import { ClassroomRefusedError } from "./errors";
import type { Assignment, CycleSchedule, Place } from "./model";
import { byPlace } from "./places";

export const placeOf = (a: Place): Place => ({ day: a.day, start: a.start, end: a.end });

export const samePlace = (a: Place, b: Place) =>
  a.day === b.day && a.start === b.start && a.end === b.end;

export const shownPlace = (a: Place) => `${a.day} at ${a.start}`;

/** The student's conference of the cycle (not an extra one), refused when there is none. */
export function cycleAssignmentOf(schedule: CycleSchedule, studentId: string): Assignment {
  const found = schedule.assignments.find((a) => a.studentId === studentId && !a.extra);
  if (found) return found;
  const unplaced = schedule.unplaced.find((u) => u.studentId === studentId);
  throw new ClassroomRefusedError(
    unplaced
      ? `${unplaced.studentName} has no conference in the schedule yet (${unplaced.reason}).`
      : `Student ${studentId} is not in this cycle.`,
  );
}

export function refuseHeld(assignment: Assignment, outcome: string): void {
  if (assignment.status !== "held") return;
  throw new ClassroomRefusedError(
    `${assignment.studentName}'s conference on ${shownPlace(assignment)} was held, so ${outcome}.`,
  );
}

export function withAssignments(
  schedule: CycleSchedule,
  removed: readonly Assignment[],
  added: readonly Assignment[],
): CycleSchedule {
  const kept = schedule.assignments.filter((a) => !removed.includes(a));
  return { ...schedule, assignments: [...kept, ...added].sort(byPlace) };
}
