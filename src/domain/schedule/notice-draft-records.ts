/*
 * The record of the draft that holds a notice key's latest message, as kept in a user property:
 * the draft's ID and until when it can still matter (a month past the later of the notice's slot
 * and its drafting; after that no change to the booking is expected to replace it). Records past
 * that are pruned, so a mailbox's records stay within the 500 KB property store round after round.
 */

const DAY_MS = 86_400_000;
export const NOTICE_DRAFT_DAYS = 30;

export interface NoticeDraftRecord {
  readonly id: string;
  /** Milliseconds since the epoch; undefined for a record written before records had one. */
  readonly until: number | undefined;
}

/** Until when the draft of a notice about a slot starting at `start` (ISO, or "") matters. */
export function keptUntil(start: string, now: number): number {
  const slot = Date.parse(start);
  return Math.max(Number.isNaN(slot) ? 0 : slot, now) + NOTICE_DRAFT_DAYS * DAY_MS;
}

export function recordValue(record: { id: string; until: number }): string {
  return `${record.id} ${new Date(record.until).toISOString()}`;
}

export function parseRecord(value: string): NoticeDraftRecord {
  const [id = "", until] = value.trim().split(" ");
  const at = until === undefined ? Number.NaN : Date.parse(until);
  return { id, until: Number.isNaN(at) ? undefined : at };
}

/**
 * Of the kept records (by property name), those past their time, to delete, and those written
 * before records had a time, given one from now so they are pruned in their turn.
 */
export function pruneRecords(
  kept: Readonly<Record<string, string>>,
  now: number,
): { drop: string[]; restamp: Record<string, string> } {
  const drop: string[] = [];
  const restamp: Record<string, string> = {};
  for (const [name, value] of Object.entries(kept)) {
    const record = parseRecord(value);
    if (record.until === undefined) {
      restamp[name] = recordValue({ id: record.id, until: keptUntil("", now) });
    } else if (record.until < now) drop.push(name);
  }
  return { drop, restamp };
}
