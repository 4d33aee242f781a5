/*
 * What a staff member is told, before a change, about who will tell the student and family: with
 * drafted notices nobody is told until someone sends the drafts, and the words say whose Gmail
 * holds them.
 */
import type { ScheduleNotices } from "../settings/settings";

export interface NoticeDelivery {
  readonly mode: ScheduleNotices;
  /** Whose Gmail the notices are drafted in or sent from. */
  readonly mailbox: string;
}

/** e.g. "Confer drafts an email to the student and family in a@school's Gmail: they are told once it is sent." */
export function whoTells(delivery: NoticeDelivery, people: string): string {
  return delivery.mode === "send"
    ? `Confer emails ${people} from ${delivery.mailbox}.`
    : `Confer drafts an email to ${people} in ${delivery.mailbox}'s Gmail: they are told once it is sent.`;
}
