/*
 * Small pieces of run state kept in script properties as JSON: a docs run's in-flight batch and
 * its lease (so two runs never work at once), and the result of the last run for progress views.
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
