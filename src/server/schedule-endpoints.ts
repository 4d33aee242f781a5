/*
 * The Schedule and Not yet booked sidebars' endpoints. The schedule is written only as the hub
 * owner (directly for the owner, through the web app for anyone else); reminders to book and a
 * no-show's follow-up are drafted in the caller's own Gmail.
 */
import type { RoundKind } from "../domain/schedule/model";
import { parseStaffChange } from "../domain/schedule/staff-change";
import { effectiveUserEmail } from "../workspace/session";
import { asHubOwner } from "./as-owner";
import { deliverMessages, type NoticesDelivered } from "./schedule-notices";
import {
  bookingRemindersFor,
  type ChangeResult,
  changeBookingFor,
  type NotBookedView,
  noShowFollowUpFor,
  notYetBookedFor,
  type PublishResult,
  publishSlotsFor,
  type ScheduleView,
  scheduleViewFor,
} from "./schedule-staff";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function publishSlots(request: unknown): PublishResult {
  return asHubOwner("publishSlots", { request }, (caller) => publishSlotsFor(caller, request));
}

export function getSchedule(filter?: { round?: string; hostEmail?: string }): ScheduleView {
  const checked = { round: text(filter?.round), hostEmail: text(filter?.hostEmail) };
  return asHubOwner("schedule", checked, (caller) => scheduleViewFor(caller, checked));
}

export function changeBooking(change: unknown): ChangeResult {
  const checked = parseStaffChange(change);
  return asHubOwner("changeBooking", { change: checked }, (caller) =>
    changeBookingFor(caller, checked),
  );
}

export function getNotYetBooked(filter?: { round?: string; advisorEmail?: string }): NotBookedView {
  const checked = { round: text(filter?.round) ?? "", advisorEmail: text(filter?.advisorEmail) };
  return asHubOwner("notYetBooked", checked, (caller) => notYetBookedFor(caller, checked));
}

function fromMe(): { name: string; email: string } {
  return { name: "", email: effectiveUserEmail() };
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
  const checked = { round: text(filter?.round) ?? "", advisorEmail: text(filter?.advisorEmail) };
  const planned = asHubOwner("bookingReminders", checked, (caller) =>
    bookingRemindersFor(caller, checked),
  );
  const delivered = deliverMessages(planned.messages, "draft", planned.defaultLanguage, fromMe());
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
  const slotId = text(request?.slotId) ?? "";
  const feedback = String(request?.feedback ?? "");
  const planned = asHubOwner("noShowFollowUp", { slotId, feedback }, (caller) =>
    noShowFollowUpFor(caller, { slotId, feedback }),
  );
  return deliverMessages(planned.messages, "draft", planned.defaultLanguage, fromMe());
}
