/*
 * Following a committed schedule change through, outside the lock: the Calendar events put or
 * cancelled, the Conference line rewritten in each student's doc (by its named range's ID), and
 * the notices drafted or sent, all in one round of requests. The commit's log rows are stamped
 * Followed first, and the Calendar work it calls for is noted as pending first, so a run that
 * stops part-way is finished by the hourly retry and no notice goes twice.
 */

import type { Address } from "../../domain/guardian-updates/mime";
import type { Outcome } from "../../domain/outcome";
import { replaceRangeText } from "../../domain/pull/section-requests";
import { rosterIndex } from "../../domain/roster/roster-index";
import type { SlotChange } from "../../domain/schedule/booking";
import { conferenceLines, linesFor } from "../../domain/schedule/doc-line";
import { calendarPlanOf, type EventBody, eventBodyOf } from "../../domain/schedule/event-body";
import type { Slot } from "../../domain/schedule/model";
import { zipOutcomes } from "../../domain/zip-outcomes";
import {
  eventCancelRequests,
  eventInsertRequests,
  type SendUpdates,
  settleCancel,
  settlePuts,
} from "../../workspace/calendar-events";
import { type DocUpdate, updateRequests } from "../../workspace/conference-doc-sections";
import { inOneRound } from "../../workspace/one-round";
import { queueInOutbox } from "../../workspace/outbox-store";
import { addPending, pendingIn, takePending } from "../../workspace/pending-entries";
import { markFollowed } from "../../workspace/schedule-store";
import { writeLinesByReading } from "../conference-docs/conference-lines";
import { readDocRecords } from "../conference-docs/doc-records";
import { withScriptLock } from "../hub/script-lock";
import { composeNotices, type NoticesDelivered, planNotices, settleNotices } from "./notices";
import { type Committed, linksForNotices, type ScheduleContext } from "./writer";

const CALENDAR_PENDING = "confer.calendarPending";
/** A pending entry for an event to cancel, beside the slot IDs of events to put. */
const CANCEL = "cancel:";

interface CalendarWork {
  readonly bodies: readonly EventBody[];
  readonly cancel: readonly string[];
  readonly sendUpdates: SendUpdates;
}

function calendarWork(context: ScheduleContext, changes: readonly SlotChange[]): CalendarWork {
  const plan = calendarPlanOf(changes);
  const bodies = plan.put.flatMap((slot) => {
    const student = rosterIndex(context.roster).studentById.get(slot.studentId);
    if (!student) return [];
    return [
      eventBodyOf(slot, {
        student,
        hostEmail: slot.hostEmail,
        hostName:
          rosterIndex(context.roster).staffByEmail.get(slot.hostEmail)?.name ?? slot.hostEmail,
        schoolName: context.settings.schoolName,
        timeZone: context.settings.timeZone,
      }),
    ];
  });
  const sendUpdates = context.settings.scheduleNotices === "send" ? "all" : "none";
  return { bodies, cancel: plan.cancel, sendUpdates };
}

const slotOf = (body: EventBody) => body.extendedProperties.private.conferSlot!;

/** Notes the work as pending before it goes, so a run that stops part-way leaves it for the retry. */
function notePending(work: CalendarWork): void {
  if (work.bodies.length === 0 && work.cancel.length === 0) return;
  addPending(CALENDAR_PENDING, [
    ...work.bodies.map(slotOf),
    ...work.cancel.map((eventId) => `${CANCEL}${eventId}`),
  ]);
  takePending(
    CALENDAR_PENDING,
    work.bodies.map((body) => `${CANCEL}${body.id}`),
  );
}

/** Each event's outcome: done ones leave the pending list, failed ones stay, reported. */
function settleCalendar(
  work: CalendarWork,
  inserted: readonly Outcome<unknown>[],
  cancelled: readonly Outcome<unknown>[],
): string[] {
  const problems: string[] = [];
  const done: string[] = [];
  const failed: string[] = [];
  const put = settlePuts(work.bodies, inserted, work.sendUpdates);
  for (const [body, outcome] of zipOutcomes(work.bodies, put)) {
    const slotId = slotOf(body);
    if (outcome.ok) done.push(slotId);
    else {
      failed.push(slotId);
      problems.push(`Calendar event for slot ${slotId}: ${outcome.error}`);
    }
  }
  for (const [eventId, outcome] of zipOutcomes(work.cancel, cancelled.map(settleCancel))) {
    if (outcome.ok) done.push(`${CANCEL}${eventId}`);
    else {
      failed.push(`${CANCEL}${eventId}`);
      problems.push(`Cancelling Calendar event ${eventId}: ${outcome.error}`);
    }
  }
  addPending(CALENDAR_PENDING, failed);
  takePending(CALENDAR_PENDING, done);
  return problems;
}

