/*
 * The slots of the round the hub works on: with a round from the Rounds tab, the slots published
 * into it; for the round named after Settings' term on a hub without rounds, every slot, as such
 * a hub always had one conference at a time.
 */
import { sameRoundName } from "../rounds/model";
import type { WorkingRound } from "../rounds/working-round";
import type { Slot } from "./model";

export function slotsOfRound(slots: readonly Slot[], working: WorkingRound): readonly Slot[] {
  if (working.round === undefined) return slots;
  return slots.filter((slot) => sameRoundName(slot.round, working.name));
}
