/*
 * Counting the UrlFetchApp rounds (fetch or fetchAll) of measured executions by what they carry:
 * the rounds with a given API's requests, the rounds that first send one, and its requests sent
 * for the first time, sent again (after a "too fast" answer) and refused as too fast.
 */
import type { ExecutionReport, RoundRequest } from "../../emulator";

export interface RoundCounts {
  readonly rounds: number;
  readonly firstSendRounds: number;
  readonly firstSent: number;
  readonly resent: number;
  readonly refusedTooFast: number;
  /** Of the first sends, those refused as too fast. */
  readonly firstRefused: number;
}

/** In these scenarios a 403 or 429 answer is a rate limit (rateLimitExceeded and the like). */
const tooFast = (r: RoundRequest) => r.status === 429 || r.status === 403;

/** The rounds whose requests' latency keys start with one of the prefixes, and those requests. */
export function roundCounts(
  reports: readonly ExecutionReport[],
  prefixes: readonly string[],
): RoundCounts {
  const counts = {
    rounds: 0,
    firstSendRounds: 0,
    firstSent: 0,
    resent: 0,
    refusedTooFast: 0,
    firstRefused: 0,
  };
  for (const round of reports.flatMap((r) => r.fetchRounds)) {
    const mine = round.requests.filter((r) => prefixes.some((p) => r.key.startsWith(p)));
    if (mine.length === 0) continue;
    counts.rounds++;
    if (mine.some((r) => !r.resent)) counts.firstSendRounds++;
    counts.firstSent += mine.filter((r) => !r.resent).length;
    counts.resent += mine.filter((r) => r.resent).length;
    counts.refusedTooFast += mine.filter(tooFast).length;
    counts.firstRefused += mine.filter((r) => !r.resent && tooFast(r)).length;
  }
  return counts;
}
