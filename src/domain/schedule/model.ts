/*
 * Conference scheduling as Confer keeps it: slots a host publishes, grouped into rounds, each
 * booked by at most one student; the Booking Log of every change; and the families who book.
 */

/** A fixed-days conference round allows one booking per student; office hours recur. */
export type RoundKind = "conference" | "office-hours";

export type SlotStatus = "open" | "booked" | "held" | "no-show" | "cancelled";

export interface Slot {
  readonly id: string;
  readonly round: string;
  readonly kind: RoundKind;
  readonly hostEmail: string;
  /** An ISO instant (UTC, "2026-12-01T13:00:00.000Z"). */
  readonly start: string;
  readonly minutes: number;
  readonly location: string;
  readonly studentId: string;
  /** Who booked: a guardian's email, "family" for a guardian without one, or a staff email. */
  readonly bookedBy: string;
  readonly bookedAt: string;
  readonly status: SlotStatus;
  /** The Calendar event's ID, chosen by Confer so a re-run never makes a second event. */
  readonly calendarEventId: string;
  /** ISO instant a reminder was sent or drafted for this booking, or "". */
  readonly remindedAt: string;
}

export type BookingAction =
  | "publish"
  | "book"
  | "move"
  | "cancel"
  | "no-show"
  | "held"
  | "move-day"
  | "refused";

export interface BookingLogEntry {
  readonly time: string;
  /** A staff email, or "family:<token id>" for a family's sign-up link. */
  readonly actor: string;
  readonly action: BookingAction;
  readonly slotId: string;
  readonly studentId: string;
  readonly detail: string;
}

/** The signed content of a family's sign-up link. */
export interface FamilyTokenPayload {
  /** Token ID: random, names the link in the log and bounds its bookings. */
  readonly id: string;
  /** The guardian's email, or "" for a guardian without one. */
  readonly guardianEmail: string;
  /** The students this family may book for (siblings share one link). */
  readonly studentIds: readonly string[];
  readonly round: string;
  readonly language: string;
  /** Seconds since the epoch after which the link no longer works. */
  readonly expires: number;
}