/** Puts and cancels the events the changes call for; failed ones are kept for the hourly retry. */
export function syncCalendar(context: ScheduleContext, changes: readonly SlotChange[]): string[] {
  const work = calendarWork(context, changes);
  notePending(work);
  const [inserted, cancelled] = inOneRound([
    eventInsertRequests(work.bodies, work.sendUpdates),
    eventCancelRequests(work.cancel, work.sendUpdates),
  ]);
  return settleCalendar(work, inserted!, cancelled!);
}

/** Slots whose Calendar event could not be made or moved, for the hourly retry. */
export function pendingCalendarSlots(): string[] {
  return pendingIn(CALENDAR_PENDING).filter((e) => !e.startsWith(CANCEL));
}

/** Calendar events whose cancelling could not be done, for the hourly retry. */
export function pendingCalendarCancels(): string[] {
  return pendingIn(CALENDAR_PENDING)
    .filter((e) => e.startsWith(CANCEL))
    .map((e) => e.slice(CANCEL.length));
}

/** Cancels again the events whose cancelling was left pending, but none a booking holds now. */
export function retryCalendarCancels(context: ScheduleContext, slots: readonly Slot[]): string[] {
  const held = new Set(
    slots.filter((slot) => slot.status === "booked").map((slot) => slot.calendarEventId),
  );
  const pending = pendingCalendarCancels();
  const cancel = pending.filter((eventId) => !held.has(eventId));
  takePending(
    CALENDAR_PENDING,
    pending.filter((eventId) => held.has(eventId)).map((eventId) => `${CANCEL}${eventId}`),
  );
  if (cancel.length === 0) return [];
  const work: CalendarWork = {
    bodies: [],
    cancel,
    sendUpdates: context.settings.scheduleNotices === "send" ? "all" : "none",
  };
  const [inserted, cancelled] = inOneRound([[], eventCancelRequests(cancel, work.sendUpdates)]);
  return settleCalendar(work, inserted!, cancelled!);
}

interface LineWork {
  /** Docs whose Conference line's range ID is known: written without a read. */
  readonly known: readonly (DocUpdate & { readonly studentId: string })[];
  /** Docs made before the ID was kept: read first, then written. */
  readonly unknown: readonly { readonly studentId: string; readonly docId: string }[];
  readonly lines: ReadonlyMap<string, string>;
}

const lineContext = (context: ScheduleContext) => ({
  now: context.now,
  timeZone: context.settings.timeZone,
  locale: context.settings.defaultLanguage,
});

function lineWork(context: ScheduleContext, lines: ReadonlyMap<string, string>): LineWork {
  const work: LineWork = { known: [], unknown: [], lines };
  if (lines.size === 0) return work;
  const records = [...readDocRecords(context).values()].filter((record) =>
    lines.has(record.studentId),
  );
  const known: (DocUpdate & { studentId: string })[] = [];
  const unknown: { studentId: string; docId: string }[] = [];
  for (const record of records) {
    const { studentId, docId, conferenceLineId } = record;
    if (conferenceLineId) {
      known.push({
        studentId,
        docId,
        requests: [replaceRangeText(conferenceLineId, lines.get(studentId)!)],
      });
    } else unknown.push({ studentId, docId });
  }
  return { known, unknown, lines };
}

/**
 * The known lines' outcomes; the others, and a known one whose range is gone (the student
 * removed it), read and written as before the IDs were kept.
 */
