/*
 * The Schedule tab (and, for a family's bounded link, the Booking Log) a commit needs, read
 * before it takes the script lock, so the lock is held for the same time whatever the schedule
 * holds; brought up to date under the lock from what was written meanwhile: the slot changes
 * journaled in the Booking Log past the applied mark the reading saw, and the slots published
 * below it. A reading the log cannot account for (slots reminded, a commit that stopped
 * half-way) is replaced by reading the tabs again, under the lock, and finishing that commit.
 */

import { fromJournal } from "../../domain/schedule/journal";
import type { BookingLogEntry } from "../../domain/schedule/model";
import { caughtUpSchedule } from "../../domain/schedule/schedule-reading";
import type { Hub } from "../../workspace/hub-store";
import { appliedLogRow, markLogApplied, tabRewrites } from "../../workspace/log-marks";
import {
  bookingLogLastRow,
  type LoggedCommit,
  loggedCommits,
  readBookingLog,
  readBookingLogFrom,
  readSchedule,
  readScheduleBelow,
  type ScheduleStore,
  writeSlots,
} from "../../workspace/schedule-store";

export interface EarlySchedule {
  readonly applied: number | undefined;
  readonly rewrites: number;
  readonly store: ScheduleStore;
  /** The Booking Log as read, when the decision needs it, and its last row. */
  readonly log?: { readonly entries: readonly BookingLogEntry[]; readonly lastRow: number };
}

/** Before the lock: the marks first, then the tabs, so the tabs hold at least what the mark says. */
export function readScheduleBeforeLock(hub: Hub, withLog: boolean): EarlySchedule {
  const applied = appliedLogRow("schedule");
  const rewrites = tabRewrites("schedule");
  const log = withLog ? readBookingLogFrom(hub, 2) : undefined;
  return {
    applied,
    rewrites,
    ...(log ? { log: { entries: log.entries, lastRow: log.rows.at(-1) ?? 1 } } : {}),
    store: readSchedule(hub),
  };
}

export interface LockedSchedule {
  readonly store: ScheduleStore;
  readonly log: readonly BookingLogEntry[];
  /** Commits found stopped after their log rows, finished here, still to follow through. */
  readonly finished?: LoggedCommit[];
}

/** Under the lock: the early reading brought up to date, or the tabs read again. */
export function scheduleUnderLock(hub: Hub, early: EarlySchedule): LockedSchedule {
  const last = bookingLogLastRow(hub);
  const applied = appliedLogRow("schedule");
  const readAgain = () => ({
    ...catchUpWithLog(hub),
    log: early.log ? readBookingLog(hub) : [],
  });
  const moved = tabRewrites("schedule") !== early.rewrites;
  if (early.applied === undefined || early.applied > last || applied !== last || moved)
    return readAgain();
  const tail = readBookingLogFrom(hub, early.applied + 1);
  const below = readScheduleBelow(early.store);
  const reading = below && caughtUpSchedule(early.store, fromJournal(tail.cells).changes, below);
  if (!reading) return readAgain();
  const logRead = early.log?.lastRow ?? last;
  const newer = tail.entries.filter((_, i) => tail.rows[i]! > logRead);
  return {
    store: { ...early.store, ...reading },
    log: early.log ? [...early.log.entries, ...newer] : [],
  };
}

/**
 * Under the lock: writes into the Schedule tab every slot change the Booking Log holds past the
 * applied mark (a commit that stopped after its log rows), then answers the schedule as it
 * stands. With no mark yet, the log as it is counts as applied. The mark moves once the writes
 * are flushed.
 */
export function catchUpWithLog(hub: Hub): { store: ScheduleStore; finished?: LoggedCommit[] } {
  const last = bookingLogLastRow(hub);
  const applied = appliedLogRow("schedule");
  if (applied === undefined) markLogApplied("schedule", last);
  const store = readSchedule(hub);
  if (applied === undefined || applied >= last) return { store };
  const commits = loggedCommits(hub, applied + 1);
  const { changes } = fromJournal(commits.flatMap((c) => c.cells));
  const current = new Map(store.slots.map((slot) => [slot.id, slot]));
  writeSlots(
    store,
    changes.map(({ after }) => ({ before: current.get(after.id) ?? null, after })),
  );
  SpreadsheetApp.flush();
  markLogApplied("schedule", last);
  return { store: readSchedule(hub), finished: commits.filter((c) => !c.followed) };
}
