/*
 * Which round a not-yet-booked list is about: the one asked for, else the round of the first
 * slot not cancelled; and whether it is a conference or office hours.
 */
import type { RoundKind, Slot } from "./model";

export function roundToShow(
  slots: readonly Slot[],
  asked: string,
): { readonly round: string; readonly kind: RoundKind } {
  const round = asked || slots.find((s) => s.status !== "cancelled")?.round || "";
  const kind: RoundKind = slots.find((s) => s.round === round)?.kind ?? "conference";
  return { round, kind };
}
