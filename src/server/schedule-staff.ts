/*
 * What advisors and coordinators do to the schedule, run as the hub owner for a known caller:
 * publish slots, see their schedule, change bookings (move, cancel, no-show, held, a whole day),
 * and list the families who have not booked, with a personal sign-up link for each.
 */

import { NotAllowedError, type Person, personOf } from "../domain/roles";
import {
  type BookingContext,
  type BookingDecision,
  decideBook,
  decideCancelBooking,
  decideCancelSlot,
  decideHeld,
  decideMove,
  decideMoveDay,
  decideNoShow,
} from "../domain/schedule/booking";
import { ScheduleInputError } from "../domain/schedule/errors";
import {
  familiesOf,
  type NotBookedRow,
  notYetBooked,
  studentName,
} from "../domain/schedule/families";
import type { BookingLogEntry, RoundKind, Slot } from "../domain/schedule/model";
import type { NoticeDelivery } from "../domain/schedule/notice-words";
import { parsePublishRequest, planSlots } from "../domain/schedule/publish";
import { checkAgainstSettings } from "../domain/schedule/publish-settings";
import { skippedRuns } from "../domain/schedule/skipped-runs";
import type { StaffChange } from "../domain/schedule/staff-change";
import { describeSlotTime, isoMs } from "../domain/schedule/zoned-time";
import { ensureBackgroundTrigger } from "../workspace/background-trigger";
import { appendBookingLog, readSchedule, writeSlots } from "../workspace/schedule-store";
import { followThrough } from "./schedule-follow-through";
import {
  type Committed,
  commitDecision,
  currentSlots,
  familyLinkMaker,
  loadScheduleContext,
  type ScheduleContext,
} from "./schedule-layer";
import type { Planned } from "./schedule-notices";
import { planNotices } from "./schedule-notices";
import { withScriptLock } from "./script-lock";

/** A staff member's name as the roster gives it, else their email. */
function nameOf(email: string, context: ScheduleContext): string {
  return context.roster.staff.find((s) => s.email === email.toLowerCase())?.name || email;
}

function staffOf(caller: string, context: ScheduleContext): Person {
  const person = personOf(caller, context.roster, context.owner);
  if (!person.roles.has("advisor") && !person.roles.has("coordinator")) {
    throw new NotAllowedError(
      `Only advisors and coordinators manage conference slots; ${caller || "someone outside your school's domain"} is neither in Confer's roster.`,
    );
  }
  return person;
}

const isCoordinator = (person: Person) => person.roles.has("coordinator");

function hostFor(person: Person, asked: unknown, context: ScheduleContext): string {
  const wanted = typeof asked === "string" ? asked.trim().toLowerCase() : "";
  if (wanted === "" || wanted === person.email) return person.email;
  if (!isCoordinator(person)) {
    throw new NotAllowedError(`Only a coordinator can publish slots for ${wanted}.`);
  }
  if (!context.roster.staff.some((member) => member.email === wanted)) {
    throw new NotAllowedError(
      `${wanted} is not on the Staff tab, so they cannot host conferences.`,
    );
  }
  return wanted;
}

export interface PublishResult {
  readonly added: number;
  readonly unchanged: number;
  /** Runs of neighbouring times on one day skipped for one reason. */
  readonly skipped: readonly { when: string; count: number; reason: string }[];
  readonly first: string;
  readonly last: string;
}

export function publishSlotsFor(caller: string, input: unknown): PublishResult {
  const context = loadScheduleContext();
  const person = staffOf(caller, context);
  const host = hostFor(person, (input as { hostEmail?: unknown } | null)?.hostEmail, context);
  const request = parsePublishRequest(input, host);
  checkAgainstSettings(request, context.settings);
  const zone = context.settings.timeZone;
  const result = withScriptLock(() => {
    const store = readSchedule(context.hub);
    const planned = planSlots(request, { timeZone: zone, now: context.now, existing: store.slots });
    writeSlots(
      store,
      planned.added.map((after) => ({ before: null, after })),
    );
    const log: BookingLogEntry[] = planned.added.map((slot) => ({
      time: context.now,
      actor: person.email,
      action: "publish",
      slotId: slot.id,
      studentId: "",
      detail: `${slot.round}: ${describeSlotTime(slot.start, slot.minutes, zone, "en")}`,
    }));
    appendBookingLog(context.hub, log);
    return planned;
  });
  ensureBackgroundTrigger();
  const starts = result.added.map((slot) => slot.start).sort();
  const when = (iso: string | undefined) => (iso ? describeSlotTime(iso, 0, zone, "en") : "");
  return {
    added: result.added.length,
    unchanged: result.unchanged,
    skipped: skippedRuns(result.skipped, zone).map((run) => ({
      when: describeSlotTime(run.first, (isoMs(run.last) - isoMs(run.first)) / 60_000, zone, "en"),
      count: run.count,
      reason: run.reason,
    })),
    first: when(starts[0]),
    last: when(starts[starts.length - 1]),
  };
}

