/*
 * The roster as Confer keeps it: students with their guardians, staff with their roles, and
 * classes with their enrolled students. Plain JSON data, the same in the hub and in memory.
 */

export type StaffRole = "teacher" | "advisor" | "coordinator";

export const STAFF_ROLES: readonly StaffRole[] = ["teacher", "advisor", "coordinator"];

export interface Guardian {
  readonly name: string;
  readonly email: string;
  readonly language: string;
  readonly relationship: string;
}

export interface Student {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName: string;
  readonly email: string;
  readonly grade: string;
  readonly advisorEmail: string;
  readonly guardians: readonly Guardian[];
  readonly active: boolean;
}

export interface StaffMember {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
  /** False once a re-import leaves them out: the row stays so history keeps its author. */
  readonly active?: boolean;
}

export interface SchoolClass {
  readonly id: string;
  readonly course: string;
  readonly period: string;
  readonly grade: string;
  readonly teacherEmail: string;
  readonly studentIds: readonly string[];
}

export interface Roster {
  readonly students: readonly Student[];
  readonly staff: readonly StaffMember[];
  readonly classes: readonly SchoolClass[];
}

/** The part of the school's Settings that a roster is checked against. */
export interface RosterSettings {
  readonly grades: readonly string[];
  readonly defaultLanguage: string;
}
