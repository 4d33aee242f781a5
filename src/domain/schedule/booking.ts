/*
 * Booking decisions: a family or staff member books, cancels or moves a conference, and staff
 * cancel slots and record no-shows and held conferences. Each returns the slot changes, their log
 * entries and the notices owed to families; it throws a clear refusal instead when it may not.
 */
import {
  type BookingContext,
  type BookingDecision,
  checkFamilyBound,
  checkFuture,
  checkHost,
  checkNotCancelled,
  checkOpen,
  checkRound,
  DecisionBuilder,
  findSlot,
  findStudent,
  isPast,
  NO_CHANGE,
  requireStaff,
  slotLabel,
  timeOf,
  withoutBooking,
} from "./decision";
import { BookingRefusedError, ScheduleInputError } from "./errors";
import { eventIdOf } from "./ids";
import type { Slot } from "./model";
import { isoMs } from "./zoned-time";

export type {
  BookingContext,
  BookingDecision,
  Notice,
  NoticeKind,
  SlotChange,
} from "./decision";
export { decideMoveDay } from "./move-day";

function bookedFor(slot: Slot, studentId: string, bookedBy: string, bookedAt: string): Slot {
  return {
    ...slot,
    status: "booked",
    studentId,
    bookedBy,
    bookedAt,
    calendarEventId: eventIdOf(slot.id, studentId),
    remindedAt: "",
  };
}

function noBooking(slot: Slot, ctx: BookingContext, studentId = ""): BookingRefusedError {
  const whose = studentId === "" ? "" : ` for student “${studentId}”`;
  return new BookingRefusedError(
    "no-booking",
    `There is no booking${whose} at ${timeOf(slot, ctx)}.`,
  );
}

/** A conference's other live, future booking for the student, which a new booking replaces. */
function replacedBookings(slot: Slot, studentId: string, ctx: BookingContext): Slot[] {
  if (slot.kind !== "conference") return [];
  return ctx.slots
    .filter(
      (s) =>
        s.id !== slot.id &&
        s.studentId === studentId &&
        s.round === slot.round &&
        s.status === "booked" &&
        !isPast(s, ctx),
    )
    .sort((a, b) => isoMs(a.start) - isoMs(b.start));
}

export function decideBook(
  request: { studentId: string; slotId: string },
  ctx: BookingContext,
): BookingDecision {
  const student = findStudent(request.studentId, ctx);
  const slot = findSlot(request.slotId, ctx);
  checkRound(slot, ctx);
  checkNotCancelled(slot, ctx);
  if (slot.status === "booked" && slot.studentId === student.id) return NO_CHANGE;
  checkOpen(slot, ctx);
  checkFuture(slot, ctx);
  checkHost(slot, student, ctx);
  checkFamilyBound(ctx);

  const bookedBy = ctx.family ? ctx.family.guardianEmail || "family" : ctx.actor;
  const after = bookedFor(slot, student.id, bookedBy, ctx.now);
  const replaced = replacedBookings(slot, student.id, ctx);
  const decision = new DecisionBuilder(ctx);
  for (const old of replaced) {
    decision.change(
      old,
      withoutBooking(old, "open"),
      "move",
      student.id,
      `to ${slotLabel(slot, ctx)}`,
    );
  }
  const first = replaced[0];
  if (first) {
    decision
      .change(slot, after, "move", student.id, `from ${slotLabel(first, ctx)}`)
      .notice("moved", student.id, after, first.start);
  } else {
    decision
      .change(slot, after, "book", student.id, `booked ${slotLabel(slot, ctx)}`)
      .notice("confirmed", student.id, after);
  }
  return decision.build();
}

export function decideCancelBooking(
  request: { slotId: string; studentId: string },
  ctx: BookingContext,
): BookingDecision {
  if (ctx.family) findStudent(request.studentId, ctx);
  const slot = findSlot(request.slotId, ctx);
  checkRound(slot, ctx);
  if (slot.status !== "booked" || slot.studentId !== request.studentId) {
    throw noBooking(slot, ctx, request.studentId);
  }
  checkFuture(slot, ctx);
  checkFamilyBound(ctx);
  return new DecisionBuilder(ctx)
    .change(
      slot,
      withoutBooking(slot, "open"),
      "cancel",
      slot.studentId,
      `cancelled booking ${slotLabel(slot, ctx)}`,
    )
    .notice("cancelled", slot.studentId, slot)
    .build();
}

