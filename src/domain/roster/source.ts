/*
 * Where each imported record came from: file, line, and the column name each field had there,
 * so that validation can point at the cell a person has to fix, whichever format was imported.
 * The sources run parallel to the roster's arrays, and each student's guardians to its guardians.
 */

import type { Roster, SchoolClass, StaffMember, Student } from "./model";
import { nameAndId, type Problem } from "./problem";

export type StudentField =
  | "id"
  | "givenName"
  | "familyName"
  | "preferredName"
  | "email"
  | "grade"
  | "advisorEmail";
export type GuardianField = "name" | "email" | "language" | "relationship";
export type StaffField = "email" | "name" | "roles";
export type ClassField = "id" | "course" | "period" | "grade" | "teacherEmail" | "studentIds";

export interface RecordSource<F extends string> {
  readonly file: string;
  readonly line: number;
  readonly labels: Readonly<Record<F, string>>;
  /** Who (or which class) the row is about, for problems: see `Problem.person`. */
  readonly person?: string;
}

/** Where a guardian's language came from; "file" is a Confer-format guardian's own column. */
export type LanguageSource = "guardian" | "student" | "languages" | "file" | "default";

export interface GuardianSource extends RecordSource<GuardianField> {
  /** Set by a OneRoster read, which finds the language in one of several places. */
  readonly languageFrom?: LanguageSource;
}

export interface StudentSource extends RecordSource<StudentField> {
  readonly guardians: readonly GuardianSource[];
  /** Set when the advisor comes from another row (OneRoster: the homeroom teacher's row). */
  readonly advisor?: RecordSource<"advisorEmail">;
  /** The grade as the file writes it, when the reader read it as another ("J1" as 7). */
  readonly gradeWritten?: string;
}

export interface ClassSource extends RecordSource<ClassField> {
  /** Set when the teacher comes from another row (OneRoster: the teacher's row). */
  readonly teacher?: RecordSource<"teacherEmail">;
}

export interface RosterSources {
  readonly students: readonly StudentSource[];
  readonly staff: readonly RecordSource<StaffField>[];
  readonly classes: readonly ClassSource[];
}

/** What a OneRoster delta set takes away: records marked tobedeleted in it. */
export interface DeltaRemovals {
  readonly students: readonly string[];
  readonly staff: readonly string[];
  readonly classes: readonly string[];
}

/** A roster as read from files, not yet validated, with the problems found while reading. */
export interface ParsedRoster {
  /** The files read, in the order problems are listed. */
  readonly files: readonly string[];
  readonly roster: Roster;
  readonly sources: RosterSources;
  readonly problems: readonly Problem[];
  /** What reading found or left out that the school may want to know (a language that is no code, a role Confer does not import). */
  readonly warnings?: readonly Problem[];
  /** Set when the files are a delta: the roster holds only what changed, to apply in place. */
  readonly delta?: DeltaRemovals;
}

const fieldLabels = <F extends string>(fields: readonly F[]) =>
  Object.fromEntries(fields.map((f) => [f, String(f)])) as Record<F, string>;

const STUDENT_LABELS = fieldLabels<StudentField>([
  "id",
  "givenName",
  "familyName",
  "preferredName",
  "email",
  "grade",
  "advisorEmail",
]);
const guardianLabels = (n: number): Record<GuardianField, string> => ({
  name: `guardian ${n} name`,
  email: `guardian ${n} email`,
  language: `guardian ${n} language`,
  relationship: `guardian ${n} relationship`,
});
const STAFF_LABELS = fieldLabels<StaffField>(["email", "name", "roles"]);
const CLASS_LABELS = fieldLabels<ClassField>([
  "id",
  "course",
  "period",
  "grade",
  "teacherEmail",
  "studentIds",
]);

export const studentPerson = (student: Pick<Student, "givenName" | "familyName" | "id">) =>
  nameAndId(`${student.givenName} ${student.familyName}`, "Student ID", student.id);
export const staffPerson = (member: Pick<StaffMember, "name" | "email">) =>
  [member.name.trim(), member.email.trim()].filter((part) => part !== "").join(", ") || undefined;
export const classPerson = (schoolClass: Pick<SchoolClass, "course" | "id">) =>
  nameAndId(schoolClass.course, "Class ID", schoolClass.id);

/** `{ person }` when there is one, so that sources without one stay as they were. */
export const personField = (person: string | undefined): { person?: string } =>
  person === undefined ? {} : { person };

/**
 * A roster that did not come from files (the hub's own tabs, say), ready to validate: problems
 * name the record's position as a row under a header row, and fields by their roster names.
 */
export function unreadRoster(roster: Roster): ParsedRoster {
  const at = (file: string, index: number) => ({ file, line: index + 2 });
  return {
    files: ["Students", "Staff", "Classes"],
    roster,
    sources: {
      students: roster.students.map((student, i) => ({
        ...at("Students", i),
        labels: STUDENT_LABELS,
        ...personField(studentPerson(student)),
        guardians: student.guardians.map((_, g) => ({
          ...at("Students", i),
          labels: guardianLabels(g + 1),
          ...personField(studentPerson(student)),
        })),
      })),
      staff: roster.staff.map((member, i) => ({
        ...at("Staff", i),
        labels: STAFF_LABELS,
        ...personField(staffPerson(member)),
      })),
      classes: roster.classes.map((schoolClass, i) => ({
        ...at("Classes", i),
        labels: CLASS_LABELS,
        ...personField(classPerson(schoolClass)),
      })),
    },
    problems: [],
  };
}
