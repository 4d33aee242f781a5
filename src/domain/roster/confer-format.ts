/*
 * Confer's own roster columns: students, staff and classes tables (CSV or pasted), with any
 * number of "Guardian N" column groups. Values are read as written; validation normalises them.
 */
import type { CsvRecord } from "./csv";
import type { Guardian, SchoolClass, StaffMember, StaffRole, Student } from "./model";
import { STAFF_ROLES } from "./model";
import type { Problem } from "./problem";
import { sdsClassicHint } from "./sds-columns";
import {
  type ClassField,
  type ClassSource,
  classPerson,
  type GuardianField,
  type GuardianSource,
  type ParsedRoster,
  personField,
  type RecordSource,
  type StaffField,
  type StudentField,
  type StudentSource,
  staffPerson,
  studentPerson,
} from "./source";
import {
  cellReader,
  hasColumns,
  hasRows,
  readTable,
  splitList,
  type Table,
  type TableSource,
} from "./table";

export interface ConferTables {
  readonly students: TableSource;
  readonly staff: TableSource;
  readonly classes: TableSource;
}

export type ConferFileNames = Readonly<Record<keyof ConferTables, string>>;

export const CONFER_FILE_NAMES: ConferFileNames = {
  students: "students.csv",
  staff: "staff.csv",
  classes: "classes.csv",
};

const STUDENT_COLUMNS: Readonly<Record<StudentField, string>> = {
  id: "Student ID",
  givenName: "Given Name",
  familyName: "Family Name",
  preferredName: "Preferred Name",
  email: "Email",
  grade: "Grade",
  advisorEmail: "Advisor Email",
};

const STAFF_COLUMNS: Readonly<Record<StaffField, string>> = {
  email: "Email",
  name: "Name",
  roles: "Roles",
};

const CLASS_COLUMNS: Readonly<Record<ClassField, string>> = {
  id: "Class ID",
  course: "Course",
  period: "Period",
  grade: "Grade",
  teacherEmail: "Teacher Email",
  studentIds: "Student IDs",
};

const GUARDIAN_COLUMN = /^guardian ?(\d+) (name|email|language|relationship)$/;

const required = (columns: Readonly<Record<string, string>>, optional: string[] = []) =>
  Object.values(columns).filter((name) => !optional.includes(name));

function guardianGroups(table: Table): RecordSource<GuardianField>["labels"][] {
  const numbers = new Set<number>();
  for (const key of table.columns.keys()) {
    const match = GUARDIAN_COLUMN.exec(key);
    if (match) numbers.add(Number(match[1]));
  }
  return [...numbers]
    .sort((a, b) => a - b)
    .map((n) => ({
      name: `Guardian ${n} Name`,
      email: `Guardian ${n} Email`,
      language: `Guardian ${n} Language`,
      relationship: `Guardian ${n} Relationship`,
    }));
}

function readStudents(table: Table, students: Student[], sources: StudentSource[]): void {
  const cell = cellReader(table);
  const groups = guardianGroups(table);
  for (const record of table.rows) {
    const person = personField(
      studentPerson({
        id: cell(record, STUDENT_COLUMNS.id),
        givenName: cell(record, STUDENT_COLUMNS.givenName),
        familyName: cell(record, STUDENT_COLUMNS.familyName),
      }),
    );
    const guardians: Guardian[] = [];
    const guardianSources: GuardianSource[] = [];
    for (const labels of groups) {
      const guardian: Guardian = {
        name: cell(record, labels.name),
        email: cell(record, labels.email),
        language: cell(record, labels.language),
        relationship: cell(record, labels.relationship),
      };
      if (Object.values(guardian).every((value) => value === "")) continue;
      guardians.push(guardian);
      guardianSources.push({
        file: table.file,
        line: record.line,
        labels,
        ...person,
        languageFrom: guardian.language === "" ? "default" : "file",
      });
    }
    students.push({
      id: cell(record, STUDENT_COLUMNS.id),
      givenName: cell(record, STUDENT_COLUMNS.givenName),
      familyName: cell(record, STUDENT_COLUMNS.familyName),
      preferredName: cell(record, STUDENT_COLUMNS.preferredName),
      email: cell(record, STUDENT_COLUMNS.email),
      grade: cell(record, STUDENT_COLUMNS.grade),
      advisorEmail: cell(record, STUDENT_COLUMNS.advisorEmail),
      guardians,
      active: true,
    });
    sources.push({
      file: table.file,
      line: record.line,
      labels: STUDENT_COLUMNS,
      ...person,
      guardians: guardianSources,
    });
  }
}

