/*
 * Slots and Booking Log entries as rows of the hub's Schedule and Booking Log tabs. Start is a
 * real date-time cell; every other time is ISO text. A malformed row is reported by number.
 */
import { ScheduleInputError } from "./errors";
import type { BookingAction, BookingLogEntry, RoundKind, Slot, SlotStatus } from "./model";

export const SLOT_STATUSES: readonly SlotStatus[] = [
  "open",
  "booked",
  "held",
  "no-show",
  "cancelled",
];
export const ROUND_KINDS: readonly RoundKind[] = ["conference", "office-hours"];
export const BOOKING_ACTIONS: readonly BookingAction[] = [
  "publish",
  "book",
  "move",
  "cancel",
  "no-show",
  "held",
  "move-day",
  "refused",
];

const text = (row: readonly unknown[], i: number) => String(row[i] ?? "").trim();

/** Dates from another script context fail instanceof, so ask what the value is. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

function instant(value: unknown, field: string, required: boolean): string {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime()))
      throw new ScheduleInputError(field, "", "is not a date and time");
    return value.toISOString();
  }
  const raw = String(value ?? "").trim();
  if (raw === "" && !required) return "";
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)
    ? Date.parse(raw)
    : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new ScheduleInputError(
      field,
      raw,
      "is not a date and time (ISO, like 2026-12-01T18:00:00.000Z)",
    );
  }
  return new Date(ms).toISOString();
}

export function slotToRow(slot: Slot): unknown[] {
  return [
    slot.id,
    slot.round,
    slot.kind,
    slot.hostEmail,
    new Date(slot.start),
    slot.minutes,
    slot.location,
    slot.studentId,
    slot.bookedBy,
    slot.bookedAt,
    slot.status,
    slot.calendarEventId,
    slot.remindedAt,
  ];
}

/** True for an empty row, which a reader skips rather than reports. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => String(cell ?? "").trim() === "");
}

export function slotFromRow(row: readonly unknown[], rowNumber: number): Slot {
  const field = (name: string) => `Schedule row ${rowNumber}, ${name}`;
  const id = text(row, 0);
  if (!/^S-[0-9A-Z]{10}$/.test(id)) {
    throw new ScheduleInputError(field("Slot ID"), id, "is not a slot ID like S-0123456789");
  }
  const round = text(row, 1);
  if (round === "") throw new ScheduleInputError(field("Round"), "", "is empty");
  const kind = text(row, 2) as RoundKind;
  if (!ROUND_KINDS.includes(kind)) {
    throw new ScheduleInputError(field("Kind"), kind, `is not one of ${ROUND_KINDS.join(", ")}`);
  }
  const hostEmail = text(row, 3).toLowerCase();
  if (!hostEmail.includes("@")) {
    throw new ScheduleInputError(field("Host Email"), hostEmail, "is not an email address");
  }
  const minutes = Number(row[5]);
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new ScheduleInputError(
      field("Minutes"),
      text(row, 5),
      "is not a whole number of minutes",
    );
  }
  const status = text(row, 10) as SlotStatus;
  if (!SLOT_STATUSES.includes(status)) {
    throw new ScheduleInputError(
      field("Status"),
      status,
      `is not one of ${SLOT_STATUSES.join(", ")}`,
    );
  }
  const studentId = text(row, 7);
  if ((status === "booked" || status === "held" || status === "no-show") && studentId === "") {
    throw new ScheduleInputError(field("Student ID"), "", `is empty, but the slot is ${status}`);
  }
  return {
    id,
    round,
    kind,
    hostEmail,
    start: instant(row[4], field("Start"), true),
    minutes,
    location: text(row, 6),
    studentId,
    bookedBy: text(row, 8),
    bookedAt: instant(row[9], field("Booked At"), false),
    status,
    calendarEventId: text(row, 11),
    remindedAt: instant(row[12], field("Reminded"), false),
  };
}

export function logEntryToRow(entry: BookingLogEntry): unknown[] {
  return [entry.time, entry.actor, entry.action, entry.slotId, entry.studentId, entry.detail];
}

export function logEntryFromRow(row: readonly unknown[]): BookingLogEntry {
  const action = text(row, 2) as BookingAction;
  if (!BOOKING_ACTIONS.includes(action)) {
    throw new ScheduleInputError(
      "Booking Log, Action",
      action,
      `is not one of ${BOOKING_ACTIONS.join(", ")}`,
    );
  }
  return {
    time: instant(row[0], "Booking Log, Time", true),
    actor: text(row, 1),
    action,
    slotId: text(row, 3),
    studentId: text(row, 4),
    detail: String(row[5] ?? ""),
  };
}
