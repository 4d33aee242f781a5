/*
 * Which round a sidebar works on today: the open round whose dates (from the first day of any
 * window to the last) contain today, else the open round opened most recently, else none.
 */
import type { Round } from "./model";

/** The first and last day of any of the round's windows. */
export function roundSpan(round: Round): { readonly from: string; readonly to: string } {
  const windows = [round.preparation, round.comments, round.conference];
  return {
    from: windows.map((w) => w.from).reduce((a, b) => (b < a ? b : a)),
    to: windows.map((w) => w.to).reduce((a, b) => (b > a ? b : a)),
  };
}

const latestOpened = (rounds: readonly Round[]): Round | undefined =>
  rounds.reduce<Round | undefined>(
    (best, round) => (best === undefined || round.openedAt > best.openedAt ? round : best),
    undefined,
  );

/** `today` is YYYY-MM-DD in the school's time zone. */
export function currentRound(rounds: readonly Round[], today: string): Round | undefined {
  const open = rounds.filter((round) => round.state === "open");
  const running = open.filter((round) => {
    const span = roundSpan(round);
    return span.from <= today && today <= span.to;
  });
  return latestOpened(running) ?? latestOpened(open);
}
