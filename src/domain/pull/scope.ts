/*
 * Whose docs a pull reaches: all the caller's advisees, or one student. An advisor pulls only for
 * their own advisees; a coordinator may pull for any student.
 */
import { NotAllowedError, type Person } from "../roles";
import type { Roster, Student } from "../roster/model";

export type PullScope =
  | { readonly kind: "advisees" }
  | { readonly kind: "student"; readonly studentId: string };

export function parsePullScope(value: unknown): PullScope {
  const scope = (value ?? {}) as Record<string, unknown>;
  if (scope.kind === "advisees") return { kind: "advisees" };
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
  const who = person.email || "someone outside your school's domain";
  if (scope.kind === "advisees") {
    if (!advisor) {
      throw new NotAllowedError(
        `Only an advisor can pull teacher comments for their advisees; ${who} is not one in Confer's roster.`,
      );
    }
    return adviseesOf(roster, person.email);
  }
  const student = roster.students.find((s) => s.id === scope.studentId);
  if (!student) throw new Error(`There is no student with ID “${scope.studentId}” in the roster.`);
  if (!coordinator) {
    if (!advisor) {
      throw new NotAllowedError(
        `Only advisors and coordinators can pull teacher comments; ${who} is neither in Confer's roster.`,
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
