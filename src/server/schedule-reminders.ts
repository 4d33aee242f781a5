/*
 * The daily schedule trigger, run as the hub owner: remind families and students of each booking
 * once, on the last daily run at least the Settings' reminder hours before it starts, and retry
 * Calendar events that could not be made or moved before.
 */
import type { SlotChange } from "../domain/schedule/booking";
import { SEND_BOOKING_REMINDERS } from "../domain/trigger-handlers";
import { readSchedule, writeSlots } from "../workspace/schedule-store";
import { withScriptLock } from "./comment-layer";
import {
  followThrough,
  loadScheduleContext,
  pendingCalendarSlots,
  syncCalendar,
} from "./schedule-layer";

const REMINDER_HOUR = 7;
const DAY_MS = 86_400_000;

/** Installs the daily trigger once, as the hub owner. */
export function ensureReminderTrigger(): void {
  const installed = ScriptApp.getProjectTriggers().some(
    (trigger) => trigger.getHandlerFunction() === SEND_BOOKING_REMINDERS,
  );
  if (installed) return;
  ScriptApp.newTrigger(SEND_BOOKING_REMINDERS)
    .timeBased()
    .everyDays(1)
    .atHour(REMINDER_HOUR)
    .create();
}

export interface RemindersRun {
  readonly reminded: number;
  readonly messages: number;
  readonly calendarRetried: number;
  readonly problems: readonly string[];
}

export function sendBookingReminders(): RemindersRun {
  const context = loadScheduleContext();
  const now = Date.parse(context.now);
  const horizon = now + DAY_MS + context.settings.reminderHours * 3_600_000;
  const pending = new Set(pendingCalendarSlots());
  const { due, retry, slots } = withScriptLock(() => {
    const store = readSchedule(context.hub);
    const dueChanges: SlotChange[] = store.slots
      .filter((slot) => {
        const start = Date.parse(slot.start);
        return (
          slot.status === "booked" && slot.remindedAt === "" && start > now && start <= horizon
        );
      })
      .map((slot) => ({ before: slot, after: { ...slot, remindedAt: context.now } }));
    writeSlots(store, dueChanges);
    const retryChanges: SlotChange[] = store.slots
      .filter((slot) => pending.has(slot.id) && slot.status === "booked")
      .map((slot) => ({ before: null, after: slot }));
    return { due: dueChanges, retry: retryChanges, slots: store.slots };
  });
  const calendarProblems = retry.length > 0 ? syncCalendar(context, retry) : [];
  const { notices } = followThrough(context, {
    changes: [],
    notices: due.map(({ after }) => ({
      kind: "reminder" as const,
      studentId: after.studentId,
      slotId: after.id,
      start: after.start,
      previousStart: "",
    })),
    slots,
  });
  return {
    reminded: due.length,
    messages: notices.messages,
    calendarRetried: retry.length,
    problems: [...calendarProblems, ...notices.problems],
  };
}
