/*
 * The hub's rounds and its working round, read from the Rounds tab (one read) with today in the
 * school's time zone; see domain/rounds/working-round.ts for how the working round is chosen.
 */
import type { Round } from "../../domain/rounds/model";
import { readRoundRows } from "../../domain/rounds/rows";
import { type WorkingRound, workingRound } from "../../domain/rounds/working-round";
import type { Hub } from "../../workspace/hub-store";
import { readRoundsTab } from "../../workspace/rounds-tab";
import type { HubReading } from "../hub/context";

export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd");
}

export function roundsOf(hub: Hub): readonly Round[] {
  return readRoundRows(readRoundsTab(hub)).entries.map((entry) => entry.round);
}

export function workingRoundOf(
  context: HubReading,
  rounds: readonly Round[] = roundsOf(context.hub),
): WorkingRound {
  return workingRound(rounds, todayIn(context.settings.timeZone), context.settings.term);
}
