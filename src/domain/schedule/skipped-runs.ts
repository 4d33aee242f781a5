/*
 * The times a publish could not add, gathered into runs: neighbouring times on one local day
 * skipped for one reason read as one line ("Friday, November 20, 2026, 1:00 – 3:45 PM: 12 times,
 * in the past"), not one line each.
 */
import { isoMs, localParts } from "./zoned-time";

export interface SkippedTime {
  readonly start: string;
  readonly reason: string;
}

export interface SkippedRun {
  readonly first: string;
  readonly last: string;
  readonly count: number;
  readonly reason: string;
}

export function skippedRuns(skipped: readonly SkippedTime[], timeZone: string): SkippedRun[] {
  const runs: SkippedRun[] = [];
  const dayOf = (iso: string) => localParts(iso, timeZone).date;
  const inOrder = [...skipped].sort((a, b) => isoMs(a.start) - isoMs(b.start));
  for (const time of inOrder) {
    const open = runs[runs.length - 1];
    if (open && open.reason === time.reason && dayOf(open.last) === dayOf(time.start)) {
      runs[runs.length - 1] = { ...open, last: time.start, count: open.count + 1 };
    } else {
      runs.push({ first: time.start, last: time.start, count: 1, reason: time.reason });
    }
  }
  return runs;
}
