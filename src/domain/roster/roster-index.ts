/*
 * A roster looked up by key: staff by email and students by ID, each the first the roster
 * lists, built once per roster. A staff member's name is the roster's, else the email asked.
 */
import type { Roster, StaffMember, Student } from "./model";

export interface RosterIndex {
  readonly staffByEmail: ReadonlyMap<string, StaffMember>;
  readonly studentById: ReadonlyMap<string, Student>;
  /** The staff member's name (the email matched whatever its case), else the email as given. */
  nameOf(email: string): string;
}

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return byKey;
}

const built = new WeakMap<Roster, RosterIndex>();

export function rosterIndex(roster: Roster): RosterIndex {
  const known = built.get(roster);
  if (known) return known;
  const staffByEmail = firstBy(roster.staff, (member) => member.email);
  const index: RosterIndex = {
    staffByEmail,
    studentById: firstBy(roster.students, (student) => student.id),
    nameOf: (email) => staffByEmail.get(email.toLowerCase())?.name || email,
  };
  built.set(roster, index);
  return index;
}
