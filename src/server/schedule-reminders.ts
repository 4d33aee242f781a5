/*
 * The daily schedule trigger, run as the hub owner: remind families and students of each booking
 * once, on the last daily run at least the Settings' reminder hours before it starts, and retry
 * Calendar events that could not be made or moved before.
 */
import type { SlotChange } from "../domain/schedule/booking";
import { dueReminders } from "../domain/schedule/reminders";
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
const DAY_HOURS = 24;

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
  const withinHours = DAY_HOURS + context.settings.reminderHours;
  const pending = new Set(pendingCalendarSlots());
  const { reminders, retry, slots } = withScriptLock(() => {
    const store = readSchedule(context.hub);
    const due = dueReminders(store.slots, context.now, withinHours);
    const dueIds = new Set(due.map((notice) => notice.slotId));
    writeSlots(
      store,
      store.slots
        .filter((slot) => dueIds.has(slot.id))
        .map((slot) => ({ before: slot, after: { ...slot, remindedAt: context.now } })),
    );
    const retryChanges: SlotChange[] = store.slots
      .filter((slot) => pending.has(slot.id) && slot.status === "booked")
      .map((slot) => ({ before: null, after: slot }));
    return { reminders: due, retry: retryChanges, slots: store.slots };
  });
  const calendarProblems = retry.length > 0 ? syncCalendar(context, retry) : [];
  const { notices } = followThrough(context, { changes: [], notices: reminders, slots });
  return {
    reminded: reminders.length,
    messages: notices.messages,
    calendarRetried: retry.length,
    problems: [...calendarProblems, ...notices.problems],
  };
}
