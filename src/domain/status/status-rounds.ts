/*
 * Which round Status shows and which it compares with: a round that has docs (or the working
 * round), named in any case; an unknown name is refused with the rounds there are.
 */
import { sameRoundName } from "../rounds/model";
import { RoundRefusedError } from "../rounds/transitions";

export interface StatusRounds {
  readonly round: string;
  /** "" when nothing is compared. */
  readonly compareWith: string;
}

function named(rounds: readonly string[], wanted: string, field: string): string {
  const found = rounds.find((round) => sameRoundName(round, wanted));
  if (found !== undefined) return found;
  const known = rounds.length === 0 ? "none has docs yet" : rounds.join(", ");
  throw new RoundRefusedError(
    `Status has no round called “${wanted}” (${field}); rounds: ${known}.`,
  );
}

export function statusRounds(
  rounds: readonly string[],
  working: string,
  wanted: { readonly round?: string; readonly compareWith?: string },
): StatusRounds {
  const round = wanted.round ? named(rounds, wanted.round, "round") : working;
  const compareWith = wanted.compareWith ? named(rounds, wanted.compareWith, "compare with") : "";
  return { round, compareWith: sameRoundName(compareWith, round) ? "" : compareWith };
}