function readRoles(
  table: Table,
  record: CsvRecord,
  text: string,
  person: { person?: string },
  problems: Problem[],
) {
  const roles: StaffRole[] = [];
  for (const item of splitList(text.toLowerCase())) {
    const role = STAFF_ROLES.find((known) => known === item);
    if (role) {
      if (!roles.includes(role)) roles.push(role);
      continue;
    }
    problems.push({
      file: table.file,
      row: record.line,
      field: STAFF_COLUMNS.roles,
      value: item,
      reason: "not a role: use teacher, advisor or coordinator",
      ...person,
    });
  }
  return roles;
}

function readStaff(
  table: Table,
  staff: StaffMember[],
  sources: RecordSource<StaffField>[],
  problems: Problem[],
): void {
  const cell = cellReader(table);
  for (const record of table.rows) {
    const email = cell(record, STAFF_COLUMNS.email);
    const name = cell(record, STAFF_COLUMNS.name);
    const person = personField(staffPerson({ name, email }));
    staff.push({
      email,
      name,
      roles: readRoles(table, record, cell(record, STAFF_COLUMNS.roles), person, problems),
    });
    sources.push({ file: table.file, line: record.line, labels: STAFF_COLUMNS, ...person });
  }
}

function readClasses(table: Table, classes: SchoolClass[], sources: ClassSource[]): void {
  const cell = cellReader(table);
  for (const record of table.rows) {
    const id = cell(record, CLASS_COLUMNS.id);
    const course = cell(record, CLASS_COLUMNS.course);
    classes.push({
      id,
      course,
      period: cell(record, CLASS_COLUMNS.period),
      grade: cell(record, CLASS_COLUMNS.grade),
      teacherEmail: cell(record, CLASS_COLUMNS.teacherEmail),
      studentIds: [...new Set(splitList(cell(record, CLASS_COLUMNS.studentIds)))],
    });
    sources.push({
      file: table.file,
      line: record.line,
      labels: CLASS_COLUMNS,
      ...personField(classPerson({ course, id })),
    });
  }
}

/**
 * Reads Confer's three tables; `names` says what to call each file in problems. When a table
 * cannot be read at all (or the students or staff have no rows), the roster is empty, so that
 * only what stopped the reading is reported, not every row elsewhere that refers to it. A school
 * may import its classes later: a classes table with no rows is read as no classes.
 */
export function readConferRoster(
  tables: ConferTables,
  names: ConferFileNames = CONFER_FILE_NAMES,
): ParsedRoster {
  const problems: Problem[] = [];
  const students: Student[] = [];
  const staff: StaffMember[] = [];
  const classes: SchoolClass[] = [];
  const studentSources: StudentSource[] = [];
  const staffSources: RecordSource<StaffField>[] = [];
  const classSources: ClassSource[] = [];

  const studentTable = readTable(names.students, tables.students, problems);
  const studentsOk =
    studentTable !== null &&
    hasColumns(
      studentTable,
      required(STUDENT_COLUMNS, [STUDENT_COLUMNS.preferredName]),
      problems,
    ) &&
    hasRows(studentTable, problems);
  if (studentsOk) readStudents(studentTable, students, studentSources);
  const staffTable = readTable(names.staff, tables.staff, problems);
  const staffOk =
    staffTable !== null &&
    hasColumns(staffTable, required(STAFF_COLUMNS), problems) &&
    hasRows(staffTable, problems);
  if (staffOk) readStaff(staffTable, staff, staffSources, problems);
  const classTable = readTable(names.classes, tables.classes, problems);
  const classesOk =
    classTable !== null && hasColumns(classTable, required(CLASS_COLUMNS), problems);
  if (classesOk) readClasses(classTable, classes, classSources);

  const files = [names.students, names.staff, names.classes];
  if (!studentsOk || !staffOk || !classesOk) {
    sdsClassicHint([studentTable, staffTable, classTable], problems);
    const none = { students: [], staff: [], classes: [] };
    return { files, roster: none, sources: none, problems };
  }
  return {
    files,
    roster: { students, staff, classes },
    sources: { students: studentSources, staff: staffSources, classes: classSources },
    problems,
  };
}
