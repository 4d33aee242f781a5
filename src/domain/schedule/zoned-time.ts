/*
 * Local dates and clock times in the school's time zone, and the UTC instants they stand for.
 * Offsets come from Intl.DateTimeFormat, so daylight-saving changes follow the time zone database.
 */
import { ScheduleInputError } from "./errors";

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const TIME_ZONE = /^(UTC|GMT|[A-Z][A-Za-z_]+(\/[A-Z][A-Za-z0-9_+-]+){1,2})$/;

/** A strict YYYY-MM-DD date that exists on the calendar. */
export function parseDate(text: string, field: string): string {
  const value = String(text ?? "").trim();
  const match = ISO_DATE.exec(value);
  if (!match) throw new ScheduleInputError(field, value, "is not a date (use YYYY-MM-DD)");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) {
    throw new ScheduleInputError(field, value, "is not a real date");
  }
  return value;
}

/** "HH:MM" or "H:MM", 24-hour, as minutes after midnight. */
export function parseClock(text: string, field: string): number {
  const value = String(text ?? "").trim();
  const match = CLOCK.exec(value);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    throw new ScheduleInputError(field, value, "is not a time (use HH:MM, 24-hour)");
  }
  return hours * 60 + minutes;
}

export function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function isTimeZoneName(name: string): boolean {
  if (typeof name !== "string" || !TIME_ZONE.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    if (!isTimeZoneName(timeZone)) {
      throw new ScheduleInputError(
        "Time zone",
        String(timeZone),
        "is not a time zone name such as America/New_York",
      );
    }
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading at instant `ms`, expressed as if that reading were UTC. */
function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  );
}

function offsetAt(ms: number, timeZone: string): number {
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockMs(whole, timeZone) - whole;
}

function dateMs(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

/**
 * The instant a local date and time stands for. A time that happens twice (clocks going back)
 * is its first occurrence; a time that never happens (clocks going forward) moves forward by
 * the jump, as Google Calendar does.
 */
export function zonedInstant(date: string, minutesOfDay: number, timeZone: string): string {
  const local = dateMs(parseDate(date, "Date")) + minutesOfDay * 60_000;
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((ms) => offsetAt(ms, timeZone) === local - ms)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? local - before).toISOString();
}

export function isoMs(iso: string, field = "Time"): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new ScheduleInputError(field, String(iso), "is not a date and time");
  return ms;
}

export function localParts(
  iso: string,
  timeZone: string,
): { date: string; minutes: number; weekday: number } {
  const wall = new Date(wallClockMs(Math.floor(isoMs(iso) / 1000) * 1000, timeZone));
  const date = wall.toISOString().slice(0, 10);
  const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return { date, minutes, weekday: wall.getUTCDay() === 0 ? 7 : wall.getUTCDay() };
}

/** The weekday of a YYYY-MM-DD date, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(dateMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  return new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

function supportedLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale)[0] ?? "en";
  } catch {
    return "en";
  }
}

const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

/** "Tuesday, December 1, 2026, 1:00 – 1:15 PM", in the reader's language. */
export function describeSlotTime(
  iso: string,
  minutes: number,
  timeZone: string,
  locale: string,
): string {
  partsFormat(timeZone);
  const format = new Intl.DateTimeFormat(supportedLocale(locale), {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  const start = new Date(isoMs(iso));
  const end = new Date(start.getTime() + minutes * 60_000);
  if (typeof format.formatRange === "function") return plainSpaces(format.formatRange(start, end));
  const endTime = new Intl.DateTimeFormat(supportedLocale(locale), {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
  }).format(end);
  return plainSpaces(`${format.format(start)} – ${endTime}`);
}

/** A short English label for logs and staff messages: "Tue Dec 1 1:00 PM". */
export function shortLocalTime(iso: string, timeZone: string): string {
  partsFormat(timeZone);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).formatToParts(new Date(isoMs(iso)));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("month")} ${part("day")} ${part("hour")}:${part("minute")} ${part("dayPeriod")}`;
}