export interface SlotRow {
  readonly id: string;
  readonly round: string;
  readonly kind: RoundKind;
  readonly hostEmail: string;
  readonly start: string;
  readonly when: string;
  readonly minutes: number;
  readonly location: string;
  readonly status: Slot["status"];
  readonly studentId: string;
  readonly studentName: string;
  readonly bookedBy: string;
}

export interface ScheduleView {
  readonly timeZone: string;
  readonly rounds: readonly string[];
  readonly hosts: readonly { email: string; name: string }[];
  readonly slots: readonly SlotRow[];
  readonly students: readonly { id: string; name: string; advisorEmail: string }[];
  readonly coordinator: boolean;
  readonly signupUrlSet: boolean;
  readonly notices: NoticeDelivery;
}

function slotRows(context: ScheduleContext, slots: readonly Slot[]): SlotRow[] {
  const names = new Map(context.roster.students.map((s) => [s.id, studentName(s)]));
  const zone = context.settings.timeZone;
  return slots.map((slot) => ({
    id: slot.id,
    round: slot.round,
    kind: slot.kind,
    hostEmail: slot.hostEmail,
    start: slot.start,
    when: describeSlotTime(slot.start, slot.minutes, zone, "en"),
    minutes: slot.minutes,
    location: slot.location,
    status: slot.status,
    studentId: slot.studentId,
    studentName: names.get(slot.studentId) ?? slot.studentId,
    bookedBy: slot.bookedBy,
  }));
}

export function scheduleViewFor(
  caller: string,
  filter: { round?: string; hostEmail?: string },
): ScheduleView {
  const context = loadScheduleContext();
  const person = staffOf(caller, context);
  const all = currentSlots(context.hub);
  const mine = isCoordinator(person)
    ? all.filter((slot) => !filter.hostEmail || slot.hostEmail === filter.hostEmail.toLowerCase())
    : all.filter((slot) => slot.hostEmail === person.email);
  const rounds = [...new Set(all.map((slot) => slot.round))].sort();
  const shown = mine
    .filter((slot) => !filter.round || slot.round === filter.round)
    .sort((a, b) => a.start.localeCompare(b.start));
  const students = context.roster.students
    .filter((s) => s.active && (isCoordinator(person) || s.advisorEmail === person.email))
    .map((s) => ({ id: s.id, name: studentName(s), advisorEmail: s.advisorEmail }));
  const hostEmails = new Set(all.map((slot) => slot.hostEmail));
  return {
    timeZone: context.settings.timeZone,
    rounds,
    hosts: context.roster.staff
      .filter((m) => hostEmails.has(m.email) || m.roles.includes("advisor"))
      .map((m) => ({ email: m.email, name: m.name })),
    slots: slotRows(context, shown),
    students,
    coordinator: isCoordinator(person),
    signupUrlSet: context.settings.familySignupUrl !== "",
    notices: { mode: context.settings.scheduleNotices, mailbox: context.owner },
  };
}

function requireHost(person: Person, slots: readonly Slot[], slotId: string): void {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || isCoordinator(person) || slot.hostEmail === person.email) return;
  throw new NotAllowedError(
    `Slot ${slotId} is ${slot.hostEmail}'s; only they or a coordinator can change it.`,
  );
}

