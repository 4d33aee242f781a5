/*
 * A small Sheets number-format formatter: automatic numbers, fixed decimals ("0", "0.00",
 * "#,##0.00", "0%"), plain text ("@") and date-time patterns ("M/d/yyyy H:mm:ss",
 * "yyyy-mm-dd hh:mm", "M/d/yyyy h:mm am/pm"), rendered in the spreadsheet's time zone.
 */
import { DAYS, MONTHS } from "../core/date-names";
import { wallClock } from "./time-zone";

/** What getNumberFormat reports for a cell in Sheets' automatic format. */
export const AUTOMATIC_FORMAT = "0.###############";
export const DATE_FORMAT = "M/d/yyyy";
export const DATE_TIME_FORMAT = "M/d/yyyy H:mm:ss";
export const TIME_FORMAT = "h:mm:ss am/pm";

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p/iy;

function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"|\\./g, "");
}

export function isDateFormat(format: string): boolean {
  return /[ydhs]|m/i.test(stripLiterals(format)) && !/^[#0.,%\s]*$/.test(format);
}

export function isAutomatic(format: string): boolean {
  return format === "" || format === AUTOMATIC_FORMAT || format.toLowerCase() === "general";
}

/** Numbers as Sheets shows them in the automatic format: up to 10 significant digits. */
export function formatAutomaticNumber(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const sign = exponent!.startsWith("-") ? "-" : "+";
    const digits = exponent!.replace(/^[+-]/, "").padStart(2, "0");
    return `${mantissa!.replace(/\.?0+$/, "")}E${sign}${digits}`;
  }
  const rounded = Number(value.toPrecision(10));
  return String(rounded);
}

function withGrouping(integerPart: string): string {
  return integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatFixed(value: number, format: string): string {
  const percent = format.includes("%");
  const scaled = percent ? value * 100 : value;
  const pattern = format.replace(/[^#0.,]/g, "");
  const decimalsPart = pattern.split(".")[1] ?? "";
  const required = (decimalsPart.match(/0/g) ?? []).length;
  const optional = (decimalsPart.match(/#/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(required + optional);
  if (optional > 0) {
    const [intPart, frac = ""] = text.split(".");
    let trimmed = frac;
    while (trimmed.length > required && trimmed.endsWith("0")) trimmed = trimmed.slice(0, -1);
    text = trimmed ? `${intPart}.${trimmed}` : intPart!;
  }
  if (pattern.includes(",")) {
    const [intPart, frac] = text.split(".");
    text = frac === undefined ? withGrouping(intPart!) : `${withGrouping(intPart!)}.${frac}`;
  }
  const negative = scaled < 0 && Number(text.replace(/,/g, "")) !== 0;
  return `${negative ? "-" : ""}${text}${percent ? "%" : ""}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatDate(epochMs: number, format: string, timeZone: string): string {
  const clock = wallClock(epochMs, timeZone);
  const twelveHour = /am\/pm|a\/p/i.test(stripLiterals(format));
  let out = "";
  let lastWasHour = false;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      out += format.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      out += format[i + 1] ?? "";
      i += 2;
      continue;
    }
    DATE_TOKEN.lastIndex = i;
    const match = DATE_TOKEN.exec(format);
    if (!match) {
      out += ch;
      i += 1;
      continue;
    }
    const token = match[0];
    const lower = token.toLowerCase();
    i += token.length;
    const rest = format.slice(i);
    const isMinute = (lower === "m" || lower === "mm") && (lastWasHour || /^[^a-z]*s/i.test(rest));
    const hour12 = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
    const hour = twelveHour ? hour12 : clock.hour;
    switch (lower) {
      case "yyyy":
        out += pad(clock.year, 4);
        break;
      case "yy":
        out += pad(clock.year % 100, 2);
        break;
      case "mmmm":
        out += MONTHS[clock.month - 1];
        break;
      case "mmm":
        out += MONTHS[clock.month - 1]!.slice(0, 3);
        break;
      case "mm":
        out += isMinute ? pad(clock.minute, 2) : pad(clock.month, 2);
        break;
      case "m":
        out += isMinute ? String(clock.minute) : String(clock.month);
        break;
      case "dddd":
        out += DAYS[clock.weekday];
        break;
      case "ddd":
        out += DAYS[clock.weekday]!.slice(0, 3);
        break;
      case "dd":
        out += pad(clock.day, 2);
        break;
      case "d":
        out += String(clock.day);
        break;
      case "hh":
        out += pad(hour, 2);
        break;
      case "h":
        out += String(hour);
        break;
      case "ss":
        out += pad(clock.second, 2);
        break;
      case "s":
        out += String(clock.second);
        break;
      case "am/pm":
        out += clock.hour < 12 ? "AM" : "PM";
        break;
      case "a/p":
        out += clock.hour < 12 ? "a" : "p";
        break;
    }
    lastWasHour = lower === "h" || lower === "hh";
  }
  return out;
}

/** A number under a numeric or automatic format. */
export function formatNumber(value: number, format: string): string {
  if (isAutomatic(format) || format === "@" || !/[0#]/.test(format)) {
    return formatAutomaticNumber(value);
  }
  return formatFixed(value, format);
}
