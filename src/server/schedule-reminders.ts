/*
 * The daily schedule trigger, run as the hub owner: remind families and students of each booking
 * once, on the last daily run at least the Settings' reminder hours before it starts, and retry
 * Calendar events that could not be made or moved before, and the notices kept in the Outbox.
 */
import type { SlotChange } from "../domain/schedule/booking";
import { afterTry } from "../domain/schedule/outbox";
import { dueReminders } from "../domain/schedule/reminders";
import { SEND_BOOKING_REMINDERS } from "../domain/trigger-handlers";
import { createDrafts } from "../workspace/gmail-drafts";
import { sendMessages } from "../workspace/gmail-send";
import { readOutbox, rewriteOutbox } from "../workspace/outbox-store";
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
  /** Outbox messages delivered now, and those still waiting. */
  readonly outboxDelivered: number;
  readonly outboxWaiting: number;
  readonly problems: readonly string[];
}

/** Tries every message in the Outbox again, as it was recorded; keeps those Gmail still refuses. */
function retryOutbox(context: ReturnType<typeof loadScheduleContext>): {
  delivered: number;
  waiting: number;
} {
  return withScriptLock(() => {
    const items = readOutbox(context.hub);
    if (items.length === 0) return { delivered: 0, waiting: 0 };
    const sent = sendMessages(items.filter((i) => i.mode === "send").map((i) => i.raw));
    const drafted = createDrafts(items.filter((i) => i.mode === "draft").map((i) => i.raw));
    const outcomes = items.map((item) => (item.mode === "send" ? sent : drafted).shift()!);
    const left = afterTry(items, outcomes);
    rewriteOutbox(context.hub, left);
    return { delivered: items.length - left.length, waiting: left.length };
  });
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
  const outbox = retryOutbox(context);
  const { notices } = followThrough(context, { changes: [], notices: reminders, slots });
  return {
    reminded: reminders.length,
    messages: notices.messages,
    calendarRetried: retry.length,
    outboxDelivered: outbox.delivered,
    outboxWaiting: outbox.waiting,
    problems: [...calendarProblems, ...notices.problems],
  };
}
