/*
 * The demo school's Confer roster as a hand-kept spreadsheet export might leave it: a BOM, LF
 * line ends, headers in odd case with spaces, spaces around values, mixed-case emails, a
 * relationship with a quoted comma and a guardian name broken over two lines inside its
 * quotes. It is still valid data: every value means what the clean files say.
 */
import {
  type ConferCsv,
  guardianGroups,
  guardianHeader,
  STUDENT_HEADER,
  studentRow,
} from "./confer-csv";
import { type CsvCell, toCsv } from "./csv";
import type { DemoSchool } from "./model";

const BOM = "\uFEFF";

function oddCase(header: string, index: number): string {
  if (index % 3 === 0) return ` ${header} `;
  return index % 3 === 1 ? header.toUpperCase() : header.toLowerCase();
}

/** "Jose.Garcia@School.TEST", as people type addresses. */
export function mixedCaseEmail(email: string, variant: number): string {
  const at = email.lastIndexOf("@");
  const local = email
    .slice(0, at)
    .replace(/(^|[._-])([a-z])/g, (_, sep: string, c: string) =>
      variant % 2 === 0 ? sep + c.toUpperCase() : sep + c,
    );
  const domain = email.slice(at + 1);
  return `${local}@${variant % 3 === 0 ? domain.toUpperCase() : domain}`;
}

function messyCell(cell: CsvCell, variant: number): string {
  const text = String(cell);
  if (text === "") return text;
  if (text.includes("@")) return mixedCaseEmail(text, variant);
  return variant % 4 === 1 ? ` ${text}  ` : text;
}

export function messyConferCsv(school: DemoSchool): ConferCsv {
  const groups = guardianGroups(school);
  const header = [...STUDENT_HEADER, ...guardianHeader(groups)].map(oddCase);
  const rows = school.students.map((student, index) =>
    studentRow(student, groups).map((cell, column) => messyCell(cell, index + column)),
  );
  const firstGuardianName = STUDENT_HEADER.length;
  const secondGuardianRelationship = STUDENT_HEADER.length + 7;
  const twoGuardians = school.students.findIndex((s) => s.guardians.length >= 2);
  if (twoGuardians >= 0)
    rows[twoGuardians]![secondGuardianRelationship] = "Stepparent, lives with family";
  const spacedName = school.students.findIndex((s) => s.guardians[0]!.name.includes(" "));
  if (spacedName >= 0) {
    const name = school.students[spacedName]!.guardians[0]!.name;
    rows[spacedName]![firstGuardianName] = name.replace(" ", "\r\n");
  }
  return {
    "students.csv": BOM + toCsv(header, rows, "\n"),
    "staff.csv":
      BOM +
      toCsv(
        ["  email ", "NAME", "roles "],
        school.staff.map((member, index) => [
          mixedCaseEmail(member.email, index),
          ` ${member.name}`,
          member.roles.join(index % 2 === 0 ? ", " : " "),
        ]),
      ),
    "classes.csv": toCsv(
      ["Class ID ", " course", "PERIOD", "Grade", "Teacher email", "Student IDs"],
      school.classes.map((c, index) => [
        `${c.id} `,
        c.course,
        ` ${c.period}`,
        c.grade,
        mixedCaseEmail(c.teacherEmail, index),
        c.studentIds.join(index % 2 === 0 ? " " : ";"),
      ]),
      "\n",
    ),
  };
}
