/*
 * The script lock every hub writer takes: bounded, so a caller who waits too long is told Confer
 * is busy rather than left hanging, and flushed before release, so the next holder reads what
 * this one wrote.
 */

import { ConferError } from "../../domain/errors";

const LOCK_WAIT_MS = 45_000;

export class BusyError extends ConferError {
  readonly code = "busy";

  constructor() {
    super(
      "Confer is saving other teachers' comments right now. Nothing was lost: try again in a moment.",
    );
    this.name = "BusyError";
  }
}

/**
 * Runs `work` under the script lock, flushes its writes, then runs `afterFlush` (which records
 * the applied marks, so a reader outside the lock never sees a mark ahead of the tabs).
 */
export function withScriptLock<T>(work: () => T, afterFlush?: (result: T) => void): T {
  const lock = LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new BusyError();
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    afterFlush?.(result);
    return result;
  } finally {
    lock.releaseLock();
  }
}
