/*
 * Microsoft School Data Sync's classic (v1) CSV set, in its US or UK spelling, read into the roster
 * shape every import is validated in: Student.csv and Teacher.csv (required), Section.csv,
 * StudentEnrollment.csv and TeacherRoster.csv (the classes, which may come later), and the parent
 * files User.csv and GuardianRelationship.csv (both or neither). School.csv is not needed. Advisors
 * come from a course standing in for homeroom: each of its sections' teacher advises its students.
 * When a file cannot be read, nothing is, and only what stopped the reading is reported.
 */
import type { Problem } from "./problem";
import { hasSdsColumns, SECTION_ID, SIS_ID } from "./sds-columns";
import {
  hasGuardianColumns,
  RELATIONSHIP_FILE,
  readSdsGuardians,
  USER_FILE,
} from "./sds-guardians";
import { PEOPLE_COLUMNS, readSdsStudents, readSdsTeachers, STUDENTS, TEACHERS } from "./sds-people";
import {
  ENROLLMENTS,
  ROSTER,
  readSdsSections,
  type SdsSection,
  SECTIONS,
  teacherSource,
} from "./sds-sections";
import type { ParsedRoster } from "./source";
import { hasRows, readTable, type Table, type TableSource } from "./table";

type AsSource = (text: string) => TableSource;

export interface SdsClassicUpload {
  readonly format: "sds";
  readonly student: string;
  readonly teacher: string;
  readonly section?: string;
  readonly studentEnrollment?: string;
  readonly teacherRoster?: string;
  readonly user?: string;
  readonly guardianRelationship?: string;
  /** Appended to a student's Username that is not an address, as SDS's identity matching does. */
  readonly studentDomain?: string;
  readonly teacherDomain?: string;
  /** A section's Section Name, Course Name or SIS ID: its teacher advises its students. */
  readonly homeroomCourse?: string;
}

const FILES = [STUDENTS, TEACHERS, SECTIONS, ENROLLMENTS, ROSTER, USER_FILE, RELATIONSHIP_FILE];
const LINK_COLUMNS = [SECTION_ID, SIS_ID];

const advises = (section: SdsSection, chosen: string) =>
  chosen !== "" &&
  [section.id, section.name, section.course].some((v) => v.trim().toLowerCase() === chosen);

function readTables(upload: SdsClassicUpload, asSource: AsSource, problems: Problem[]) {
  const optional = (file: string, text: string | undefined) =>
    (text ?? "").trim() === "" ? null : readTable(file, asSource(text ?? ""), problems);
  const required = (file: string, text: string) => {
    if (text.trim() !== "") return readTable(file, asSource(text), problems);
    problems.push({ file, row: 0, field: "", value: "", reason: "the file is missing or empty" });
    return null;
  };
  const tables = {
    student: required(STUDENTS, upload.student),
    teacher: required(TEACHERS, upload.teacher),
    section: optional(SECTIONS, upload.section),
    enrollment: optional(ENROLLMENTS, upload.studentEnrollment),
    roster: optional(ROSTER, upload.teacherRoster),
    user: optional(USER_FILE, upload.user),
    relationship: optional(RELATIONSHIP_FILE, upload.guardianRelationship),
  };
  const people = (table: Table | null) =>
    table !== null && hasSdsColumns(table, PEOPLE_COLUMNS, problems) && hasRows(table, problems);
  const links = (table: Table | null) => !table || hasSdsColumns(table, LINK_COLUMNS, problems);
  const { user, relationship } = tables;
  const checks = [
    people(tables.student),
    people(tables.teacher),
    !tables.section || hasSdsColumns(tables.section, [SIS_ID, "Section Name"], problems),
    links(tables.enrollment),
    links(tables.roster),
    !user || !relationship || hasGuardianColumns(user, relationship, problems),
  ];
  if ((user === null) !== (relationship === null)) {
    const [given, lacking] = user ? [USER_FILE, RELATIONSHIP_FILE] : [RELATIONSHIP_FILE, USER_FILE];
    const reason = `comes with ${lacking}, which ties each contact to their student: give both`;
    problems.push({ file: given, row: 0, field: "", value: "", reason });
    checks.push(false);
  }
  return checks.every(Boolean) ? tables : null;
}

/** `asSource` reads a box's text as a table: CSV, or cells pasted from a sheet. */
export function readSdsClassic(
  upload: SdsClassicUpload,
  asSource: AsSource = (text) => text,
): ParsedRoster {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const tables = readTables(upload, asSource, problems);
  if (!tables?.student || !tables.teacher) {
    const none = { students: [], staff: [], classes: [] };
    return { files: FILES, roster: none, sources: none, problems, warnings };
  }
  const studentDomain = upload.studentDomain ?? "";
  const students = readSdsStudents(tables.student, studentDomain, problems, warnings);
  const teachers = readSdsTeachers(tables.teacher, upload.teacherDomain ?? "", students, problems);
  const classes = readSdsSections(tables, students, teachers, problems, warnings);

  const chosen = (upload.homeroomCourse ?? "").trim().toLowerCase();
  const byId = new Map(students.students.map((s, i) => [s.id, i]));
  for (const section of classes.sections.filter((s) => advises(s, chosen))) {
    const teacher = section.teachers[0]!;
    const member = teachers.staff[teacher.index]!;
    if (!member.roles.includes("advisor")) {
      teachers.staff[teacher.index] = { ...member, roles: [...member.roles, "advisor"] };
    }
    for (const id of section.students) {
      const index = byId.get(id)!;
      const student = students.students[index]!;
      if (student.advisorEmail !== "") continue;
      students.students[index] = { ...student, advisorEmail: teacher.email };
      const source = students.sources[index]!;
      students.sources[index] = { ...source, advisor: teacherSource(teacher, "advisorEmail") };
    }
  }

  if (tables.user && tables.relationship) {
    const guardians = readSdsGuardians(
      tables.user,
      tables.relationship,
      students.bySisId,
      problems,
      warnings,
    );
    for (const [index, list] of guardians) {
      students.students[index] = {
        ...students.students[index]!,
        guardians: list.map((g) => g.guardian),
      };
      students.sources[index] = {
        ...students.sources[index]!,
        guardians: list.map((g) => g.source),
      };
    }
  }

  return {
    files: FILES,
    roster: { students: students.students, staff: teachers.staff, classes: classes.classes },
    sources: { students: students.sources, staff: teachers.sources, classes: classes.sources },
    problems,
    warnings,
  };
}
