/*
 * The Gmail draft that holds each notice key's latest message, kept in the drafting user's own
 * properties (the drafts are in their mailbox), one property per key, so runs writing records at
 * once never overwrite each other's and need no lock. Records that can no longer matter are
 * pruned before a write, each only if it still reads as it did when judged past its time.
 */
import { parseRecord, pruneRecords, recordValue } from "../domain/schedule/notice-draft-records";

const PREFIX = "confer.noticeDraft/";

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

/**
 * Prunes or restamps the other records that call for it, so the store has room, then records
 * each key's draft.
 */
export function keepNoticeDraftIds(
  records: ReadonlyMap<string, { id: string; until: number }>,
  now: number = Date.now(),
): void {
  if (records.size === 0) return;
  const properties = PropertiesService.getUserProperties();
  const written = Object.fromEntries(
    [...records].map(([key, record]) => [`${PREFIX}${key}`, recordValue(record)]),
  );
  const before = kept();
  const { drop, restamp } = pruneRecords(before, now);
  const unchanged = (name: string) =>
    !(name in written) && properties.getProperty(name) === before[name];
  for (const name of drop) if (unchanged(name)) properties.deleteProperty(name);
  for (const [name, value] of Object.entries(restamp)) {
    if (unchanged(name)) properties.setProperty(name, value);
  }
  properties.setProperties(written);
}
