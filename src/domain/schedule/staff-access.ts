/*
 * Who on the staff may do what to the schedule: advisors and coordinators manage slots; an
 * advisor hosts, sees and changes only their own slots and their advisees, while a coordinator
 * acts for any host on the Staff tab.
 */
import { holdsAnyRole, NotAllowedError, type Person, personOf } from "../roles";
import type { Roster, StaffMember, Student } from "../roster/model";
import type { Slot } from "./model";

export const isCoordinator = (person: Person): boolean => person.roles.has("coordinator");

/** The caller as the roster knows them, refused unless an advisor or a coordinator. */
export function scheduleStaffOf(caller: string, roster: Roster, hubOwner: string): Person {
  const person = personOf(caller, roster, hubOwner);
  if (!holdsAnyRole(person, ["advisor", "coordinator"])) {
    throw new NotAllowedError(
      `Only advisors and coordinators manage conference slots; ${caller || "someone outside your school's domain"} is neither in Confer's roster.`,
    );
  }
  return person;
}

/** Whose slots a publish request makes: the caller's own, or, for a coordinator, a staff member's. */
export function hostFor(person: Person, asked: unknown, roster: Roster): string {
  const wanted = typeof asked === "string" ? asked.trim().toLowerCase() : "";
  if (wanted === "" || wanted === person.email) return person.email;
  if (!isCoordinator(person)) {
    throw new NotAllowedError(`Only a coordinator can publish slots for ${wanted}.`);
  }
  if (!roster.staff.some((member) => member.email === wanted)) {
    throw new NotAllowedError(
      `${wanted} is not on the Staff tab, so they cannot host conferences.`,
    );
  }
  return wanted;
}

/** Refuses a change to another host's slot unless the person is a coordinator. */
export function requireHost(person: Person, slots: readonly Slot[], slotId: string): void {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || isCoordinator(person) || slot.hostEmail === person.email) return;
  throw new NotAllowedError(
    `Slot ${slotId} is ${slot.hostEmail}'s; only they or a coordinator can change it.`,
  );
}

/** Refuses a booking for another advisor's student unless the person is a coordinator. */
export function requireAdvisorOf(person: Person, student: Student | undefined): void {
  if (student && !isCoordinator(person) && student.advisorEmail !== person.email) {
    throw new NotAllowedError(
      `Only ${student.advisorEmail} or a coordinator can book for this student.`,
    );
  }
}

/** The host whose day a move-day changes: the caller's own, or any for a coordinator. */
export function dayHostFor(person: Person, asked: string | null): string | null {
  if (!isCoordinator(person) && asked !== null && asked !== person.email) {
    throw new NotAllowedError(`Only a coordinator can move ${asked}'s day.`);
  }
  return isCoordinator(person) ? asked : person.email;
}

/** The slots a person's schedule shows: a coordinator's, filtered by host when asked; else their own. */
export function visibleSlots(
  person: Person,
  slots: readonly Slot[],
  hostEmail: string | undefined,
): Slot[] {
  return isCoordinator(person)
    ? slots.filter((slot) => !hostEmail || slot.hostEmail === hostEmail.toLowerCase())
    : slots.filter((slot) => slot.hostEmail === person.email);
}

/** The active students a person books for: every one for a coordinator, else their advisees. */
export function bookableStudents(person: Person, roster: Roster): Student[] {
  return roster.students.filter(
    (s) => s.active && (isCoordinator(person) || s.advisorEmail === person.email),
  );
}

/** Whose advisees a list covers: a coordinator's choice (null for all), else the caller's own. */
export function advisorScopeOf(person: Person, asked: string | undefined): string | null {
  return isCoordinator(person) ? asked?.toLowerCase() || null : person.email;
}

/** The staff a schedule lists as hosts: those with slots, and every advisor. */
export function hostsOf(roster: Roster, slots: readonly Slot[]): StaffMember[] {
  const hostEmails = new Set(slots.map((slot) => slot.hostEmail));
  return roster.staff.filter((m) => hostEmails.has(m.email) || m.roles.includes("advisor"));
}
