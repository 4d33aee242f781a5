/*
 * Moving a whole day (a snow day): every open or booked slot on one local date moves to the same
 * local time on another, bookings and all, or nothing moves and the conflicting time is named.
 */
import {
  type BookingContext,
  type BookingDecision,
  DecisionBuilder,
  requireStaff,
  slotLabel,
  withoutBooking,
} from "./decision";
import { BookingRefusedError, ScheduleInputError } from "./errors";
import { eventIdOf, slotIdOf } from "./ids";
import type { Slot } from "./model";
import { overlaps } from "./plan-slots";
import { isoMs, localParts, parseDate, shortLocalTime, zonedInstant } from "./zoned-time";

interface Target {
  readonly source: Slot;
  readonly existing: Slot | undefined;
  readonly slot: Slot;
}

function targetOf(source: Slot, toDate: string, ctx: BookingContext): Target {
  const start = zonedInstant(toDate, localParts(source.start, ctx.timeZone).minutes, ctx.timeZone);
  const id = slotIdOf(source.hostEmail, start);
  const existing = ctx.slots.find((s) => s.id === id);
  const base: Slot =
    existing && existing.status === "open"
      ? existing
      : { ...withoutBooking(source, "open"), id, start };
  const slot: Slot =
    source.status === "booked"
      ? {
          ...base,
          status: "booked",
          studentId: source.studentId,
          bookedBy: source.bookedBy,
          bookedAt: source.bookedAt,
          calendarEventId: eventIdOf(id, source.studentId),
          remindedAt: "",
        }
      : base;
  return { source, existing, slot };
}

function checkTarget(
  target: Target,
  earlier: readonly Target[],
  moving: ReadonlySet<string>,
  ctx: BookingContext,
): void {
  const { existing, slot, source } = target;
  const time = `${shortLocalTime(slot.start, ctx.timeZone)} (${slot.hostEmail})`;
  if (existing && existing.status !== "open" && existing.status !== "cancelled") {
    throw new BookingRefusedError(
      "slot-taken",
      `${time} is already taken by another booking, so nothing was moved.`,
    );
  }
  if (existing && existing.status === "open" && existing.round !== source.round) {
    throw new ScheduleInputError(
      "To date",
      slot.start.slice(0, 10),
      `${time} already holds a slot of “${existing.round}”, so nothing was moved`,
    );
  }
  const clash =
    ctx.slots.find(
      (s) =>
        s.hostEmail === slot.hostEmail &&
        s.status !== "cancelled" &&
        s.id !== slot.id &&
        !moving.has(s.id) &&
        overlaps(s, slot),
    ) ?? earlier.find((t) => t.slot.hostEmail === slot.hostEmail && overlaps(t.slot, slot))?.slot;
  if (clash) {
    throw new ScheduleInputError(
      "To date",
      localParts(slot.start, ctx.timeZone).date,
      `${time} overlaps the slot at ${shortLocalTime(clash.start, ctx.timeZone)}, so nothing was moved`,
    );
  }
  if (isoMs(slot.start) <= isoMs(ctx.now, "Now")) {
    throw new ScheduleInputError(
      "To date",
      localParts(slot.start, ctx.timeZone).date,
      `${time} is in the past`,
    );
  }
}

export function decideMoveDay(
  request: { hostEmail: string | null; fromDate: string; toDate: string },
  ctx: BookingContext,
): BookingDecision {
  requireStaff(ctx, "move a day");
  const fromDate = parseDate(request.fromDate, "From date");
  const toDate = parseDate(request.toDate, "To date");
  if (toDate === fromDate) {
    throw new ScheduleInputError("To date", toDate, "is the day being moved; choose another day");
  }
  const today = localParts(ctx.now, ctx.timeZone).date;
  if (toDate <= today) {
    throw new ScheduleInputError("To date", toDate, `must be after today (${today})`);
  }
  const host = request.hostEmail === null ? null : request.hostEmail.trim().toLowerCase();
  const sources = ctx.slots
    .filter(
      (s) =>
        (s.status === "open" || s.status === "booked") &&
        (host === null || s.hostEmail.toLowerCase() === host) &&
        localParts(s.start, ctx.timeZone).date === fromDate,
    )
    .sort((a, b) => isoMs(a.start) - isoMs(b.start));
  if (sources.length === 0) {
    const whose = host === null ? "" : ` for ${host}`;
    throw new ScheduleInputError("From date", fromDate, `has no open or booked slots${whose}`);
  }
  const moving = new Set(sources.map((s) => s.id));
  const targets: Target[] = [];
  for (const source of sources) {
    const target = targetOf(source, toDate, ctx);
    checkTarget(target, targets, moving, ctx);
    targets.push(target);
  }
  const decision = new DecisionBuilder(ctx);
  for (const { source, existing, slot } of targets) {
    decision.change(
      source,
      withoutBooking(source, "cancelled"),
      "move-day",
      source.studentId,
      `to ${slotLabel(slot, ctx)}`,
    );
    if (source.status === "open" && existing?.status === "open") continue;
    decision.change(
      existing ?? null,
      slot,
      "move-day",
      source.studentId,
      `from ${slotLabel(source, ctx)}`,
    );
    if (source.status === "booked") decision.notice("moved", source.studentId, slot, source.start);
  }
  return decision.build();
}
