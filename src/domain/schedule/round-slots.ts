/*
 * The slots of the round the hub works on: with a round from the Rounds tab, the slots published
 * into it; for the round named after Settings' term, every slot except those published into
 * another round of the Rounds tab, as a hub without rounds always had one conference at a time.
 */
import { type Round, sameRoundName } from "../rounds/model";
import type { WorkingRound } from "../rounds/working-round";
import type { Slot } from "./model";

export function slotsOfRound(
  slots: readonly Slot[],
  working: WorkingRound,
  rounds: readonly Round[],
): readonly Slot[] {
  if (working.round !== undefined) {
    return slots.filter((slot) => sameRoundName(slot.round, working.name));
  }
  const ofAnotherRound = (slot: Slot) =>
    !sameRoundName(slot.round, working.name) &&
    rounds.some((round) => sameRoundName(round.name, slot.round));
  return slots.filter((slot) => !ofAnotherRound(slot));
}
