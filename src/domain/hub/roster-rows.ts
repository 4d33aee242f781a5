/*
 * The roster as the hub's Students, Staff and Classes rows, and back. Guardians share one cell,
 * written for people to read: `Name <email> [language] (relationship); …`. A mark that would end
 * a name or a guardian early (; < > or \ in a name, ; or \ in a relationship) is escaped with \,
 * so any name a school system exports reads back as it was.
 */
import type {
  Guardian,
  Roster,
  SchoolClass,
  StaffMember,
  StaffRole,
  Student,
} from "../roster/model";

/** The marks that would end a name, or a guardian, early. */
const NAME_MARKS = /[\\;<>]/g;
const RELATIONSHIP_MARKS = /[\\;]/g;

const escaped = (text: string, marks: RegExp) => text.replace(marks, (mark) => `\\${mark}`);
const unescaped = (text: string) => text.replace(/\\(.)/g, "$1");

export function guardiansToCell(guardians: readonly Guardian[]): string {
  return guardians
    .map(
      (g) =>
        `${escaped(g.name, NAME_MARKS)} <${g.email}> [${g.language}]${g.relationship ? ` (${escaped(g.relationship, RELATIONSHIP_MARKS)})` : ""}`,
    )
    .join("; ");
}

/** Where `mark` first stands unescaped in `text`, from `from` on; -1 when it does not. */
function markAt(text: string, mark: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === mark) return i;
  }
  return -1;
}

/** The cell split at each unescaped ";" that comes before another guardian's "<". */
function guardianParts(cell: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = markAt(cell, ";"); at >= 0; at = markAt(cell, ";", at + 1)) {
    if (markAt(cell, "<", at) < 0) break;
    parts.push(cell.slice(start, at));
    start = at + 1;
  }
  parts.push(cell.slice(start));
  return parts.map((part) => part.trim());
}

function guardianOf(part: string): Guardian | undefined {
  const lt = markAt(part, "<");
  const gt = lt < 0 ? -1 : markAt(part, ">", lt);
  const lb = gt < 0 ? -1 : markAt(part, "[", gt);
  const rb = lb < 0 ? -1 : markAt(part, "]", lb);
  if (rb < 0 || part.slice(gt + 1, lb).trim() !== "") return undefined;
  const rest = part.slice(rb + 1).trim();
  const relationship =
    rest === "" ? "" : rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1) : undefined;
  if (relationship === undefined) return undefined;
  return {
    name: unescaped(part.slice(0, lt)).trim(),
    email: part
      .slice(lt + 1, gt)
      .trim()
      .toLowerCase(),
    language: part.slice(lb + 1, rb).trim(),
    relationship: unescaped(relationship).trim(),
  };
}

export function guardiansFromCell(cell: string, where: string): Guardian[] {
  if (cell.trim() === "") return [];
  return guardianParts(cell).map((part) => {
    const guardian = guardianOf(part);
    if (!guardian)
      throw new Error(
        `${where}: the guardian “${part}” is not in the form Name <email> [language] (relationship).`,
      );
    return guardian;
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
