/*
 * The schedule's part of the hourly background run, as the hub owner: Calendar events that could
 * not be made or moved before, the notices kept in the Outbox, and the follow-through of any
 * logged commit that stopped before it was done are tried again each hour; and
 * once a day, from the reminder hour, families and students are reminded of each booking once,
 * at least the Settings' reminder hours before it starts.
 */
import type { SlotChange } from "../../domain/schedule/booking";
import { dueReminders } from "../../domain/schedule/reminders";
import { noteTabRewritten } from "../../workspace/log-marks";
import { readOutbox } from "../../workspace/outbox-store";
import { loggedCommits, readSchedule, writeSlots } from "../../workspace/schedule-store";
import { withScriptLock } from "../hub/script-lock";
import {
  followThrough,
  pendingCalendarCancels,
  pendingCalendarSlots,
  pendingConferenceLines,
  retryCalendarCancels,
  retryConferenceLines,
  syncCalendar,
} from "./follow-through";
import { retryOutbox } from "./outbox-retry";
import { type ScheduleContext, stillToFollow } from "./writer";

const DAY_HOURS = 24;

export interface RetryRun {
  readonly calendarRetried: number;
  /** Outbox messages delivered now, and those still waiting. */
  readonly outboxDelivered: number;
  readonly outboxWaiting: number;
  readonly problems: readonly string[];
}

export interface RemindersRun {
  readonly reminded: number;
  readonly messages: number;
  readonly problems: readonly string[];
}

/** A commit still being followed through by its own execution is left to it this long. */
const FOLLOW_GRACE_MS = 5 * 60_000;

/** Logged commits whose events, doc lines and notices were never done. */
function unfollowed(hub: ScheduleContext["hub"]) {
  const before = Date.now() - FOLLOW_GRACE_MS;
  return loggedCommits(hub).filter(
    (c) => !c.followed && c.cells.some((cell) => cell !== "") && Date.parse(c.time) < before,
  );
}

/** Whether anything waits for a retry: a Calendar event, a message in the Outbox, a commit. */
export function retryWaiting(hub: ScheduleContext["hub"]): boolean {
  return (
    pendingCalendarSlots().length > 0 ||
    pendingCalendarCancels().length > 0 ||
    pendingConferenceLines().length > 0 ||
    readOutbox(hub).length > 0 ||
    unfollowed(hub).length > 0
  );
}

export function retryScheduleDeliveries(context: ScheduleContext): RetryRun {
  const { slots } = readSchedule(context.hub);
  const stopped = unfollowed(context.hub);
  const followed =
    stopped.length > 0 ? followThrough(context, stillToFollow(stopped, slots)) : undefined;
  const pending = new Set(pendingCalendarSlots());
  const retry: SlotChange[] = slots
    .filter((slot) => pending.has(slot.id) && slot.status === "booked")
    .map((slot) => ({ before: null, after: slot }));
  const calendarProblems = [
    ...(retry.length > 0 ? syncCalendar(context, retry) : []),
    ...retryCalendarCancels(context, slots),
    ...retryConferenceLines(context, slots),
  ];
  const outbox = retryOutbox(context);
  return {
    calendarRetried: retry.length,
    outboxDelivered: outbox.delivered,
    outboxWaiting: outbox.waiting,
    problems: [...(followed?.calendarProblems ?? []), ...calendarProblems],
  };
}

export function sendBookingReminders(context: ScheduleContext): RemindersRun {
  const withinHours = DAY_HOURS + context.settings.reminderHours;
  const { reminders, slots } = withScriptLock(
    () => {
      const store = readSchedule(context.hub);
      const due = dueReminders(store.slots, context.now, withinHours);
      const dueIds = new Set(due.map((notice) => notice.slotId));
      if (due.length > 0) noteTabRewritten("schedule");
      writeSlots(
        store,
        store.slots
          .filter((slot) => dueIds.has(slot.id))
          .map((slot) => ({ before: slot, after: { ...slot, remindedAt: context.now } })),
      );
      return { reminders: due, slots: store.slots };
    },
    ({ reminders: due }) => {
      if (due.length > 0) noteTabRewritten("schedule");
    },
  );
  const { notices } = followThrough(context, { changes: [], notices: reminders, slots });
  return { reminded: reminders.length, messages: notices.messages, problems: notices.problems };
}
