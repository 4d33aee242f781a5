/*
 * What the Draft guardian updates sidebar shows as it opens, read as the hub owner: the round its
 * drafts speak of, "" when no round is open and Settings has no term.
 */
import { loadHubContext } from "../hub/context";
import { workingRoundOf } from "../rounds/working-round";

export interface UpdatesSidebarInfo {
  readonly round: string;
}

export function updatesSidebarInfo(): UpdatesSidebarInfo {
  return { round: workingRoundOf(loadHubContext()).name };
}
