/*
 * Whose docs a pull reaches: all the caller's advisees (or those of them still to do, when a
 * pull carries on), or one student. An advisor pulls only for their own advisees; a coordinator
 * may pull for any student.
 */
import { NotAllowedError, type Person, standingOf } from "../roles";
import type { Roster, Student } from "../roster/model";

export type PullScope =
  | { readonly kind: "advisees"; readonly only?: readonly string[] }
  | { readonly kind: "student"; readonly studentId: string };

const MAX_ONLY = 2_000;

export function parsePullScope(value: unknown): PullScope {
  const scope = (value ?? {}) as Record<string, unknown>;
  if (scope.kind === "advisees") {
    if (scope.only === undefined) return { kind: "advisees" };
    const only = scope.only;
    if (
      !Array.isArray(only) ||
      only.length > MAX_ONLY ||
      !only.every((id) => typeof id === "string" && id.trim() !== "")
    ) {
      throw new Error(
        `A pull that carries on names the advisees still to do as a list of student IDs (at most ${MAX_ONLY}); got ${JSON.stringify(only).slice(0, 80)}.`,
      );
    }
    return { kind: "advisees", only: only.map((id: string) => id.trim()) };
  }
  if (
    scope.kind === "student" &&
    typeof scope.studentId === "string" &&
    scope.studentId.trim() !== ""
  ) {
    return { kind: "student", studentId: scope.studentId.trim() };
  }
  throw new Error(`Unknown scope for pulling comments: ${JSON.stringify(value)}.`);
}

export function adviseesOf(roster: Roster, advisorEmail: string): Student[] {
  return roster.students.filter((s) => s.active && s.advisorEmail === advisorEmail);
}

/** The students a person may pull comments for in this scope; refuses another advisor's student. */
export function pullTargets(person: Person, roster: Roster, scope: PullScope): Student[] {
  const coordinator = person.roles.has("coordinator");
  const advisor = person.roles.has("advisor");
  if (scope.kind === "advisees") {
    if (!advisor) {
      throw new NotAllowedError(
        `Only an advisor can pull teacher comments for their advisees: ${standingOf(person)}.`,
      );
    }
    const advisees = adviseesOf(roster, person.email);
    if (!scope.only) return advisees;
    const still = new Set(scope.only);
    return advisees.filter((s) => still.has(s.id));
  }
  const student = roster.students.find((s) => s.id === scope.studentId);
  if (!student) throw new Error(`There is no student with ID “${scope.studentId}” in the roster.`);
  if (!coordinator) {
    if (!advisor) {
      throw new NotAllowedError(
        `Only advisors and coordinators can pull teacher comments: ${standingOf(person)}.`,
      );
    }
    if (student.advisorEmail !== person.email) {
      throw new NotAllowedError(
        `Student ${student.id} is not your advisee: only their advisor (${student.advisorEmail || "none on record"}) or a coordinator can pull their comments.`,
      );
    }
  }
  return [student];
}
