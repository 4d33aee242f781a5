/*
 * Assigning advisors from the sidebar, as one decision: every assignment is checked against the
 * roster (a known, active student; an active staff member with the advisor role) and either all
 * of them are refused by name, or the changes to write come back with the assignments that
 * already held.
 */
import { displayName } from "../conference-docs/naming";
import type { Roster, Student } from "../roster/model";
import { normalizeEmail } from "../roster/normalize";
import { rosterIndex } from "../roster/roster-index";
import { isActiveAdvisor } from "./advisors-view";

export interface AdvisorAssignment {
  readonly studentId: string;
  readonly advisorEmail: string;
}

export interface AdvisorChange {
  readonly studentId: string;
  readonly student: string;
  /** The advisor before, or "" for a student who had none. */
  readonly from: string;
  readonly to: string;
}

export type AssignDecision =
  | {
      readonly ok: true;
      readonly changes: readonly AdvisorChange[];
      /** The students whose advisor was the one asked for already. */
      readonly unchanged: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The sidebar's list of assignments, each field text; anything else is refused as a whole. */
export function parseAssignments(value: unknown): AdvisorAssignment[] {
  const shape =
    "Assign advisors takes a list of students, each with a studentId and an advisorEmail.";
  if (!Array.isArray(value)) throw new Error(shape);
  return value.map((item) => {
    const entry = (item ?? {}) as { studentId?: unknown; advisorEmail?: unknown };
    if (typeof entry.studentId !== "string" || typeof entry.advisorEmail !== "string") {
      throw new Error(shape);
    }
    return { studentId: entry.studentId.trim(), advisorEmail: normalizeEmail(entry.advisorEmail) };
  });
}

const named = (student: Student) => `${displayName(student)} (Student ID ${student.id})`;

function advisorProblem(roster: Roster, email: string, student: Student): string | undefined {
  const member = rosterIndex(roster).staffByEmail.get(email);
  if (isActiveAdvisor(member)) return undefined;
  const why =
    email === ""
      ? "no advisor was chosen"
      : !member
        ? `${email} is not a staff member in the roster`
        : member.active === false
          ? `${email} is no longer active staff`
          : `${email} is a staff member, but without the advisor role`;
  return `${named(student)}: ${why}.`;
}

export function decideAssignments(
  roster: Roster,
  assignments: readonly AdvisorAssignment[],
): AssignDecision {
  if (assignments.length === 0) {
    return {
      ok: false,
      problems: ["Nothing to save: choose an advisor for at least one student."],
    };
  }
  const students = rosterIndex(roster).studentById;
  const problems: string[] = [];
  const asked = new Map<string, string>();
  for (const { studentId, advisorEmail } of assignments) {
    const student = students.get(studentId);
    if (!student) {
      problems.push(`Student ID “${studentId}” is not in the roster.`);
      continue;
    }
    if (!student.active) {
      problems.push(`${named(student)} is inactive in the roster: the last import left them out.`);
      continue;
    }
    const twice = asked.get(studentId);
    if (twice !== undefined && twice !== advisorEmail) {
      problems.push(`${named(student)} was given two advisors: ${twice} and ${advisorEmail}.`);
      continue;
    }
    asked.set(studentId, advisorEmail);
    const problem = advisorProblem(roster, advisorEmail, student);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  const changes: AdvisorChange[] = [];
  const unchanged: string[] = [];
  for (const [studentId, to] of asked) {
    const student = students.get(studentId)!;
    if (student.advisorEmail === to) unchanged.push(studentId);
    else changes.push({ studentId, student: displayName(student), from: student.advisorEmail, to });
  }
  return { ok: true, changes, unchanged };
}

/** The roster with each change applied to its student. */
export function withAdvisors(roster: Roster, changes: readonly AdvisorChange[]): Roster {
  const to = new Map(changes.map((change) => [change.studentId, change.to]));
  return {
    ...roster,
    students: roster.students.map((student) =>
      to.has(student.id) ? { ...student, advisorEmail: to.get(student.id)! } : student,
    ),
  };
}
