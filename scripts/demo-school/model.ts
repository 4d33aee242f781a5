/* The demo school as plain typed data: who is in it, who teaches and advises whom, and who cares for whom. */

export type DemoRole = "teacher" | "advisor" | "coordinator";

export type Subject =
  | "Math"
  | "English"
  | "Science"
  | "Social Studies"
  | "Spanish"
  | "Art"
  | "Music"
  | "PE";

export interface DemoGuardian {
  /** "g-<student id>-<n>", the same for the same seed. */
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly name: string;
  readonly email: string;
  /** BCP 47 code: en, es, fr, pt-BR, zh-CN, vi, ar. */
  readonly language: string;
  readonly relationship: string;
  readonly studentId: string;
}

export interface DemoStudent {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName: string;
  readonly email: string;
  readonly grade: string;
  readonly advisorEmail: string;
  readonly guardians: readonly DemoGuardian[];
}

export interface DemoStaff {
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly name: string;
  readonly roles: readonly DemoRole[];
  /** The subject a teacher teaches; undefined for the coordinator. */
  readonly subject?: Subject;
}

export interface DemoClass {
  readonly id: string;
  readonly course: Subject;
  readonly period: number;
  readonly grade: string;
  readonly teacherEmail: string;
  readonly studentIds: readonly string[];
}

/** An advisor's group: about 15 students of one grade, meeting in the period their classes leave free. */
export interface DemoAdvisory {
  readonly id: string;
  readonly advisorEmail: string;
  readonly grade: string;
  readonly period: number;
  readonly studentIds: readonly string[];
}

export interface DemoSchool {
  readonly seed: number;
  readonly name: string;
  readonly domain: string;
  readonly term: string;
  readonly grades: readonly string[];
  readonly periods: readonly number[];
  readonly coordinatorEmail: string;
  readonly students: readonly DemoStudent[];
  /** Every guardian of every student, in student order. */
  readonly guardians: readonly DemoGuardian[];
  readonly staff: readonly DemoStaff[];
  readonly classes: readonly DemoClass[];
  readonly advisors: readonly DemoAdvisory[];
}
