/*
 * The hub's working round, read from the Rounds tab (one read) with today in the school's time
 * zone; see domain/rounds/working-round.ts for how it is chosen.
 */
import { readRoundRows } from "../../domain/rounds/rows";
import { type WorkingRound, workingRound } from "../../domain/rounds/working-round";
import { readRoundsTab } from "../../workspace/rounds-tab";
import type { HubReading } from "../hub/context";

export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd");
}

export function workingRoundOf(context: HubReading): WorkingRound {
  const rounds = readRoundRows(readRoundsTab(context.hub)).entries.map((entry) => entry.round);
  return workingRound(rounds, todayIn(context.settings.timeZone), context.settings.term);
}