function decisionFor(
  person: Person,
  change: StaffChange,
): (ctx: BookingContext) => BookingDecision {
  return (ctx) => {
    switch (change.action) {
      case "book": {
        const student = ctx.roster.students.find((s) => s.id === change.studentId);
        if (student && !isCoordinator(person) && student.advisorEmail !== person.email) {
          throw new NotAllowedError(
            `Only ${student.advisorEmail} or a coordinator can book for this student.`,
          );
        }
        return decideBook(change, ctx);
      }
      case "move":
        requireHost(person, ctx.slots, change.slotId);
        return decideMove(change, ctx);
      case "cancel-booking": {
        requireHost(person, ctx.slots, change.slotId);
        const slot = ctx.slots.find((s) => s.id === change.slotId);
        return decideCancelBooking(
          { slotId: change.slotId, studentId: slot?.studentId ?? "" },
          ctx,
        );
      }
      case "cancel-slot":
        requireHost(person, ctx.slots, change.slotId);
        return decideCancelSlot(change, ctx);
      case "no-show":
        requireHost(person, ctx.slots, change.slotId);
        return decideNoShow(change, ctx);
      case "held":
        requireHost(person, ctx.slots, change.slotId);
        return decideHeld(change, ctx);
      case "move-day": {
        if (
          !isCoordinator(person) &&
          change.hostEmail !== null &&
          change.hostEmail !== person.email
        ) {
          throw new NotAllowedError(`Only a coordinator can move ${change.hostEmail}'s day.`);
        }
        const hostEmail = isCoordinator(person) ? change.hostEmail : person.email;
        return decideMoveDay({ ...change, hostEmail }, ctx);
      }
    }
  };
}

export interface ChangeResult {
  readonly changed: number;
  readonly told: number;
  readonly noticeMode: "draft" | "send";
  /** Whose Gmail the notices are drafted in or sent from. */
  readonly noticeMailbox: string;
  readonly problems: readonly string[];
  readonly followUp: { slotId: string; studentId: string; studentName: string } | null;
  /** A booking for a student already booked in the round moved them: from when, to when. */
  readonly moved: {
    studentName: string;
    previousStart: string;
    from: string;
    to: string;
  } | null;
  readonly slots: readonly SlotRow[];
}

function movedByBooking(
  context: ScheduleContext,
  change: StaffChange,
  committed: Committed,
): ChangeResult["moved"] {
  if (change.action !== "book") return null;
  const notice = committed.notices.find(
    (n) => n.kind === "moved" && n.studentId === change.studentId && n.slotId === change.slotId,
  );
  const student = context.roster.students.find((s) => s.id === change.studentId);
  const to = committed.slots.find((slot) => slot.id === change.slotId);
  if (!notice || !student || !to) return null;
  const from = committed.changes.find(
    (c) => c.before?.studentId === student.id && c.before.start === notice.previousStart,
  )?.before;
  const zone = context.settings.timeZone;
  return {
    studentName: studentName(student),
    previousStart: notice.previousStart,
    from: describeSlotTime(notice.previousStart, from?.minutes ?? 0, zone, "en"),
    to: describeSlotTime(to.start, to.minutes, zone, "en"),
  };
}

export function changeBookingFor(caller: string, change: StaffChange): ChangeResult {
  const context = loadScheduleContext();
  const person = staffOf(caller, context);
  const committed = commitDecision(context, person.email, null, decisionFor(person, change));
  const notices = committed.notices.filter((n) => n.kind !== "no-show");
  const { calendarProblems, notices: delivered } = followThrough(context, {
    ...committed,
    notices,
  });
  const noShow = committed.notices.find((n) => n.kind === "no-show");
  const student = noShow && context.roster.students.find((s) => s.id === noShow.studentId);
  const touched = new Set(committed.changes.map((c) => c.after.id));
  return {
    changed: committed.changes.length,
    told: delivered.messages,
    noticeMode: delivered.mode,
    noticeMailbox: context.owner,
    problems: [...calendarProblems, ...delivered.problems],
    followUp:
      noShow && student
        ? {
            slotId: noShow.slotId,
            studentId: noShow.studentId,
            studentName: studentName(student),
          }
        : null,
    moved: movedByBooking(context, change, committed),
    slots: slotRows(
      context,
      committed.slots.filter((slot) => touched.has(slot.id)),
    ),
  };
}

/** A no-show's follow-up: the feedback is logged, and the messages come back for the caller to draft. */
export function noShowFollowUpFor(
  caller: string,
  request: { slotId: string; feedback: string },
): MessagesToDraft {
  const context = loadScheduleContext();
  const person = staffOf(caller, context);
  const feedback = request.feedback.trim().slice(0, 2000);
  const slot = withScriptLock(() => {
    const found = readSchedule(context.hub).slots.find((s) => s.id === request.slotId);
    if (found?.status !== "no-show") {
      throw new ScheduleInputError("Slot", request.slotId, "is not recorded as a no-show");
    }
    requireHost(person, [found], found.id);
    appendBookingLog(context.hub, [
      {
        time: context.now,
        actor: person.email,
        action: "no-show",
        slotId: found.id,
        studentId: found.studentId,
        detail: feedback === "" ? "follow-up drafted" : `feedback: ${feedback}`,
      },
    ]);
    return found;
  });
  const links = familyLinkMaker(context, slot.round);
  const family = familiesOf(context.roster).find((f) =>
    f.students.some((s) => s.id === slot.studentId),
  );
  const url = family ? links(family).url : "";
  const messages = planNotices(
    [
      {
        kind: "no-show",
        studentId: slot.studentId,
        slotId: slot.id,
        start: slot.start,
        previousStart: "",
      },
    ],
    {
      settings: context.settings,
      roster: context.roster,
      slots: new Map([[slot.id, slot]]),
      signupUrlOf: () => url,
      feedback,
      toStudent: false,
    },
  );
  return {
    messages,
    defaultLanguage: context.settings.defaultLanguage,
    fromName: nameOf(person.email, context),
  };
}

