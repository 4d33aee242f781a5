/*
 * Which round a not-yet-booked list is about: the one asked for, else the hub's working round
 * when it has slots, else the round of the first slot not cancelled; and whether it is a
 * conference or office hours.
 */
import { sameRoundName } from "../rounds/model";
import type { RoundKind, Slot } from "./model";

export function roundToShow(
  slots: readonly Slot[],
  asked: string,
  working = "",
): { readonly round: string; readonly kind: RoundKind } {
  const live = slots.filter((s) => s.status !== "cancelled");
  const workingSlot = live.find((s) => working !== "" && sameRoundName(s.round, working));
  const round = asked || workingSlot?.round || live[0]?.round || "";
  const kind: RoundKind = slots.find((s) => s.round === round)?.kind ?? "conference";
  return { round, kind };
}
