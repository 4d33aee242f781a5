/*
 * The demo school in Confer's own roster columns (students.csv, staff.csv, classes.csv, as
 * /work/brief/ROSTER.md describes them), and a messy but valid variant for import tests.
 */
import { type CsvCell, toCsv } from "./csv";
import type { DemoSchool, DemoStudent } from "./model";

export type ConferCsv = {
  readonly "students.csv": string;
  readonly "staff.csv": string;
  readonly "classes.csv": string;
};

export const STUDENT_HEADER = [
  "Student ID",
  "Given Name",
  "Family Name",
  "Preferred Name",
  "Email",
  "Grade",
  "Advisor Email",
];
const GUARDIAN_FIELDS = ["Name", "Email", "Language", "Relationship"];

export function guardianHeader(groups: number): string[] {
  return Array.from({ length: groups }, (_, i) =>
    GUARDIAN_FIELDS.map((field) => `Guardian ${i + 1} ${field}`),
  ).flat();
}

export function studentRow(student: DemoStudent, groups: number): CsvCell[] {
  const row: CsvCell[] = [
    student.id,
    student.givenName,
    student.familyName,
    student.preferredName,
    student.email,
    student.grade,
    student.advisorEmail,
  ];
  for (let i = 0; i < groups; i++) {
    const guardian = student.guardians[i];
    row.push(
      ...(guardian
        ? [guardian.name, guardian.email, guardian.language, guardian.relationship]
        : ["", "", "", ""]),
    );
  }
  return row;
}

export function guardianGroups(school: DemoSchool): number {
  return Math.max(...school.students.map((student) => student.guardians.length));
}

export function toConferCsv(school: DemoSchool): ConferCsv {
  const groups = guardianGroups(school);
  return {
    "students.csv": toCsv(
      [...STUDENT_HEADER, ...guardianHeader(groups)],
      school.students.map((student) => studentRow(student, groups)),
    ),
    "staff.csv": toCsv(
      ["Email", "Name", "Roles"],
      school.staff.map((member) => [member.email, member.name, member.roles.join("; ")]),
    ),
    "classes.csv": toCsv(
      ["Class ID", "Course", "Period", "Grade", "Teacher Email", "Student IDs"],
      school.classes.map((c) => [
        c.id,
        c.course,
        c.period,
        c.grade,
        c.teacherEmail,
        c.studentIds.join("; "),
      ]),
    ),
  };
}