export function decideCancelSlot(
  request: { slotId: string; reason: string },
  ctx: BookingContext,
): BookingDecision {
  requireStaff(ctx, "cancel a slot");
  const slot = findSlot(request.slotId, ctx);
  if (slot.status === "cancelled") return NO_CHANGE;
  checkFuture(slot, ctx);
  const reason = request.reason.trim();
  const detail = `cancelled slot ${slotLabel(slot, ctx)}${reason === "" ? "" : `: ${reason}`}`;
  const decision = new DecisionBuilder(ctx).change(
    slot,
    withoutBooking(slot, "cancelled"),
    "cancel",
    slot.studentId,
    detail,
  );
  if (slot.status === "booked") decision.notice("cancelled", slot.studentId, slot);
  return decision.build();
}

export function decideMove(
  request: { slotId: string; toSlotId: string },
  ctx: BookingContext,
): BookingDecision {
  requireStaff(ctx, "move a booking");
  const from = findSlot(request.slotId, ctx);
  if (from.status !== "booked") throw noBooking(from, ctx);
  const to = findSlot(request.toSlotId, ctx);
  if (to.id === from.id) return NO_CHANGE;
  checkNotCancelled(to, ctx);
  checkOpen(to, ctx);
  checkFuture(to, ctx);
  if (to.round !== from.round) {
    throw new BookingRefusedError(
      "wrong-round",
      `${timeOf(to, ctx)} belongs to “${to.round}”, but the booking is for “${from.round}”.`,
    );
  }
  const student = ctx.roster.students.find((s) => s.id === from.studentId);
  checkHost(to, student, ctx, from.hostEmail);
  const after = bookedFor(to, from.studentId, from.bookedBy, ctx.now);
  return new DecisionBuilder(ctx)
    .change(from, withoutBooking(from, "open"), "move", from.studentId, `to ${slotLabel(to, ctx)}`)
    .change(to, after, "move", from.studentId, `from ${slotLabel(from, ctx)}`)
    .notice("moved", from.studentId, after, from.start)
    .build();
}

function checkStarted(slot: Slot, ctx: BookingContext, what: string): void {
  if (!isPast(slot, ctx)) {
    throw new ScheduleInputError(
      "Slot",
      `${slot.id} (${timeOf(slot, ctx)})`,
      `has not started yet; mark it ${what} once its time has come`,
    );
  }
}

export function decideNoShow(request: { slotId: string }, ctx: BookingContext): BookingDecision {
  requireStaff(ctx, "record a missed conference");
  const slot = findSlot(request.slotId, ctx);
  if (slot.status === "no-show") return NO_CHANGE;
  if (slot.status !== "booked" && slot.status !== "held") throw noBooking(slot, ctx);
  checkStarted(slot, ctx, "a no-show");
  return new DecisionBuilder(ctx)
    .change(
      slot,
      { ...slot, status: "no-show" },
      "no-show",
      slot.studentId,
      `no-show ${slotLabel(slot, ctx)}`,
    )
    .notice("no-show", slot.studentId, slot)
    .build();
}

export function decideHeld(request: { slotId: string }, ctx: BookingContext): BookingDecision {
  requireStaff(ctx, "record a conference as held");
  const slot = findSlot(request.slotId, ctx);
  if (slot.status === "held") return NO_CHANGE;
  if (slot.status !== "booked" && slot.status !== "no-show") throw noBooking(slot, ctx);
  checkStarted(slot, ctx, "held");
  return new DecisionBuilder(ctx)
    .change(
      slot,
      { ...slot, status: "held" },
      "held",
      slot.studentId,
      `held ${slotLabel(slot, ctx)}`,
    )
    .build();
}
