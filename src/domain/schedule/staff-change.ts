/*
 * What a staff member asks of the schedule from the sidebar, checked for shape before anything
 * is read: book for a student, move or cancel a booking, cancel a slot, record a no-show or a
 * held conference, or move a whole day.
 */
import { BadRequestError } from "../comments/request";
import { parseDate } from "./zoned-time";

export type StaffChange =
  | { readonly action: "book"; readonly studentId: string; readonly slotId: string }
  | { readonly action: "move"; readonly slotId: string; readonly toSlotId: string }
  | { readonly action: "cancel-booking"; readonly slotId: string }
  | { readonly action: "cancel-slot"; readonly slotId: string; readonly reason: string }
  | { readonly action: "no-show"; readonly slotId: string }
  | { readonly action: "held"; readonly slotId: string }
  | {
      readonly action: "move-day";
      readonly hostEmail: string | null;
      readonly fromDate: string;
      readonly toDate: string;
    };

const ID = /^[A-Za-z0-9_.:-]{1,80}$/;

function idOf(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== "string" || !ID.test(value)) {
    throw new BadRequestError(`The request's ${field} “${String(value ?? "")}” is not an ID.`);
  }
  return value;
}

export function parseStaffChange(value: unknown): StaffChange {
  if (typeof value !== "object" || value === null) {
    throw new BadRequestError("The schedule change is missing.");
  }
  const input = value as Record<string, unknown>;
  switch (input.action) {
    case "book":
      return { action: "book", studentId: idOf(input, "studentId"), slotId: idOf(input, "slotId") };
    case "move":
      return { action: "move", slotId: idOf(input, "slotId"), toSlotId: idOf(input, "toSlotId") };
    case "cancel-booking":
    case "no-show":
    case "held":
      return { action: input.action, slotId: idOf(input, "slotId") };
    case "cancel-slot": {
      const reason = String(input.reason ?? "").trim();
      if (reason.length > 300) throw new BadRequestError("The reason is over 300 characters.");
      return { action: "cancel-slot", slotId: idOf(input, "slotId"), reason };
    }
    case "move-day": {
      const host = typeof input.hostEmail === "string" ? input.hostEmail.trim().toLowerCase() : "";
      return {
        action: "move-day",
        hostEmail: host === "" ? null : host,
        fromDate: parseDate(String(input.fromDate ?? ""), "Day to move"),
        toDate: parseDate(String(input.toDate ?? ""), "New day"),
      };
    }
    default:
      throw new BadRequestError(`Confer cannot “${String(input.action ?? "")}” a booking.`);
  }
}
