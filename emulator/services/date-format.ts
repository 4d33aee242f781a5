/*
 * Utilities.formatDate: Java SimpleDateFormat patterns, rendered in a time zone.
 * Reference: docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html, as
 * developers.google.com/apps-script/reference/utilities/utilities#formatDate points to.
 */
import { DAYS, MONTHS } from "../core/date-names";
import { GoogleError } from "../core/errors";

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
  shortName: string;
  longName: string;
}

/** Java falls back to GMT for a time zone ID it does not know. */
function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "GMT";
  }
}

function zoneName(date: Date, timeZone: string, style: "short" | "long"): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: style }).formatToParts(
    date,
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT";
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  const utcSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    weekday: new Date(wall).getUTCDay(),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    offsetMinutes: Math.round((wall - utcSeconds) / 60_000),
    shortName: zoneName(date, timeZone, "short"),
    longName: zoneName(date, timeZone, "long"),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function offset(minutes: number, separator: string, withMinutes: boolean): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  return withMinutes ? `${sign}${hours}${separator}${pad(abs % 60, 2)}` : `${sign}${hours}`;
}

function field(letter: string, count: number, p: ZonedParts): string {
  switch (letter) {
    case "G":
      return p.year > 0 ? "AD" : "BC";
    case "y":
    case "Y":
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case "M":
    case "L":
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, count);
    case "d":
      return pad(p.day, count);
    case "E":
      return count >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case "u":
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case "a":
      return p.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(p.hour, count);
    case "k":
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case "K":
      return pad(p.hour % 12, count);
    case "h":
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case "m":
      return pad(p.minute, count);
    case "s":
      return pad(p.second, count);
    case "S":
      return pad(p.millisecond, count);
    case "z":
      return count >= 4 ? p.longName : p.shortName;
    case "Z":
      return offset(p.offsetMinutes, "", true);
    case "X":
      if (p.offsetMinutes === 0) return "Z";
      return offset(p.offsetMinutes, count >= 3 ? ":" : "", count >= 2);
    default:
      throw new GoogleError(`Illegal pattern character '${letter}'`);
  }
}

/** A quoted literal starting at `start`: '' is a quote, inside or outside a quoted run. */
function quotedLiteral(format: string, start: number): { text: string; next: number } {
  if (format[start + 1] === "'") return { text: "'", next: start + 2 };
  let text = "";
  let i = start + 1;
  while (i < format.length) {
    if (format[i] === "'" && format[i + 1] === "'") {
      text += "'";
      i += 2;
    } else if (format[i] === "'") {
      return { text, next: i + 1 };
    } else {
      text += format[i];
      i += 1;
    }
  }
  throw new GoogleError("Unterminated quote");
}

export function formatDate(date: Date, timeZone: string, format: string): string {
  const parts = zonedParts(date, validZone(timeZone));
  let out = "";
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === "'") {
      const literal = quotedLiteral(format, i);
      out += literal.text;
      i = literal.next;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let count = 1;
    while (format[i + count] === ch) count += 1;
    out += field(ch, count, parts);
    i += count;
  }
  return out;
}
