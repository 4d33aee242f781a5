/*
 * Which earlier notice a new one makes stale: the confirmations, moves and cancellations of one
 * student's booking in a round, to one audience, share a key, so the latest replaces the draft
 * of the one before; reminders and reminders to book replace only their own kind.
 */
import type { Notice } from "./decision";

export function noticeKey(notice: Notice, round: string, audience: string): string {
  switch (notice.kind) {
    case "not-booked":
      return `not-booked/${notice.studentId}/${audience}`;
    case "reminder":
      return `reminder/${round}/${notice.studentId}/${audience}`;
    case "no-show":
      return `no-show/${notice.slotId}/${notice.studentId}/${audience}`;
    default:
      return `booking/${round}/${notice.studentId}/${audience}`;
  }
}

/** Of several messages with one key, only the last is still true. */
export function latestPerKey<T extends { readonly key: string }>(messages: readonly T[]): T[] {
  const last = new Map(messages.map((m, i) => [m.key, i]));
  return messages.filter((m, i) => last.get(m.key) === i);
}
