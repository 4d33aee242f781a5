/*
 * A staff member's change to the schedule as a booking decision: the change's own rule, run
 * only once the person may make it (their advisee, their slot, their day, or any as a
 * coordinator).
 */
import type { Person } from "../roles";
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
} from "./booking";
import { dayHostFor, requireAdvisorOf, requireHost } from "./staff-access";
import type { StaffChange } from "./staff-change";

export function staffDecision(
  person: Person,
  change: StaffChange,
): (ctx: BookingContext) => BookingDecision {
  return (ctx) => {
    switch (change.action) {
      case "book":
        requireAdvisorOf(
          person,
          ctx.roster.students.find((s) => s.id === change.studentId),
        );
        return decideBook(change, ctx);
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
      case "move-day":
        return decideMoveDay({ ...change, hostEmail: dayHostFor(person, change.hostEmail) }, ctx);
    }
  };
}
