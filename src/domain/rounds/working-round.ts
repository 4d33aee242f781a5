/*
 * The round docs, comments, pulls, status and guardian updates work on: the current open round of
 * a kind that has conference docs, or, on a hub where no such round is open, a round named after
 * Settings' term (how a hub worked before it had rounds). A round reads by its name everywhere.
 */
import { currentRound } from "./current-round";
import { type Round, type RoundKind, sameRoundName } from "./model";

/** Kinds of round that give each student a conference doc, comments and a plan. */
export const DOC_ROUND_KINDS: readonly RoundKind[] = ["student-led"];

export interface WorkingRound {
  /** "" when no round is open and Settings has no term. */
  readonly name: string;
  /** The round from the Rounds tab, or undefined for the term's round. */
  readonly round?: Round;
}

export function workingRound(
  rounds: readonly Round[],
  today: string,
  term: string,
  kinds: readonly RoundKind[] = DOC_ROUND_KINDS,
): WorkingRound {
  const round = currentRound(
    rounds.filter((r) => kinds.includes(r.kind)),
    today,
  );
  return round ? { name: round.name, round } : { name: term.trim() };
}

/** Whether `today` is inside the round's comment window; a term's round has no window. */
export function commentWindowOpen(working: WorkingRound, today: string): boolean {
  const window = working.round?.comments;
  return window === undefined || (window.from <= today && today <= window.to);
}

/** The round a doc belongs to, by the name its record carries: from the Rounds tab, else the term's. */
export function roundNamed(rounds: readonly Round[], name: string): WorkingRound {
  const round = rounds.find((r) => sameRoundName(r.name, name));
  return round ? { name: round.name, round } : { name: name.trim() };
}