/** Messages the caller drafts in their own Gmail, planned where the hub can be read. */
export interface MessagesToDraft {
  readonly messages: readonly Planned[];
  readonly defaultLanguage: string;
  /** The caller's name, for the From of the drafts in their mailbox. */
  readonly fromName: string;
}

export interface BookingReminders extends MessagesToDraft {
  readonly families: number;
  readonly withoutEmail: readonly string[];
  readonly kind: RoundKind;
}

/** One reminder to book, with the family's own sign-up link, per family not yet booked. */
export function bookingRemindersFor(
  caller: string,
  filter: { round: string; advisorEmail?: string },
): BookingReminders {
  const context = loadScheduleContext();
  const view = notYetBookedIn(context, staffOf(caller, context), filter);
  if (view.linkProblem) throw new NotAllowedError(view.linkProblem);
  const hasEmail = (row: NotBookedRow) => row.guardians.some((g) => g.email !== "");
  const seenLinks = new Set<string>();
  const rows = view.rows.filter((row) => {
    if (!hasEmail(row) || seenLinks.has(row.link)) return false;
    seenLinks.add(row.link);
    return true;
  });
  const messages = rows.flatMap((row) =>
    planNotices(
      [{ kind: "not-booked", studentId: row.studentId, slotId: "", start: "", previousStart: "" }],
      {
        settings: context.settings,
        roster: context.roster,
        slots: new Map(),
        signupUrlOf: () => row.link,
        toStudent: false,
      },
    ),
  );
  return {
    messages,
    defaultLanguage: context.settings.defaultLanguage,
    fromName: nameOf(caller, context),
    families: rows.length,
    withoutEmail: view.rows.filter((row) => !hasEmail(row)).map((row) => row.studentName),
    kind: view.kind,
  };
}

export interface NotBookedView {
  readonly round: string;
  readonly kind: RoundKind;
  readonly rows: readonly (NotBookedRow & { link: string })[];
  readonly linkProblem: string;
}

export function notYetBookedFor(
  caller: string,
  filter: { round: string; advisorEmail?: string },
): NotBookedView {
  const context = loadScheduleContext();
  return notYetBookedIn(context, staffOf(caller, context), filter);
}

function notYetBookedIn(
  context: ScheduleContext,
  person: Person,
  filter: { round: string; advisorEmail?: string },
): NotBookedView {
  const slots = currentSlots(context.hub);
  const round = filter.round || slots.find((s) => s.status !== "cancelled")?.round || "";
  const kind: RoundKind = slots.find((s) => s.round === round)?.kind ?? "conference";
  const advisorEmail = isCoordinator(person)
    ? filter.advisorEmail?.toLowerCase() || null
    : person.email;
  const rows = notYetBooked(context.roster, slots, {
    advisorEmail,
    round,
    kind,
    minimumOfficeHours: context.settings.officeHoursPerStudent,
  });
  const linkProblem =
    context.settings.familySignupUrl === ""
      ? "Set the Family sign-up URL in Confer ▸ Settings first: families need it to book."
      : "";
  const families = familiesOf(context.roster);
  const make = linkProblem === "" && round !== "" ? familyLinkMaker(context, round) : null;
  const linkOf = new Map<string, string>();
  for (const row of rows) {
    if (!make || linkOf.has(row.studentId)) continue;
    const family = families.find((f) => f.students.some((s) => s.id === row.studentId));
    if (!family) continue;
    const { url } = make(family);
    for (const student of family.students) if (!linkOf.has(student.id)) linkOf.set(student.id, url);
  }
  return {
    round,
    kind,
    rows: rows.map((row) => ({ ...row, link: linkOf.get(row.studentId) ?? "" })),
    linkProblem,
  };
}
