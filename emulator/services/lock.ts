/*
 * LockService: the script, user and document locks. A lock is real mutual exclusion across
 * concurrent executions; waiting is modelled time, polled so that other executions can run.
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import type { Execution } from "../core/execution";
import { WaitThenRetry } from "../core/signals";

const POLL_MS = 100;

export class EmulatedLock
  extends Emulated
  implements
    Emulates<GoogleAppsScript.Lock.Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock">
{
  static override readonly className = "Lock";
  static override readonly methods = ["tryLock", "waitLock", "releaseLock", "hasLock"];

  constructor(
    exec: Execution,
    private readonly key: string,
  ) {
    super(exec);
  }

  /** Returns whether the lock was taken before the timeout ran out. */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquireWithin(timeoutInMillis);
  }

  /** Throws Google's lock timeout error if the lock is still held by another execution. */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquireWithin(timeoutInMillis)) {
      throw new GoogleError("Lock timeout: another process was holding the lock for too long.");
    }
  }

  releaseLock(): void {
    this.exec.workspace.locks.release(this.key, this.exec.id);
    this.exec.lockReleased(this.key);
  }

  hasLock(): boolean {
    return this.exec.workspace.locks.holds(this.key, this.exec.id);
  }

  private acquireWithin(timeoutInMillis: number): boolean {
    if (
      typeof timeoutInMillis !== "number" ||
      Number.isNaN(timeoutInMillis) ||
      timeoutInMillis < 0
    ) {
      throw new GoogleError("Invalid argument: timeoutInMillis");
    }
    const exec = this.exec;
    if (exec.workspace.locks.tryAcquire(this.key, exec.id)) {
      exec.waitStartedAt = undefined;
      exec.lockTaken(this.key);
      return true;
    }
    exec.waitStartedAt ??= exec.clockMs;
    if (exec.clockMs - exec.waitStartedAt >= timeoutInMillis) {
      exec.waitStartedAt = undefined;
      return false;
    }
    throw new WaitThenRetry(
      Math.min(POLL_MS, timeoutInMillis - (exec.clockMs - exec.waitStartedAt)),
    );
  }
}

export class EmulatedLockService
  extends Emulated
  implements
    Emulates<GoogleAppsScript.Lock.LockService, "getScriptLock" | "getUserLock" | "getDocumentLock">
{
  static override readonly className = "LockService";
  static override readonly methods = ["getScriptLock", "getUserLock", "getDocumentLock"];

  getScriptLock(): EmulatedLock {
    return new EmulatedLock(this.exec, "script");
  }

  getUserLock(): EmulatedLock {
    return new EmulatedLock(this.exec, `user:${this.exec.effectiveUser}`);
  }

  /** Null outside a bound document, for example in a web app. */
  getDocumentLock(): EmulatedLock | null {
    const container = this.exec.containerId;
    return container ? new EmulatedLock(this.exec, `document:${container}`) : null;
  }
}
