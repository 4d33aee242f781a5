/*
 * Publishing slots: an advisor's request from the sidebar, read and checked field by field before
 * any slot is planned.
 */
import { ScheduleInputError } from "./errors";
import { datesOf, dayStarts } from "./plan-slots";
import { clockText, daysBetween, parseClock, parseDate } from "./zoned-time";

export { type PlannedSlots, planSlots } from "./plan-slots";

export interface PublishDays {
  readonly kind: "conference";
  readonly round: string;
  readonly hostEmail: string;
  readonly location: string;
  readonly minutes: number;
  readonly days: readonly string[];
  readonly startTime: string;
  readonly endTime: string;
  readonly breaks: readonly { start: string; end: string }[];
}

export interface PublishOfficeHours {
  readonly kind: "office-hours";
  readonly round: string;
  readonly hostEmail: string;
  readonly location: string;
  readonly minutes: number;
  readonly weekdays: readonly number[];
  readonly from: string;
  readonly to: string;
  readonly startTime: string;
  readonly endTime: string;
}

export type PublishRequest = PublishDays | PublishOfficeHours;

export const MAX_ROUND_LENGTH = 80;
export const MAX_LOCATION_LENGTH = 200;
export const MAX_DAYS = 60;
export const MAX_OFFICE_HOURS_SPAN = 200;
export const MAX_SLOTS_PER_REQUEST = 2000;
const LENGTHS = { conference: [15, 45], "office-hours": [5, 10] } as const;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function textOf(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(/[\s,;]+/).filter((item) => item !== "");
  return [];
}

function clock(value: unknown, field: string): string {
  return clockText(parseClock(textOf(value), field));
}

function readRound(value: unknown): string {
  const round = textOf(value);
  if (round === "")
    throw new ScheduleInputError("Round", "", "is required, for example “Fall 2026”");
  if (round.length > MAX_ROUND_LENGTH) {
    throw new ScheduleInputError("Round", round, `is over ${MAX_ROUND_LENGTH} characters`);
  }
  if (round.includes("/")) throw new ScheduleInputError("Round", round, "cannot contain /");
  return round;
}

function readLocation(value: unknown): string {
  const location = textOf(value);
  if (location.length > MAX_LOCATION_LENGTH) {
    throw new ScheduleInputError(
      "Location",
      location.slice(0, 40) + "…",
      `is over ${MAX_LOCATION_LENGTH} characters`,
    );
  }
  return location;
}

function readMinutes(value: unknown, kind: keyof typeof LENGTHS): number {
  const text = textOf(value);
  const minutes = Number(text);
  const [low, high] = LENGTHS[kind];
  const what = kind === "conference" ? "a conference" : "office hours";
  if (text === "" || !Number.isInteger(minutes) || minutes < low || minutes > high) {
    throw new ScheduleInputError(
      "Slot length (minutes)",
      text,
      `must be a whole number of minutes from ${low} to ${high} for ${what}`,
    );
  }
  return minutes;
}

function readWindow(input: Record<string, unknown>): { startTime: string; endTime: string } {
  const startTime = clock(input.startTime, "Start time");
  const endTime = clock(input.endTime, "End time");
  if (endTime <= startTime) {
    throw new ScheduleInputError("End time", endTime, `must be after the start time ${startTime}`);
  }
  return { startTime, endTime };
}

function readBreaks(
  value: unknown,
  startTime: string,
  endTime: string,
): { start: string; end: string }[] {
  if (value !== undefined && value !== null && value !== "" && !Array.isArray(value)) {
    throw new ScheduleInputError("Breaks", textOf(value), "must be a list of start and end times");
  }
  return ((value ?? []) as unknown[]).map((item) => {
    const fields = (item ?? {}) as Record<string, unknown>;
    const start = clock(fields.start, "Break start");
    const end = clock(fields.end, "Break end");
    const shown = `${start}–${end}`;
    if (end <= start) throw new ScheduleInputError("Break", shown, "must end after it starts");
    if (start < startTime || end > endTime) {
      throw new ScheduleInputError("Break", shown, `is not inside the day ${startTime}–${endTime}`);
    }
    return { start, end };
  });
}

