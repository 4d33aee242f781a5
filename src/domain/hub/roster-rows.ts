/*
 * The roster as the hub's Students, Staff and Classes rows, and back. Guardians share one cell,
 * written for people to read: `Name <email> [language] (relationship); …`.
 */
import type {
  Guardian,
  Roster,
  SchoolClass,
  StaffMember,
  StaffRole,
  Student,
} from "../roster/model";

const GUARDIAN = /^(.*?)\s*<([^<>]*)>\s*\[([^\]]*)\]\s*(?:\((.*)\))?$/;

export function guardiansToCell(guardians: readonly Guardian[]): string {
  return guardians
    .map(
      (g) =>
        `${g.name} <${g.email}> [${g.language}]${g.relationship ? ` (${g.relationship})` : ""}`,
    )
    .join("; ");
}

export function guardiansFromCell(cell: string, where: string): Guardian[] {
  if (cell.trim() === "") return [];
  return cell.split(/;\s*(?=[^;]*<)/).map((part) => {
    const match = part.trim().match(GUARDIAN);
    if (!match)
      throw new Error(
        `${where}: the guardian “${part.trim()}” is not in the form Name <email> [language] (relationship).`,
      );
    return {
      name: match[1]!.trim(),
      email: match[2]!.trim().toLowerCase(),
      language: match[3]!.trim(),
      relationship: (match[4] ?? "").trim(),
    };
  });
}

const text = (row: readonly unknown[], i: number) => String(row[i] ?? "").trim();

export function studentToRow(student: Student): string[] {
  return [
    student.id,
    student.givenName,
    student.familyName,
    student.preferredName,
    student.email,
    student.grade,
    student.advisorEmail,
    guardiansToCell(student.guardians),
    student.active ? "yes" : "no",
  ];
}

export function studentFromRow(row: readonly unknown[], rowNumber: number): Student {
  return {
    id: text(row, 0),
    givenName: text(row, 1),
    familyName: text(row, 2),
    preferredName: text(row, 3),
    email: text(row, 4).toLowerCase(),
    grade: text(row, 5),
    advisorEmail: text(row, 6).toLowerCase(),
    guardians: guardiansFromCell(text(row, 7), `Students row ${rowNumber}, Guardians`),
    active: text(row, 8).toLowerCase() !== "no",
  };
}

export function staffToRow(member: StaffMember): string[] {
  return [
    member.email,
    member.name,
    member.roles.join(", "),
    member.active === false ? "no" : "yes",
  ];
}

export function staffFromRow(row: readonly unknown[]): StaffMember {
  return {
    email: text(row, 0).toLowerCase(),
    name: text(row, 1),
    roles: text(row, 2)
      .split(/[,;\s]+/)
      .filter((role): role is StaffRole => ["teacher", "advisor", "coordinator"].includes(role)),
    active: text(row, 3).toLowerCase() !== "no",
  };
}

export function classToRow(schoolClass: SchoolClass): string[] {
  return [
    schoolClass.id,
    schoolClass.course,
    schoolClass.period,
    schoolClass.grade,
    schoolClass.teacherEmail,
    schoolClass.studentIds.join(" "),
  ];
}

export function classFromRow(row: readonly unknown[]): SchoolClass {
  return {
    id: text(row, 0),
    course: text(row, 1),
    period: text(row, 2),
    grade: text(row, 3),
    teacherEmail: text(row, 4).toLowerCase(),
    studentIds: text(row, 5)
      .split(/[\s;,]+/)
      .filter((id) => id !== ""),
  };
}

export function rosterFromRows(
  students: readonly (readonly unknown[])[],
  staff: readonly (readonly unknown[])[],
  classes: readonly (readonly unknown[])[],
): Roster {
  const filled = (row: readonly unknown[]) => text(row, 0) !== "";
  return {
    students: students.flatMap((row, i) => (filled(row) ? [studentFromRow(row, i + 2)] : [])),
    staff: staff.filter(filled).map(staffFromRow),
    classes: classes.filter(filled).map(classFromRow),
  };
}
