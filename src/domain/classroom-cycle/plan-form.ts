/*
 * Reading a teacher's plan for the cycle: its days (a list, or a range and weekdays), each class's
 * period, students a day and minutes each. Every bad field is named with its value and why, and a
 * plan whose days cannot reach every student says how many days are missing.
 */
import { isRealDate } from "../settings/settings";
import { clockOf, minutesOf, nextDay, weekdayOf } from "./clock";
import {
  type ClassPeriod,
  CONFERENCE_MINUTES,
  type ConferenceMinutes,
  type CyclePlan,
  type Day,
  MAX_CYCLE_DAYS,
  MAX_PER_DAY,
} from "./model";

export const PLAN_FORM_KEYS = [
  "days",
  "from",
  "to",
  "weekdays",
  "periods",
  "perDay",
  "minutes",
] as const;
export type PlanField = (typeof PLAN_FORM_KEYS)[number];
export type PlanForm = Partial<Record<PlanField, unknown>>;

const LABELS: Record<PlanField, string> = {
  days: "Conference days",
  from: "From",
  to: "To",
  weekdays: "Weekdays",
  periods: "Class period",
  perDay: "Students a day",
  minutes: "Minutes each",
};

const WEEKDAY_NAMES = ["", "Mon", "Tue", "Wed", "Thu", "Fri"];

export interface PlanProblem {
  readonly field: PlanField;
  readonly value: string;
  readonly reason: string;
}

export function describePlanProblem(problem: PlanProblem): string {
  const value = problem.value === "" ? "" : ` “${problem.value}”`;
  return `${LABELS[problem.field]}${value}: ${problem.reason}.`;
}

export type PlanReading =
  | { readonly ok: true; readonly plan: CyclePlan }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

type Add = (value: string, reason: string) => void;

const text = (value: unknown): string =>
  value === undefined || value === null ? "" : String(value).trim();

const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(text) : text(value).split(/[\s,;]+/)).filter((v) => v !== "");

function readDay(day: string, today: Day, add: Add): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) add(day, "is not a date (YYYY-MM-DD)");
  else if (!isRealDate(day)) add(day, "is not a real date");
  else if (day < today) add(day, `is in the past (today is ${today})`);
  else return true;
  return false;
}

function readDayList(values: string[], today: Day, add: Add): Day[] {
  const seen = new Set<Day>();
  for (const day of values) {
    if (!readDay(day, today, add)) continue;
    if (seen.has(day)) add(day, "is given twice");
    seen.add(day);
  }
  return [...seen].sort();
}

function readWeekdays(values: string[], add: Add): number[] | undefined {
  if (values.length === 0) {
    add("", "are required with a date range: numbers 1 (Mon) to 5 (Fri)");
    return undefined;
  }
  const bad = values.filter((v) => !/^[1-5]$/.test(v));
  for (const value of bad) add(value, "is not a school weekday: 1 (Mon) to 5 (Fri)");
  return bad.length > 0 ? undefined : [...new Set(values.map(Number))].sort();
}

function readRange(source: PlanForm, today: Day, adder: (f: PlanField) => Add): Day[] {
  const from = text(source.from);
  const to = text(source.to);
  let good = true;
  for (const [field, day] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (day === "") adder(field)("", "is required when no list of days is given");
    good = day !== "" && readDay(day, today, adder(field)) && good;
  }
  const weekdays = readWeekdays(listOf(source.weekdays), adder("weekdays"));
  if (!good || !weekdays) return [];
  if (to < from) {
    adder("to")(to, `is before From (${from})`);
    return [];
  }
  const days: Day[] = [];
  for (let day = from; day <= to && days.length <= MAX_CYCLE_DAYS; day = nextDay(day)) {
    if (weekdays.includes(weekdayOf(day))) days.push(day);
  }
  if (days.length === 0) {
    const names = weekdays.map((w) => WEEKDAY_NAMES[w]).join(", ");
    adder("weekdays")(weekdays.join(","), `no ${names} falls between ${from} and ${to}`);
  }
  return days;
}

