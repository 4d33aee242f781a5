/*
 * What every booking decision shares: the context it is decided in, the changes, log entries and
 * notices it produces, and the rules that refuse a request before anything changes.
 */
import type { Roster, Student } from "../roster/model";
import { BookingRefusedError, ScheduleInputError } from "./errors";
import { stillFamilyOf, studentName } from "./families";
import { familyActor, familyChangesMade } from "./family-changes";
import type { BookingAction, BookingLogEntry, FamilyTokenPayload, Slot, SlotStatus } from "./model";
import { isoMs, shortLocalTime } from "./zoned-time";

export interface BookingContext {
  readonly slots: readonly Slot[];
  readonly log: readonly BookingLogEntry[];
  readonly roster: Roster;
  readonly now: string;
  readonly actor: string;
  readonly family: FamilyTokenPayload | null;
  readonly maxChangesPerLink: number;
  readonly timeZone: string;
}

export interface SlotChange {
  readonly before: Slot | null;
  readonly after: Slot;
}

export type NoticeKind =
  | "confirmed"
  | "moved"
  | "cancelled"
  | "reminder"
  | "not-booked"
  | "no-show";

export interface Notice {
  readonly kind: NoticeKind;
  readonly studentId: string;
  readonly slotId: string;
  readonly start: string;
  readonly previousStart: string;
}

export interface BookingDecision {
  readonly changes: readonly SlotChange[];
  readonly log: readonly BookingLogEntry[];
  readonly notices: readonly Notice[];
}

export const NO_CHANGE: BookingDecision = { changes: [], log: [], notices: [] };

/** Collects one decision's changes, with a log entry for each. */
export class DecisionBuilder {
  private readonly changes: SlotChange[] = [];
  private readonly log: BookingLogEntry[] = [];
  private readonly notices: Notice[] = [];

  constructor(private readonly ctx: BookingContext) {}

  change(
    before: Slot | null,
    after: Slot,
    action: BookingAction,
    studentId: string,
    detail: string,
  ): this {
    this.changes.push({ before, after });
    this.log.push({
      time: this.ctx.now,
      actor: actorOf(this.ctx),
      action,
      slotId: after.id,
      studentId,
      detail,
    });
    return this;
  }

  notice(kind: NoticeKind, studentId: string, slot: Slot, previousStart = ""): this {
    this.notices.push({ kind, studentId, slotId: slot.id, start: slot.start, previousStart });
    return this;
  }

  build(): BookingDecision {
    return { changes: this.changes, log: this.log, notices: this.notices };
  }
}

export function actorOf(ctx: BookingContext): string {
  return ctx.family ? familyActor(ctx.family) : ctx.actor;
}

export function timeOf(slot: Slot, ctx: BookingContext): string {
  return shortLocalTime(slot.start, ctx.timeZone);
}

/** "S-7K2… (Tue Dec 1 1:00 PM)", for log details. */
export function slotLabel(slot: Slot, ctx: BookingContext): string {
  return `${slot.id} (${timeOf(slot, ctx)})`;
}

export function isPast(slot: Slot, ctx: BookingContext): boolean {
  return isoMs(slot.start) <= isoMs(ctx.now, "Now");
}

export function findSlot(slotId: string, ctx: BookingContext): Slot {
  const slot = ctx.slots.find((s) => s.id === slotId);
  if (!slot) {
    throw new BookingRefusedError(
      "slot-missing",
      `There is no time “${slotId}” on the schedule any more. Reload the page and choose another time.`,
    );
  }
  return slot;
}

export function findStudent(studentId: string, ctx: BookingContext): Student {
  if (ctx.family && !ctx.family.studentIds.includes(studentId)) {
    throw new BookingRefusedError(
      "not-your-student",
      `This sign-up link is not for student “${studentId}”. Use the link sent for that student.`,
    );
  }
  const student = ctx.roster.students.find((s) => s.id === studentId);
  if (ctx.family && student && !stillFamilyOf(student, ctx.family)) {
    throw new BookingRefusedError(
      "not-your-student",
      `This sign-up link no longer speaks for student “${studentId}”: the school's roster no longer lists this family for them. Please contact the school.`,
    );
  }
  if (!student?.active) {
    throw new ScheduleInputError("Student", studentId, "is not an active student on the roster");
  }
  return student;
}

export function checkRound(slot: Slot, ctx: BookingContext): void {
  if (ctx.family && slot.round !== ctx.family.round) {
    throw new BookingRefusedError(
      "wrong-round",
      `${timeOf(slot, ctx)} belongs to “${slot.round}”, but this sign-up link is for “${ctx.family.round}”.`,
    );
  }
}

export function checkNotCancelled(slot: Slot, ctx: BookingContext): void {
  if (slot.status === "cancelled") {
    throw new BookingRefusedError(
      "slot-cancelled",
      `The time ${timeOf(slot, ctx)} has been cancelled. Please choose another time.`,
    );
  }
}

export function checkOpen(slot: Slot, ctx: BookingContext): void {
  if (slot.status !== "open") {
    throw new BookingRefusedError(
      "slot-taken",
      `Sorry, ${timeOf(slot, ctx)} is already taken. Please choose another time.`,
    );
  }
}

export function checkFuture(slot: Slot, ctx: BookingContext): void {
  if (isPast(slot, ctx)) {
    throw new BookingRefusedError(
      "slot-past",
      `${timeOf(slot, ctx)} has already passed. Please choose a later time.`,
    );
  }
}

/** The slot's host must be the student's advisor, or (for a staff move) the original host. */
export function checkHost(
  slot: Slot,
  student: Student | undefined,
  ctx: BookingContext,
  alsoHost = "",
): void {
  const host = slot.hostEmail.toLowerCase();
  const advisor = (student?.advisorEmail ?? "").trim().toLowerCase();
  if (host === advisor || host === alsoHost.toLowerCase()) return;
  const whose = student
    ? `${studentName(student)}'s advisor is ${advisor || "not set"}`
    : "the student is not on the roster";
  throw new BookingRefusedError(
    "wrong-host",
    `${timeOf(slot, ctx)} is one of ${slot.hostEmail}'s times, and ${whose}. Please choose one of the advisor's times.`,
  );
}

/** A family may make only so many changes in a round, whichever of its links it uses. */
export function checkFamilyBound(ctx: BookingContext): void {
  if (!ctx.family) return;
  const made = familyChangesMade(ctx.family, ctx.log, ctx.slots);
  if (made >= ctx.maxChangesPerLink) {
    throw new BookingRefusedError(
      "too-many-changes",
      `Your family has already made ${made} changes for this round, the most a family may make. Please contact your child's advisor to change the booking.`,
    );
  }
}

export function requireStaff(ctx: BookingContext, what: string): void {
  if (ctx.family) {
    throw new BookingRefusedError(
      "not-your-student",
      `A sign-up link cannot ${what}; please ask your child's advisor.`,
    );
  }
}

/** The slot without its booking. */
export function withoutBooking(slot: Slot, status: SlotStatus): Slot {
  return {
    ...slot,
    status,
    studentId: "",
    bookedBy: "",
    bookedAt: "",
    calendarEventId: "",
    remindedAt: "",
  };
}
