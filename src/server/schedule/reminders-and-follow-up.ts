/*
 * Reminders to book and a no-show's follow-up: the hub owner decides what to say and to whom,
 * and the messages are drafted in the caller's own Gmail.
 */
import type { RoundKind } from "../../domain/schedule/model";
import { callAction, currentCaller } from "../actions/call";
import { deliverMessages, type NoticesDelivered } from "./notices";

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function fromMe(name: string): { name: string; email: string } {
  return { name, email: currentCaller().email };
}

export interface RemindersDrafted extends NoticesDelivered {
  readonly families: number;
  readonly withoutEmail: readonly string[];
  readonly kind: RoundKind;
}

/** Drafts, in the caller's Gmail, one reminder to book for each family not yet booked. */
export function draftBookingReminders(filter?: {
  round?: string;
  advisorEmail?: string;
}): RemindersDrafted {
  const planned = callAction("bookingReminders", filter);
  const delivered = deliverMessages(
    planned.messages,
    "draft",
    planned.defaultLanguage,
    fromMe(planned.fromName),
  );
  return {
    ...delivered,
    families: planned.families,
    withoutEmail: planned.withoutEmail,
    kind: planned.kind,
  };
}

/** Records a no-show's feedback and drafts the follow-up to the family in the caller's Gmail. */
export function draftNoShowFollowUp(request: {
  slotId?: unknown;
  feedback?: unknown;
}): NoticesDelivered {
  const planned = callAction("noShowFollowUp", request);
  return deliverMessages(
    planned.messages,
    "draft",
    planned.defaultLanguage,
    fromMe(planned.fromName),
  );
}
