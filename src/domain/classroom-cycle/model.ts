/*
 * The classroom cycle: a teacher's plan of days and class periods, the students to reach, and the
 * schedule of 1:1 conferences that the planning and every change work on.
 */

/** A local date, YYYY-MM-DD. */
export type Day = string;
/** A local clock time, HH:MM. */
export type Clock = string;

export const CONFERENCE_MINUTES = [5, 10] as const;
export type ConferenceMinutes = (typeof CONFERENCE_MINUTES)[number];
export const MAX_PER_DAY = 15;
export const MAX_CYCLE_DAYS = 60;

export interface ClassPeriod {
  readonly classId: string;
  readonly start: Clock;
  readonly end: Clock;
}

export interface CyclePlan {
  readonly days: readonly Day[];
  readonly periods: readonly ClassPeriod[];
  readonly perDay: number;
  readonly minutes: ConferenceMinutes;
}

export interface CycleStudent {
  readonly id: string;
  readonly name: string;
  readonly classId: string;
  readonly askedForHelp: boolean;
  /** The stable order within a class, such as the family name. */
  readonly order: string;
  readonly objective?: string;
}

export interface Place {
  readonly day: Day;
  readonly start: Clock;
  readonly end: Clock;
}

export interface Assignment extends Place {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly status: "planned" | "held";
  /** An extra conference the student asked for, beside their one in the cycle. */
  readonly extra: boolean;
  readonly objective?: string;
}

export interface Unplaced {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly reason: string;
}

export interface CycleSchedule {
  readonly plan: CyclePlan;
  readonly assignments: readonly Assignment[];
  readonly unplaced: readonly Unplaced[];
  readonly cancelledDays: readonly Day[];
}

/** What the caller tells one student: their old place and the new one, or none yet. */
export interface CycleNotice {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly before: Place | "not yet scheduled";
  readonly after: Place | "cancelled, not yet rescheduled";
}

export interface CycleChange {
  readonly schedule: CycleSchedule;
  readonly notices: readonly CycleNotice[];
}

/** The moment a change is made: rescheduled students are never placed before it. */
export interface Moment {
  readonly day: Day;
  readonly time: Clock;
}
