/*
 * Who a signed-in person is to Confer: the hub owner and staff with the coordinator role are
 * coordinators; active staff are teachers and advisors by their roles; active students are
 * students. Someone a re-import left out keeps their row but none of its rights.
 */
import { ConferError } from "./errors";
import type { Roster, StaffRole } from "./roster/model";

export type Role = StaffRole | "student";

export interface Person {
  readonly email: string;
  readonly roles: ReadonlySet<Role>;
}

export function personOf(email: string, roster: Roster, hubOwner: string): Person {
  const me = email.toLowerCase();
  const roles = new Set<Role>();
  if (me !== "" && me === hubOwner.toLowerCase()) roles.add("coordinator");
  if (me === "") return { email: me, roles };
  for (const member of roster.staff) {
    if (member.email === me && member.active !== false) {
      for (const role of member.roles) roles.add(role);
    }
  }
  if (roster.students.some((student) => student.active && student.email === me)) {
    roles.add("student");
  }
  return { email: me, roles };
}

export class NotAllowedError extends ConferError {
  readonly code = "not-allowed";

  constructor(message: string) {
    super(message);
    this.name = "NotAllowedError";
  }
}

/** Whether the person holds at least one of these roles. */
export function holdsAnyRole(person: Person, roles: readonly Role[]): boolean {
  return roles.some((role) => person.roles.has(role));
}

export function requireRole(person: Person, role: Role, action: string): void {
  if (person.roles.has(role)) return;
  const who = person.email || "someone outside your school's domain";
  throw new NotAllowedError(`Only a ${role} can ${action}; ${who} is not one in Confer's roster.`);
}

const AS: Record<Role, string> = {
  teacher: "a teacher",
  advisor: "an advisor",
  coordinator: "a coordinator",
  student: "a student",
};

/** What the roster says of someone, for a refusal: the roles they hold, or that it lacks them. */
export function standingOf(person: Person): string {
  if (person.email === "") return "you are not signed in with a school account";
  const roles = [...person.roles].map((role) => AS[role]);
  if (roles.length === 0) return `you (${person.email}) are not in Confer's roster`;
  const list =
    roles.length === 1 ? roles[0]! : `${roles.slice(0, -1).join(", ")} and ${roles.at(-1)}`;
  return `you (${person.email}) are in Confer's roster as ${list}`;
}
