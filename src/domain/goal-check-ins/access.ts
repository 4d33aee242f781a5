/*
 * Who sees and marks which check-ins: an advisor their own advisees' (the student's advisor as
 * the roster has it now, else as the doc's row had it), a coordinator every one. Only the
 * student's advisor marks a check-in or drafts its reminder.
 */
import { NotAllowedError, type Person } from "../roles";
import type { CheckIn } from "./check-ins";

export type AdvisorOf = (checkIn: CheckIn) => string;

export function visibleCheckIns(
  person: Person,
  checkIns: readonly CheckIn[],
  advisorOf: AdvisorOf,
): CheckIn[] {
  if (person.roles.has("coordinator")) return [...checkIns];
  if (!person.roles.has("advisor")) return [];
  return checkIns.filter((c) => advisorOf(c) === person.email);
}

export function requireOwnAdvisee(
  person: Person,
  checkIn: CheckIn,
  advisorOf: AdvisorOf,
  what: string,
): void {
  const advisor = advisorOf(checkIn);
  if (person.email !== "" && advisor === person.email) return;
  throw new NotAllowedError(
    `Only ${checkIn.studentName}'s advisor (${advisor || "nobody yet"}) can ${what}; ${person.email || "you"} cannot.`,
  );
}
