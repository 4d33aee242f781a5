/*
 * A conference round as Confer keeps it: its name, kind, who hosts it, its three date windows and
 * where it is in its life (open, then closed, then archived, never back). A classroom round is
 * hosted by one teacher for some of their classes; its conference window is the grading period.
 */

export const ROUND_KINDS = ["student-led", "classroom", "office-hours"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_STATES = ["open", "closed", "archived"] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const HOST_SCOPES = ["advisors", "teacher"] as const;
export type HostScope = (typeof HOST_SCOPES)[number];

/** Two YYYY-MM-DD days, from ≤ to, both included. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export interface Round {
  readonly name: string;
  readonly kind: RoundKind;
  readonly hosts: HostScope;
  readonly preparation: DayRange;
  readonly comments: DayRange;
  readonly conference: DayRange;
  readonly state: RoundState;
  /** A classroom round's teacher, lower-cased; "" for every other kind. */
  readonly hostEmail: string;
  /** A classroom round's classes, by class ID from the Classes tab; none for every other kind. */
  readonly classIds: readonly string[];
  /** ISO instants; "" until the round reaches that state. */
  readonly openedAt: string;
  readonly closedAt: string;
  readonly archivedAt: string;
}

export const MAX_ROUND_NAME = 100;

/** Names are unique in the hub whatever their case. */
export function sameRoundName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
