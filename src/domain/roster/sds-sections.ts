/*
 * School Data Sync classic's classes: Section.csv (SIS ID, Section Name, Course Name, Periods,
 * Status), TeacherRoster.csv and StudentEnrollment.csv (Section SIS ID, SIS ID). A section's
 * teacher is its first TeacherRoster row; a section with none is left out with a warning (SDS
 * allows one, Confer's classes each have a teacher). An Inactive or Expired section is left out
 * with its rows. A row naming no section, no person, or a teacher as a student (or the other way
 * round) is a problem.
 */
import type { SchoolClass } from "./model";
import { nameAndId, type Problem } from "./problem";
import { columnName, isInactiveStatus, SECTION_ID, SIS_ID, sdsCell } from "./sds-columns";
import {
  type SdsPerson,
  type SdsStudents,
  type SdsTeachers,
  STUDENTS,
  sdsPerson,
  TEACHERS,
} from "./sds-people";
import { type ClassSource, personField, type RecordSource } from "./source";
import { splitList, type Table } from "./table";

export const SECTIONS = "Section.csv";
export const ENROLLMENTS = "StudentEnrollment.csv";
export const ROSTER = "TeacherRoster.csv";

export interface SdsSection {
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly course: string;
  readonly period: string;
  readonly teachers: (SdsPerson & { readonly email: string })[];
  /** Student IDs, as the roster writes them. */
  readonly students: string[];
}

export interface SdsClasses {
  readonly classes: SchoolClass[];
  readonly sources: ClassSource[];
  readonly sections: SdsSection[];
}

export const teacherSource = <F extends string>(teacher: SdsPerson, field: F): RecordSource<F> => ({
  file: TEACHERS,
  line: teacher.line,
  labels: { [field]: "Username" } as Record<F, string>,
  ...personField(sdsPerson(teacher.name, teacher.sisId)),
});

function readSections(table: Table, problems: Problem[]) {
  const cell = sdsCell(table);
  const sections = new Map<string, SdsSection>();
  const gone = new Set<string>();
  for (const record of table.rows) {
    const id = cell(record, SIS_ID);
    const name = cell(record, "Section Name");
    if (isInactiveStatus(cell(record, "Status"))) {
      gone.add(id);
      continue;
    }
    const earlier = sections.get(id);
    if (earlier || id === "") {
      problems.push({
        file: table.file,
        row: record.line,
        field: columnName(table, SIS_ID),
        value: id,
        reason: earlier ? `duplicate SIS ID: also on row ${earlier.line}` : "missing",
        ...personField(nameAndId(name, "SIS ID", id)),
      });
      continue;
    }
    sections.set(id, {
      line: record.line,
      id,
      name,
      course: cell(record, "Course Name"),
      period: splitList(cell(record, "Periods"))[0] ?? "",
      teachers: [],
      students: [],
    });
  }
  return { sections, gone };
}

/** Each row's section and person, or a problem naming what it names that is not there. */
function readLinks(
  table: Table,
  sections: ReadonlyMap<string, SdsSection>,
  gone: ReadonlySet<string>,
  problems: Problem[],
  link: (section: SdsSection | undefined, sisId: string, line: number) => Problem | null,
): void {
  const cell = sdsCell(table);
  for (const record of table.rows) {
    const sectionId = cell(record, SECTION_ID);
    const section = sections.get(sectionId);
    if (!section && !gone.has(sectionId)) {
      problems.push({
        file: table.file,
        row: record.line,
        field: columnName(table, SECTION_ID),
        value: sectionId,
        reason: sectionId ? `no such section in ${SECTIONS}` : "missing",
      });
    }
    const problem = link(section, cell(record, SIS_ID), record.line);
    if (problem) problems.push({ ...problem, field: columnName(table, SIS_ID) });
  }
}

export function readSdsSections(
  tables: { section: Table | null; roster: Table | null; enrollment: Table | null },
  students: SdsStudents,
  teachers: SdsTeachers,
  problems: Problem[],
  warnings: Problem[],
): SdsClasses {
  const { sections, gone } = tables.section
    ? readSections(tables.section, problems)
    : { sections: new Map<string, SdsSection>(), gone: new Set<string>() };
  if (tables.roster) {
    readLinks(tables.roster, sections, gone, problems, (section, sisId, line) => {
      const teacher = teachers.bySisId.get(sisId);
      if (teacher) {
        if (section && teacher.active) section.teachers.push(teacher);
        return null;
      }
      const student = students.bySisId.get(sisId);
      const reason = student
        ? `a student (${STUDENTS} row ${student.line}), not a teacher in ${TEACHERS}`
        : sisId
          ? `no such teacher in ${TEACHERS}`
          : "missing";
      const person = student && sdsPerson(student.name, sisId);
      return { file: ROSTER, row: line, field: "", value: sisId, reason, ...personField(person) };
    });
  }
  if (tables.enrollment) {
    readLinks(tables.enrollment, sections, gone, problems, (section, sisId, line) => {
      const student = students.bySisId.get(sisId);
      if (student) {
        const id = students.students[student.index]!.id;
        if (section && student.active) section.students.push(id);
        return null;
      }
      const teacher = teachers.bySisId.get(sisId);
      const reason = teacher
        ? `a teacher (${TEACHERS} row ${teacher.line}), enrolled as a student`
        : sisId
          ? `no such student in ${STUDENTS}`
          : "missing";
      const person = teacher && sdsPerson(teacher.name, sisId);
      return {
        file: ENROLLMENTS,
        row: line,
        field: "",
        value: sisId,
        reason,
        ...personField(person),
      };
    });
  }

  const result: SdsClasses = { classes: [], sources: [], sections: [] };
  for (const section of sections.values()) {
    const teacher = section.teachers[0];
    const person = nameAndId(section.name, "SIS ID", section.id);
    if (!teacher) {
      warnings.push({
        file: SECTIONS,
        row: section.line,
        field: "",
        value: "",
        reason: `no teacher in ${ROSTER}: left out, as every class in Confer has a teacher`,
        ...personField(person),
      });
      continue;
    }
    result.classes.push({
      id: section.id,
      course: section.name,
      period: section.period,
      grade: "",
      teacherEmail: teacher.email,
      studentIds: [...new Set(section.students)],
    });
    result.sources.push({
      file: SECTIONS,
      line: section.line,
      labels: {
        id: columnName(tables.section!, SIS_ID),
        course: "Section Name",
        period: "Periods",
        grade: "Grade",
        teacherEmail: "Username",
        studentIds: `${ENROLLMENTS} SIS ID`,
      },
      ...personField(person),
      teacher: teacherSource(teacher, "teacherEmail"),
    });
    result.sections.push(section);
  }
  return result;
}
