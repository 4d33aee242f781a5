/*
 * Which booked conferences are due a reminder: those starting within the coming window that have
 * not had one yet, and when in the day the reminders go out. The server sends them and stamps
 * Reminded, so a re-run sends none twice.
 */
import type { Notice } from "./decision";
import type { Slot } from "./model";
import { isoMs } from "./zoned-time";

export function dueReminders(slots: readonly Slot[], now: string, withinHours: number): Notice[] {
  const from = isoMs(now, "Now");
  const until = from + withinHours * 3_600_000;
  return slots
    .filter((slot) => slot.status === "booked" && slot.remindedAt === "")
    .filter((slot) => isoMs(slot.start) > from && isoMs(slot.start) <= until)
    .sort((a, b) => isoMs(a.start) - isoMs(b.start))
    .map((slot) => ({
      kind: "reminder",
      studentId: slot.studentId,
      slotId: slot.id,
      start: slot.start,
      previousStart: "",
    }));
}

/** The hour of the school's day (script time zone) from which the day's reminders go out. */
export const REMINDER_HOUR = 7;

/**
 * Whether the hourly background run should send the day's reminders now: once a day, on its
 * first run from the reminder hour on. `today` is the local date (yyyy-MM-dd), `hour` 0–23.
 */
export function remindersDueNow(lastReminderDay: string, today: string, hour: number): boolean {
  return hour >= REMINDER_HOUR && lastReminderDay !== today;
}
