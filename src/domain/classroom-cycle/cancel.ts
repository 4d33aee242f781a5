/*
 * Cancelling a day (a fire drill, an assembly), one student's conference, or the rest of the
 * cycle. Held conferences stay; everyone else affected is rescheduled into the next free places
 * or listed unplaced, and each change returns the notices to send.
 */
import { isRealDate } from "../settings/settings";
import { ClassroomRefusedError } from "./errors";
import { cycleAssignmentOf, refuseHeld } from "./lookup";
import type { CycleChange, CycleSchedule, Day, Moment } from "./model";
import { MAX_CYCLE_DAYS } from "./model";
import { reschedule } from "./reschedule";

export function cancelDay(schedule: CycleSchedule, day: Day, now: Moment): CycleChange {
  const refuse = (reason: string): never => {
    throw new ClassroomRefusedError(`${day} ${reason}, so nothing was cancelled.`);
  };
  if (!schedule.plan.days.includes(day)) refuse("is not one of the cycle's days");
  if (schedule.cancelledDays.includes(day)) refuse("is already cancelled");
  if (day < now.day) refuse(`is past (today is ${now.day})`);
  const affected = schedule.assignments.filter((a) => a.day === day && a.status !== "held");
  const cancelled = { ...schedule, cancelledDays: [...schedule.cancelledDays, day].sort() };
  return reschedule(cancelled, affected, { now });
}

/** Drops one student's conference and puts them in the next free place on another day. */
export function cancelStudent(
  schedule: CycleSchedule,
  studentId: string,
  now: Moment,
): CycleChange {
  const current = cycleAssignmentOf(schedule, studentId);
  refuseHeld(current, "it was not cancelled");
  return reschedule(schedule, [current], {
    now,
    allowed: (_, day) => day !== current.day,
  });
}

export interface CycleCancelling {
  /** The first day cancelled; today when not given. */
  readonly from?: Day;
  /** New days for the students affected; without them they are left unplaced. */
  readonly replacementDays?: readonly Day[];
}

function checkReplacements(schedule: CycleSchedule, days: readonly Day[], from: Day, now: Moment) {
  const seen = new Set<Day>();
  for (const day of days) {
    const refuse = (reason: string): never => {
      throw new ClassroomRefusedError(
        `Replacement day “${day}” ${reason}, so nothing was cancelled.`,
      );
    };
    if (!isRealDate(day)) refuse("is not a real date (YYYY-MM-DD)");
    if (day <= now.day) refuse(`is not after today (${now.day})`);
    if (seen.has(day)) refuse("is given twice");
    if (schedule.plan.days.includes(day) && day < from)
      refuse("is already one of the cycle's days");
    if (schedule.cancelledDays.includes(day)) refuse("was cancelled");
    seen.add(day);
  }
  const kept = schedule.plan.days.filter((d) => d < from).length;
  if (kept + seen.size > MAX_CYCLE_DAYS) {
    throw new ClassroomRefusedError(
      `The cycle would have ${kept + seen.size} days; a cycle has at most ${MAX_CYCLE_DAYS}, so nothing was cancelled.`,
    );
  }
}

/**
 * Cancels every conference not yet held from a day on; given replacement days, the students
 * affected are rescheduled into them, otherwise they are left unplaced until the teacher plans.
 */
export function cancelCycle(
  schedule: CycleSchedule,
  now: Moment,
  options: CycleCancelling = {},
): CycleChange {
  const from = options.from ?? now.day;
  if (!isRealDate(from) || from < now.day) {
    throw new ClassroomRefusedError(
      `From “${from}” is not today or a later day (today is ${now.day}), so nothing was cancelled.`,
    );
  }
  const replacements = options.replacementDays ?? [];
  checkReplacements(schedule, replacements, from, now);
  const gone = schedule.plan.days.filter((d) => d >= from && !replacements.includes(d));
  const cancelled: CycleSchedule = {
    ...schedule,
    plan: { ...schedule.plan, days: [...new Set([...schedule.plan.days, ...replacements])].sort() },
    cancelledDays: [...new Set([...schedule.cancelledDays, ...gone])].sort(),
  };
  const affected = schedule.assignments.filter((a) => a.day >= from && a.status !== "held");
  if (replacements.length === 0) {
    return reschedule(cancelled, affected, {
      now,
      withoutPlaces: `the cycle was cancelled from ${from}`,
    });
  }
  return reschedule(cancelled, affected, {
    now,
    allowed: (_, day) => replacements.includes(day),
    full: (classId) =>
      `the replacement days (${[...replacements].sort().join(", ")}) are full for ${classId}`,
  });
}
