/*
 * The line a sidebar opens with to say which round it works on: "Round: <name>." and what that
 * round means in this sidebar; with no round, what the sidebar works on instead.
 */
export function roundLead(round: string, meaning: string, noRound: string): string {
  return round === "" ? noRound : `Round: ${round}. ${meaning}`;
}