function readDays(value: unknown): string[] {
  const days = listOf(value).map((item) => parseDate(textOf(item), "Day"));
  if (days.length === 0) throw new ScheduleInputError("Days", "", "need at least one date");
  if (days.length > MAX_DAYS) {
    throw new ScheduleInputError("Days", String(days.length), `are more than ${MAX_DAYS} dates`);
  }
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day)) throw new ScheduleInputError("Day", day, "is listed twice");
    seen.add(day);
  }
  return days.sort();
}

function readWeekdays(value: unknown): number[] {
  const items = listOf(value);
  if (items.length === 0) throw new ScheduleInputError("Weekdays", "", "need at least one weekday");
  const weekdays = items.map((item) => {
    const text = textOf(item);
    const day = Number(text);
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new ScheduleInputError("Weekday", text, "is not a weekday (1 = Monday … 7 = Sunday)");
    }
    return day;
  });
  return [...new Set(weekdays)].sort((a, b) => a - b);
}

function readHost(hostEmail: string): string {
  const host = String(hostEmail ?? "")
    .trim()
    .toLowerCase();
  if (!EMAIL.test(host))
    throw new ScheduleInputError("Host email", host, "is not an email address");
  return host;
}

export function parsePublishRequest(input: unknown, hostEmail: string): PublishRequest {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ScheduleInputError("Request", "", "is empty: fill in the form and try again");
  }
  const fields = input as Record<string, unknown>;
  const kind = textOf(fields.kind);
  if (kind !== "conference" && kind !== "office-hours") {
    throw new ScheduleInputError("Kind", kind, "must be “conference” or “office-hours”");
  }
  const common = {
    round: readRound(fields.round),
    hostEmail: readHost(hostEmail),
    location: readLocation(fields.location),
    minutes: readMinutes(fields.minutes, kind),
    ...readWindow(fields),
  };
  const request: PublishRequest =
    kind === "conference"
      ? {
          kind,
          ...common,
          days: readDays(fields.days),
          breaks: readBreaks(fields.breaks, common.startTime, common.endTime),
        }
      : { kind, ...common, ...readOfficeHoursDates(fields) };
  checkSize(request);
  return request;
}

function readOfficeHoursDates(fields: Record<string, unknown>): {
  weekdays: number[];
  from: string;
  to: string;
} {
  const weekdays = readWeekdays(fields.weekdays);
  const from = parseDate(textOf(fields.from), "From");
  const to = parseDate(textOf(fields.to), "To");
  if (to < from) throw new ScheduleInputError("To", to, `is before the start date ${from}`);
  if (daysBetween(from, to) > MAX_OFFICE_HOURS_SPAN) {
    throw new ScheduleInputError(
      "To",
      to,
      `is more than ${MAX_OFFICE_HOURS_SPAN} days after ${from}; publish a shorter stretch`,
    );
  }
  return { weekdays, from, to };
}

function checkSize(request: PublishRequest): void {
  const dates = datesOf(request);
  const perDay = dayStarts(request).length;
  if (request.kind === "office-hours" && dates.length === 0) {
    const { weekdays, from, to } = request;
    throw new ScheduleInputError(
      "Weekdays",
      weekdays.join(", "),
      `fall on no date from ${from} to ${to}`,
    );
  }
  if (perDay === 0) {
    throw new ScheduleInputError(
      "End time",
      request.endTime,
      `leaves no room for a ${request.minutes}-minute slot after ${request.startTime}`,
    );
  }
  const count = dates.length * perDay;
  if (count > MAX_SLOTS_PER_REQUEST) {
    throw new ScheduleInputError(
      "Slots",
      String(count),
      `are more than ${MAX_SLOTS_PER_REQUEST.toLocaleString("en-US")} in one request; publish fewer days at a time`,
    );
  }
}
