/*
 * How a written value becomes a cell, and how a cell reads back: Sheets parses text in the
 * automatic format (numbers, booleans, dates), keeps it as typed under "@" or after a leading
 * apostrophe, and reads date cells as Dates and formats display values in the sheet's time zone.
 */
import { GoogleError } from "../core/errors";
import { isDate } from "../core/marshal";
import type { Cell, CellValue, DateValue } from "./model";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  formatDate,
  formatNumber,
  isAutomatic,
  isDateFormat,
  TIME_FORMAT,
} from "./number-format";
import { fromSerial, fromWallClock, toSerial, wallClock } from "./time-zone";

export interface Written {
  readonly value: CellValue;
  /** The format Sheets gives the cell when it detects a date, or undefined to keep the cell's. */
  readonly format?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?\d*\.?\d+)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])\.?m\.?)?)?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])\.?m\.?)?$/i;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === "p";
  return (hour % 12) + (pm ? 12 : 0);
}

function parseDate(text: string, timeZone: string): Written | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? undefined : US_DATE.exec(text);
  if (iso || us) {
    const m = (iso ?? us)!;
    const [year, month, day] = iso
      ? [Number(m[1]), Number(m[2]), Number(m[3])]
      : [Number(m[3]), Number(m[1]), Number(m[2])];
    if (!validDate(year, month, day)) return undefined;
    const hasTime = m[4] !== undefined;
    const hour = hasTime ? to24(Number(m[4]), us ? m[7] : undefined) : 0;
    const minute = hasTime ? Number(m[5]) : 0;
    const second = m[6] ? Number(m[6]) : 0;
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const date = fromWallClock(timeZone, year, month, day, hour, minute, second);
    return { value: { date }, format: hasTime ? DATE_TIME_FORMAT : DATE_FORMAT };
  }
  const time = TIME.exec(text);
  if (!time) return undefined;
  const hour = to24(Number(time[1]), time[4]);
  const minute = Number(time[2]);
  const second = time[3] ? Number(time[3]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return {
    value: { date: fromWallClock(timeZone, 1899, 12, 30, hour, minute, second) },
    format: TIME_FORMAT,
  };
}

/** Text typed into a cell whose format is automatic (or any non-text format). */
export function parseTyped(text: string, timeZone: string): Written {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) {
    throw new GoogleError(`not emulated: formula "${text}"`, "Error");
  }
  const trimmed = text.trim();
  if (trimmed === "") return { value: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  if (NUMBER.test(trimmed) && /\d/.test(trimmed))
    return { value: Number(trimmed.replace(/,/g, "")) };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  return parseDate(trimmed, timeZone) ?? { value: text };
}

/** A value from setValue(s), as the cell with format `format` stores it. */
export function toCellValue(input: unknown, format: string, timeZone: string): Written {
  if (input === null || input === undefined) return { value: "" };
  if (typeof input === "number") return { value: input };
  if (typeof input === "boolean") return { value: input };
  if (isDate(input)) {
    const ms = input.getTime();
    const clock = wallClock(ms, timeZone);
    const midnight = clock.hour === 0 && clock.minute === 0 && clock.second === 0;
    const dateFormat = isAutomatic(format)
      ? midnight
        ? DATE_FORMAT
        : DATE_TIME_FORMAT
      : undefined;
    return { value: { date: ms }, format: dateFormat };
  }
  const text = String(input);
  if (format === "@") return { value: text };
  return parseTyped(text, timeZone);
}

export function isDateValue(value: CellValue): value is DateValue {
  return typeof value === "object";
}

/** What getValues returns for a cell: a Date, number, boolean, string, or "" when empty. */
export function readValue(cell: Cell | null, timeZone: string): string | number | boolean | Date {
  if (!cell) return "";
  const { value, format } = cell;
  if (isDateValue(value)) {
    if (!isAutomatic(format) && format !== "@" && !isDateFormat(format)) {
      return toSerial(value.date, timeZone);
    }
    return new Date(value.date);
  }
  if (typeof value === "number" && isDateFormat(format))
    return new Date(fromSerial(value, timeZone));
  return value;
}

/** What getDisplayValues returns for a cell: its value rendered by its number format. */
export function displayValue(cell: Cell | null, timeZone: string): string {
  if (!cell) return "";
  const { value, format } = cell;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateValue(value)) {
    if (isDateFormat(format)) return formatDate(value.date, format, timeZone);
    if (isAutomatic(format) || format === "@")
      return formatDate(value.date, DATE_TIME_FORMAT, timeZone);
    return formatNumber(toSerial(value.date, timeZone), format);
  }
  if (isDateFormat(format)) return formatDate(fromSerial(value, timeZone), format, timeZone);
  return formatNumber(value, format);
}