function readPeriods(value: unknown, classIds: readonly string[], add: Add): ClassPeriod[] {
  const rows = Array.isArray(value) ? value : [];
  if (rows.length === 0 && classIds.length === 0) add("", "is required: one for each class");
  const periods: ClassPeriod[] = [];
  for (const row of rows) {
    const source = (row !== null && typeof row === "object" ? row : {}) as Record<string, unknown>;
    const classId = text(source.classId);
    const [start, end] = [text(source.start), text(source.end)];
    const shown = `${classId} ${start}–${end}`;
    const [from, to] = [minutesOf(start), minutesOf(end)];
    if (classId === "") add(shown, "names no class");
    else if (!classIds.includes(classId))
      add(shown, `${classId} is not one of this round's classes`);
    else if (periods.some((p) => p.classId === classId)) add(shown, `${classId} has two periods`);
    else if (from === undefined) add(shown, `start “${start}” is not a clock time (HH:MM)`);
    else if (to === undefined) add(shown, `end “${end}” is not a clock time (HH:MM)`);
    else if (to <= from) add(shown, "ends before it starts");
    else periods.push({ classId, start: clockOf(from), end: clockOf(to) });
  }
  const named = new Set(rows.map((row) => text((row as Record<string, unknown> | null)?.classId)));
  for (const classId of classIds) {
    if (!named.has(classId)) add(classId, `class ${classId} has no period`);
  }
  return periods;
}

function readCount(value: string, allowed: readonly number[], add: Add, hint: string) {
  if (value === "") add(value, `is required: ${hint}`);
  else if (!/^\d+$/.test(value) || !allowed.includes(Number(value))) add(value, `must be ${hint}`);
  else return Number(value);
  return undefined;
}

function periodProblems(
  periods: readonly ClassPeriod[],
  perDay: number,
  minutes: number,
  add: Add,
) {
  const need = perDay * minutes;
  for (const p of periods) {
    const length = (minutesOf(p.end) ?? 0) - (minutesOf(p.start) ?? 0);
    if (length < need) {
      add(
        `${p.classId} ${p.start}–${p.end}`,
        `is ${length} minutes; ${perDay} students of ${minutes} minutes need ${need}`,
      );
    }
  }
}

function reachProblem(days: number, sizes: Readonly<Record<string, number>>, perDay: number) {
  const [classId, size] = Object.entries(sizes).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0] ?? ["", 0];
  const needed = Math.ceil(size / perDay);
  if (needed <= days) return undefined;
  const missing = needed - days;
  return `give ${days} day${days === 1 ? "" : "s"}; ${size} students of ${classId} at ${perDay} a day need ${needed}, so ${missing} day${missing === 1 ? " is" : "s are"} missing`;
}

/**
 * A cycle's plan from the teacher's form; `classSizes` holds how many students each class of the
 * round has, and days before `today` are refused.
 */
export function parsePlanForm(
  form: unknown,
  classSizes: Readonly<Record<string, number>>,
  today: Day,
): PlanReading {
  const source = (form !== null && typeof form === "object" ? form : {}) as PlanForm;
  const problems: PlanProblem[] = [];
  const adder = (field: PlanField) => (value: string, reason: string) =>
    problems.push({ field, value, reason });

  const listed = listOf(source.days);
  const ranged = text(source.from) !== "" || text(source.to) !== "";
  let days: Day[] = [];
  if (listed.length > 0 && ranged) {
    adder("days")(listed.join(", "), "give either a list of days or a date range, not both");
  } else if (listed.length > 0) {
    days = readDayList(listed, today, adder("days"));
  } else {
    days = readRange(source, today, adder);
  }
  if (days.length > MAX_CYCLE_DAYS) {
    adder("days")(
      `${days[0]} … ${days[days.length - 1]}`,
      `gives more than ${MAX_CYCLE_DAYS} days; a cycle has at most ${MAX_CYCLE_DAYS}`,
    );
  }

  const periods = readPeriods(source.periods, Object.keys(classSizes).sort(), adder("periods"));
  const perDay = readCount(
    text(source.perDay),
    Array.from({ length: MAX_PER_DAY }, (_, i) => i + 1),
    adder("perDay"),
    `a whole number from 1 to ${MAX_PER_DAY}`,
  );
  const minutes = readCount(
    text(source.minutes),
    CONFERENCE_MINUTES,
    adder("minutes"),
    CONFERENCE_MINUTES.join(" or "),
  ) as ConferenceMinutes | undefined;
  if (perDay !== undefined && minutes !== undefined) {
    periodProblems(periods, perDay, minutes, adder("periods"));
  }
  if (perDay !== undefined && days.length > 0 && problems.every((p) => p.field !== "days")) {
    const reason = reachProblem(days.length, classSizes, perDay);
    if (reason) adder("days")(`${days[0]} … ${days[days.length - 1]}`, reason);
  }
  if (problems.length > 0 || perDay === undefined || minutes === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, plan: { days, periods, perDay, minutes } };
}
