/*
 * The Gmail draft that holds each notice key's latest message, kept in the drafting user's own
 * properties (the drafts are in their mailbox), one property per key. Written under the user
 * lock, which also prunes the records that can no longer matter.
 */
import { parseRecord, pruneRecords, recordValue } from "../domain/schedule/notice-draft-records";

const PREFIX = "confer.noticeDraft/";
const LOCK_WAIT_MS = 10_000;

function kept(): Record<string, string> {
  const all = PropertiesService.getUserProperties().getProperties();
  return Object.fromEntries(Object.entries(all).filter(([name]) => name.startsWith(PREFIX)));
}

export function noticeDraftIds(): Map<string, string> {
  return new Map(
    Object.entries(kept()).map(([name, value]) => [
      name.slice(PREFIX.length),
      parseRecord(value).id,
    ]),
  );
}

/** Records each key's draft, and deletes the records past their time, as one locked edit. */
export function keepNoticeDraftIds(
  records: ReadonlyMap<string, { id: string; until: number }>,
  now: number = Date.now(),
): void {
  if (records.size === 0) return;
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      `Confer could not record ${records.size} notice draft(s) (${[...records.keys()].join(", ")}): another of your runs held your lock for ${LOCK_WAIT_MS / 1000} s. The drafts are in your Gmail; a later change to these bookings may draft anew.`,
    );
  }
  try {
    const properties = PropertiesService.getUserProperties();
    const { drop, restamp } = pruneRecords(kept(), now);
    for (const name of drop) {
      if (!records.has(name.slice(PREFIX.length))) properties.deleteProperty(name);
    }
    properties.setProperties({
      ...restamp,
      ...Object.fromEntries(
        [...records].map(([key, record]) => [`${PREFIX}${key}`, recordValue(record)]),
      ),
    });
  } finally {
    lock.releaseLock();
  }
}
