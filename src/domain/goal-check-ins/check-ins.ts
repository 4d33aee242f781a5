/*
 * A goal check-in, one per conference doc, as the Check-ins tab keeps it: the goal's date, where
 * the check-in stands (upcoming, due, or as the advisor marked it) and what Confer has done for it
 * (the line in the doc, the reminder drafted). Refreshing from a doc's goal, marking and noting a
 * draft each give back the row changed, so writing them again changes nothing.
 */

import { goalDateCell } from "./goal-date";
import type { DocGoal } from "./goal-text";

export const CHECK_IN_MARKS = ["on track", "needs help", "met"] as const;
export type CheckInMark = (typeof CHECK_IN_MARKS)[number];

export const CHECK_IN_STATES = ["no date", "upcoming", "due", ...CHECK_IN_MARKS] as const;
export type CheckInState = (typeof CHECK_IN_STATES)[number];

export interface CheckIn {
  readonly docId: string;
  readonly studentId: string;
  readonly studentName: string;
  readonly advisorEmail: string;
  readonly round: string;
  /** YYYY-MM-DD, or "no date found" with why. */
  readonly goalDate: string;
  readonly conferenceDay: string;
  readonly state: CheckInState;
  readonly markedBy: string;
  readonly markedAt: string;
  /** When the Check-in line was written in the doc; the goal date is kept from then on. */
  readonly lineWritten: string;
  readonly reminderDraftedAt: string;
  readonly reminderDraftId: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function hasDate(checkIn: Pick<CheckIn, "goalDate">): boolean {
  return ISO_DAY.test(checkIn.goalDate);
}

export function isMark(value: unknown): value is CheckInMark {
  return (CHECK_IN_MARKS as readonly unknown[]).includes(value);
}

/** The state a check-in is in today when the advisor has not marked it. */
function unmarkedState(goalDate: string, today: string): CheckInState {
  if (!ISO_DAY.test(goalDate)) return "no date";
  return goalDate <= today ? "due" : "upcoming";
}

export function stateToday(checkIn: CheckIn, today: string): CheckInState {
  return isMark(checkIn.state) ? checkIn.state : unmarkedState(checkIn.goalDate, today);
}

export interface DocOfCheckIn {
  readonly docId: string;
  readonly studentId: string;
  readonly studentName: string;
  readonly advisorEmail: string;
  readonly round: string;
}

/**
 * The check-in after reading the doc's goal today; undefined while the student has written no
 * goal and there is no check-in yet. Once the line is written its date stays.
 */
export function refreshedCheckIn(
  existing: CheckIn | undefined,
  doc: DocOfCheckIn,
  goal: DocGoal,
  today: string,
): CheckIn | undefined {
  if (!existing && !goal.written) return undefined;
  const fixed = existing !== undefined && existing.lineWritten !== "";
  const base: CheckIn = existing ?? {
    ...doc,
    goalDate: "",
    conferenceDay: "",
    state: "no date",
    markedBy: "",
    markedAt: "",
    lineWritten: "",
    reminderDraftedAt: "",
    reminderDraftId: "",
  };
  const goalDate = fixed ? base.goalDate : goalDateCell(goal.date);
  const conferenceDay = fixed ? base.conferenceDay : goal.conferenceDay;
  const next = { ...base, ...doc, goalDate, conferenceDay };
  return { ...next, state: stateToday(next, today) };
}

/** Check-ins whose day has come and whose line is not in the doc yet. */
export function linesDue(checkIns: readonly CheckIn[], today: string): CheckIn[] {
  return checkIns.filter((c) => hasDate(c) && c.goalDate <= today && c.lineWritten === "");
}

export function markedCheckIn(
  checkIn: CheckIn,
  mark: CheckInMark,
  by: string,
  at: string,
): CheckIn {
  if (checkIn.state === mark) return checkIn;
  return { ...checkIn, state: mark, markedBy: by, markedAt: at };
}

const ORDER: Readonly<Record<CheckInState, number>> = {
  due: 0,
  "needs help": 1,
  upcoming: 2,
  "on track": 3,
  met: 4,
  "no date": 5,
};

/** Due first, then those needing help, then the rest; each by goal date, then by name. */
export function sortedForAdvisor(checkIns: readonly CheckIn[], today: string): CheckIn[] {
  return [...checkIns].sort(
    (a, b) =>
      ORDER[stateToday(a, today)] - ORDER[stateToday(b, today)] ||
      a.goalDate.localeCompare(b.goalDate) ||
      a.studentName.localeCompare(b.studentName),
  );
}

export function checkInToRow(c: CheckIn): string[] {
  return [
    c.docId,
    c.studentId,
    c.studentName,
    c.advisorEmail,
    c.round,
    c.goalDate,
    c.conferenceDay,
    c.state,
    c.markedBy,
    c.markedAt,
    c.lineWritten,
    c.reminderDraftedAt,
    c.reminderDraftId,
  ];
}

export function checkInFromRow(row: readonly unknown[]): CheckIn | undefined {
  const text = (i: number) => String(row[i] ?? "").trim();
  if (text(0) === "") return undefined;
  const state = text(7) as CheckInState;
  return {
    docId: text(0),
    studentId: text(1),
    studentName: text(2),
    advisorEmail: text(3).toLowerCase(),
    round: text(4),
    goalDate: text(5),
    conferenceDay: text(6),
    state: (CHECK_IN_STATES as readonly string[]).includes(state) ? state : "no date",
    markedBy: text(8),
    markedAt: text(9),
    lineWritten: text(10),
    reminderDraftedAt: text(11),
    reminderDraftId: text(12),
  };
}

/** Each check-in by its doc; a row repeated (pasted twice by hand) counts once, the first. */
export function checkInsByDoc(rows: readonly (readonly unknown[])[]): Map<string, CheckIn> {
  const byDoc = new Map<string, CheckIn>();
  for (const row of rows) {
    const checkIn = checkInFromRow(row);
    if (checkIn && !byDoc.has(checkIn.docId)) byDoc.set(checkIn.docId, checkIn);
  }
  return byDoc;
}

/**
 * A check-in worked out from a doc, laid over the tab's row as it stands now (read again under
 * the lock): the advisor's mark and the reminder recorded meanwhile are kept.
 */
export function overTabRow(current: CheckIn | undefined, worked: CheckIn, today: string): CheckIn {
  if (!current) return worked;
  const merged: CheckIn = {
    ...worked,
    state: current.state,
    markedBy: current.markedBy,
    markedAt: current.markedAt,
    lineWritten: worked.lineWritten || current.lineWritten,
    reminderDraftedAt: current.reminderDraftedAt,
    reminderDraftId: current.reminderDraftId,
  };
  return { ...merged, state: stateToday(merged, today) };
}
