/*
 * The outbox: notices Gmail could not take when Confer made them, kept whole (the composed
 * message) with how often they were tried, as the Outbox tab's rows. A later try removes those
 * delivered and keeps the rest, each with its latest error; nothing is dropped.
 */
import type { ScheduleNotices } from "../settings/settings";

export interface OutboxItem {
  readonly queued: string;
  readonly mode: ScheduleNotices;
  readonly student: string;
  readonly tag: string;
  readonly attempts: number;
  readonly lastError: string;
  /** The RFC 5322 message, as composed. */
  readonly raw: string;
}

export function outboxToRow(item: OutboxItem): string[] {
  return [
    item.queued,
    item.mode,
    item.student,
    item.tag,
    String(item.attempts),
    item.lastError,
    item.raw,
  ];
}

export function outboxFromRow(row: readonly unknown[]): OutboxItem | undefined {
  const cell = (i: number) => String(row[i] ?? "");
  if (cell(6) === "") return undefined;
  return {
    queued: cell(0),
    mode: cell(1) === "send" ? "send" : "draft",
    student: cell(2),
    tag: cell(3),
    attempts: Number(cell(4)) || 0,
    lastError: cell(5),
    raw: cell(6),
  };
}

/** What stays in the outbox after a try: the items whose outcome failed, with that error. */
export function afterTry(
  items: readonly OutboxItem[],
  outcomes: readonly ({ ok: true } | { ok: false; error: string })[],
): OutboxItem[] {
  return items.flatMap((item, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) return [];
    return [{ ...item, attempts: item.attempts + 1, lastError: outcome?.error ?? "not tried" }];
  });
}
