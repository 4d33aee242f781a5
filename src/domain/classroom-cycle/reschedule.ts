/*
 * Rescheduling the students a cancellation takes out: in the order of their old places, each
 * goes to the earliest free place on an open day after today; one who finds none is unplaced,
 * with why. Every student affected gets a notice of the old time and the new one, or none yet.
 */
import { placeOf, withAssignments } from "./lookup";
import type {
  Assignment,
  CycleChange,
  CycleNotice,
  CycleSchedule,
  Day,
  Moment,
  Unplaced,
} from "./model";
import { byPlace, nextFreePlace } from "./places";

export interface Rescheduling {
  readonly now: Moment;
  /** Whether a student may go to a day; by default any open day after today. */
  readonly allowed?: (assignment: Assignment, day: Day) => boolean;
  /** Why a student is left unplaced when no place is looked for at all. */
  readonly withoutPlaces?: string;
  /** Why a student of a class is left unplaced when the days allowed are full. */
  readonly full?: (classId: string) => string;
}

export function reschedule(
  schedule: CycleSchedule,
  affected: readonly Assignment[],
  how: Rescheduling,
): CycleChange {
  let next = withAssignments(schedule, affected, []);
  const unplaced: Unplaced[] = [];
  const notices: CycleNotice[] = [];
  for (const old of [...affected].sort(byPlace)) {
    const { studentId, studentName, classId } = old;
    const place =
      how.withoutPlaces === undefined
        ? nextFreePlace(next, classId, how.now, (day) => how.allowed?.(old, day) ?? true)
        : undefined;
    if (place) {
      next = withAssignments(next, [], [{ ...old, ...place }]);
      notices.push({ studentId, studentName, classId, before: placeOf(old), after: place });
      continue;
    }
    const reason =
      how.withoutPlaces ??
      how.full?.(classId) ??
      `no free place is left in ${classId}'s period on the cycle's days after ${how.now.day}`;
    if (!old.extra) unplaced.push({ studentId, studentName, classId, reason });
    notices.push({
      studentId,
      studentName,
      classId,
      before: placeOf(old),
      after: "cancelled, not yet rescheduled",
    });
  }
  return { schedule: { ...next, unplaced: [...next.unplaced, ...unplaced] }, notices };
}
