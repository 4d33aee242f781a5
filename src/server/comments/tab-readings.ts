/*
 * The grade tabs a save needs, read before it takes the script lock (so the lock is held for the
 * same time whatever the tabs hold), and brought up to date under the lock from what was written
 * meanwhile: the Comment Log past the applied mark the reading saw, and the rows appended below
 * it. A reading the log cannot account for (a rebuild, a regrade, a save that stopped half-way)
 * is replaced by reading the tab again, under the lock.
 */
import { caughtUpReading } from "../../domain/comments/tab-reading";
import {
  type GradeComments,
  logLastRow,
  readGradeComments,
  readLogFrom,
  readRowsBelow,
} from "../../workspace/comment-store";
import type { Hub } from "../../workspace/hub-store";
import { appliedLogRow, tabRewrites } from "../../workspace/log-marks";
import { catchUpWithLog } from "./log-catch-up";

export interface EarlyReadings {
  readonly applied: number | undefined;
  readonly rewrites: number;
  readonly stores: readonly GradeComments[];
}

/** Before the lock: the marks first, then the tabs, so the tabs hold at least what the mark says. */
export function readBeforeLock(hub: Hub, grades: readonly string[]): EarlyReadings {
  const applied = appliedLogRow("comments");
  const rewrites = tabRewrites("comments");
  return { applied, rewrites, stores: grades.map((grade) => readGradeComments(hub, grade)) };
}

export interface LockedReadings {
  readonly stores: readonly GradeComments[];
  /** The Comment Log's last row, every row of it now in the tabs. */
  readonly logged: number;
}

/** Under the lock: the early readings brought up to date, or the tabs read again. */
export function bringUpToDate(hub: Hub, early: EarlyReadings): LockedReadings {
  const last = logLastRow(hub);
  const applied = appliedLogRow("comments");
  const readAgain = () => {
    const logged = catchUpWithLog(hub);
    return { stores: early.stores.map((store) => readGradeComments(hub, store.grade)), logged };
  };
  const moved = tabRewrites("comments") !== early.rewrites;
  if (early.applied === undefined || early.applied > last || applied !== last || moved)
    return readAgain();
  const tail = last > early.applied ? readLogFrom(hub, early.applied + 1) : [];
  const stores: GradeComments[] = [];
  for (const store of early.stores) {
    const reading = caughtUpReading(store, store.grade, tail, readRowsBelow(store));
    if (!reading) return readAgain();
    stores.push({ ...store, ...reading });
  }
  return { stores, logged: last };
}
