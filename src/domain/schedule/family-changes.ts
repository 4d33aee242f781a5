/*
 * How many changes a family's link has made in its round, and how many it may still make. A
 * booking, a move or a cancellation counts once, whatever it touched: its log entries share a time.
 */
import type { BookingAction, BookingLogEntry, FamilyTokenPayload, Slot } from "./model";

const FAMILY_ACTIONS: readonly BookingAction[] = ["book", "move", "cancel"];

/** The Booking Log's actor for whatever a family does through its link. */
export function familyActor(family: FamilyTokenPayload): string {
  return `family:${family.id}`;
}

export function familyChangesMade(
  family: FamilyTokenPayload,
  log: readonly BookingLogEntry[],
  slots: readonly Slot[],
): number {
  const actor = familyActor(family);
  const roundOf = new Map(slots.map((slot) => [slot.id, slot.round]));
  const decisions = new Set(
    log
      .filter((entry) => entry.actor === actor && FAMILY_ACTIONS.includes(entry.action))
      .filter((entry) => roundOf.get(entry.slotId) === family.round)
      .map((entry) => entry.time),
  );
  return decisions.size;
}

export function familyChangesLeft(
  family: FamilyTokenPayload,
  log: readonly BookingLogEntry[],
  slots: readonly Slot[],
  maxChangesPerLink: number,
): number {
  return Math.max(0, maxChangesPerLink - familyChangesMade(family, log, slots));
}
