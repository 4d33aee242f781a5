/*
 * Small pieces of run state kept in script properties as JSON: a docs run's in-flight batch and
 * its lease (so two runs never work at once), the result of the last run for progress views, and
 * sets of pending work, edited under the script lock.
 * Each value is checked against Google's 9 KB before it is written.
 */
import { PROPERTY_VALUE_BYTES, utf8Bytes } from "../domain/limits/store-bounds";

const properties = () => PropertiesService.getScriptProperties();

export function readJson<T>(key: string): T | undefined {
  const text = properties().getProperty(key);
  return text === null ? undefined : (JSON.parse(text) as T);
}

export function writeJson(key: string, value: unknown): void {
  if (value === undefined) {
    properties().deleteProperty(key);
    return;
  }
  const text = JSON.stringify(value);
  const bytes = utf8Bytes(text);
  if (bytes > PROPERTY_VALUE_BYTES) {
    throw new Error(
      `Confer's run state “${key}” would take ${bytes.toLocaleString("en-US")} bytes, past Google's ${PROPERTY_VALUE_BYTES.toLocaleString("en-US")} for one script property; nothing was written.`,
    );
  }
  properties().setProperty(key, text);
}

const SET_LOCK_WAIT_MS = 30_000;

/**
 * Adds to and takes from a set of strings kept as JSON, under the script lock, so two executions
 * editing it at once both keep their changes; `edit` is applied to the set as read under the
 * lock and the lock is held only for that read and write. Writes only when the set changed.
 * Never call it while this execution holds the script lock: releasing here would release that.
 */
export function editStringSet(key: string, edit: (set: Set<string>) => void): void {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(SET_LOCK_WAIT_MS)) {
    throw new Error(
      `Confer could not update its run state “${key}”: other runs held the script lock for ${SET_LOCK_WAIT_MS / 1000} s. Nothing was changed; try again in a moment.`,
    );
  }
  try {
    const set = new Set(readJson<string[]>(key) ?? []);
    const before = JSON.stringify([...set]);
    edit(set);
    if (JSON.stringify([...set]) !== before) writeJson(key, [...set]);
  } finally {
    lock.releaseLock();
  }
}

export interface Lease {
  readonly holder: string;
  readonly until: number;
}

/**
 * Takes the named lease for `ms` if it is free or expired. The script lock is held only for the
 * read and write of the lease, never for the work the lease guards.
 */
export function takeLease(key: string, holder: string, ms: number, now: number): boolean {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return false;
  try {
    const current = readJson<Lease>(key);
    if (current && current.until > now && current.holder !== holder) return false;
    writeJson(key, { holder, until: now + ms } satisfies Lease);
    return true;
  } finally {
    lock.releaseLock();
  }
}

export function releaseLease(key: string, holder: string): void {
  const current = readJson<Lease>(key);
  if (current?.holder === holder) writeJson(key, undefined);
}