function settleLines(work: LineWork, answers: readonly Outcome<unknown>[]) {
  const problems: string[] = [];
  const toRead = [...work.unknown];
  const later: string[] = [];
  for (const [{ studentId, docId }, outcome] of zipOutcomes(work.known, answers)) {
    if (outcome.ok) continue;
    if (outcome.status === 400) toRead.push({ studentId, docId });
    else if (outcome.transient) later.push(studentId);
    else
      problems.push(`${studentId}'s doc: its Conference line was not updated (${outcome.error}).`);
  }
  noteLinesPending(
    later,
    work.known.map((doc) => doc.studentId).filter((id) => !later.includes(id)),
  );
  if (later.length > 0)
    problems.push(
      `${later.join(", ")}: the Docs API's 60 writes a minute are in use just now, so Confer writes the Conference line in their doc with the next background run.`,
    );
  const results = zipOutcomes(
    toRead,
    writeLinesByReading(
      toRead.map(({ studentId, docId }) => ({ docId, line: work.lines.get(studentId)! })),
    ),
  );
  for (const [{ studentId }, result] of results) {
    if (result.ok || result.stage === "write") continue;
    const said =
      "error" in result ? result.error : "its Conference line was removed, so it was not updated";
    problems.push(`${studentId}'s doc: ${said}`);
  }
  for (const [{ docId }, result] of results) {
    if (!result.ok && result.stage === "write") problems.push(`Doc ${docId}: ${result.error}`);
  }
  return problems;
}

const LINES_PENDING = "confer.conferenceLinesPending";

/** Students whose Conference line waits for the Docs API, added and done. */
function noteLinesPending(waiting: readonly string[], done: readonly string[]): void {
  if (waiting.length === 0 && done.length === 0) return;
  takePending(LINES_PENDING, done);
  addPending(LINES_PENDING, waiting);
}

export function pendingConferenceLines(): string[] {
  return pendingIn(LINES_PENDING);
}

/** Writes the Conference lines that waited for the Docs API, from the slots as they stand. */
export function retryConferenceLines(context: ScheduleContext, slots: readonly Slot[]): string[] {
  const pending = pendingConferenceLines();
  if (pending.length === 0) return [];
  const work = lineWork(context, linesFor(pending, slots, lineContext(context)));
  const [written] = inOneRound([updateRequests(work.known)]);
  const stale = pending.filter((id) => !work.known.some((doc) => doc.studentId === id));
  noteLinesPending([], stale);
  return settleLines(work, written!);
}

/** Someone waits on the page for a booking: the Docs API's window is waited for this long at most. */
const MAX_WAIT_MS = 5_000;

/**
 * Calendar, the students' docs and the notices for what was just committed, in one round;
 * problems are reported, not thrown.
 */
export function followThrough(
  context: ScheduleContext,
  committed: Committed,
  feedback = "",
): { calendarProblems: string[]; notices: NoticesDelivered } {
  const slots = new Map(committed.slots.map((slot) => [slot.id, slot]));
  const messages = planNotices(committed.notices, {
    settings: context.settings,
    roster: context.roster,
    slots,
    signupUrlOf: linksForNotices(context, committed.notices, slots),
    feedback,
  });
  const from: Address = { name: context.settings.schoolName || "Confer", email: context.owner };
  const mode = context.settings.scheduleNotices;
  const composed = composeNotices(messages, mode, context.settings.defaultLanguage, from);
  const calendar = calendarWork(context, committed.changes);
  const lines = lineWork(
    context,
    conferenceLines(committed.changes, committed.slots, lineContext(context)),
  );
  notePending(calendar);
  // Stamped before anything goes: each notice then goes out or waits in the Outbox, the events
  // wait in the pending list, and a repair after this point never sends a notice twice.
  for (const rows of committed.logRows ?? []) {
    markFollowed(context.hub, rows.first, rows.last, context.now);
  }
  const [inserted, cancelled, written, delivered] = inOneRound(
    [
      eventInsertRequests(calendar.bodies, calendar.sendUpdates),
      eventCancelRequests(calendar.cancel, calendar.sendUpdates),
      updateRequests(lines.known),
      composed.requests,
    ],
    { maxWaitMs: MAX_WAIT_MS },
  );
  const calendarProblems = [
    ...settleCalendar(calendar, inserted!, cancelled!),
    ...settleLines(lines, written!),
  ];
  const notices = settleNotices(composed, delivered!, (kept) =>
    withScriptLock(() =>
      queueInOutbox(
        context.hub,
        kept.map((k) => ({
          queued: context.now,
          mode,
          student: k.student,
          tag: k.tag,
          attempts: 1,
          lastError: k.error,
          raw: k.raw,
        })),
      ),
    ),
  );
  return { calendarProblems, notices };
}
