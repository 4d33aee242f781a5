/*
 * School Data Sync classic's Student.csv and Teacher.csv: one row per person (SIS ID or, in the
 * UK spelling, ID; First Name, Last Name, Username; a student's Student Number and Grade, Status).
 * A person listed again with the same SIS ID and Username (once per school) is one person. A
 * Username that is not an address gets the domain the coordinator gives, as SDS's identity
 * matching appends one; without a domain a student is imported without an email (one warning per
 * file) and a teacher is refused, since a teacher is known by their address.
 */
import type { CsvRecord } from "./csv";
import type { StaffMember, Student } from "./model";
import { nameAndId, type Problem } from "./problem";
import {
  columnName,
  GRADE,
  isInactiveStatus,
  SIS_ID,
  sdsCell,
  sdsEmail,
  sdsGrade,
} from "./sds-columns";
import { personField, type RecordSource, type StaffField, type StudentSource } from "./source";
import type { Table } from "./table";

export const STUDENTS = "Student.csv";
export const TEACHERS = "Teacher.csv";
export const PEOPLE_COLUMNS = [SIS_ID, "First Name", "Last Name", "Username"];

export interface SdsPerson {
  readonly line: number;
  readonly sisId: string;
  readonly name: string;
  readonly username: string;
  readonly active: boolean;
  /** Where the person is in the roster's students or staff. */
  readonly index: number;
}

export interface SdsStudents {
  readonly students: Student[];
  readonly sources: StudentSource[];
  readonly bySisId: Map<string, SdsPerson>;
}

export interface SdsTeachers {
  readonly staff: StaffMember[];
  readonly sources: RecordSource<StaffField>[];
  readonly bySisId: Map<string, SdsPerson & { readonly email: string }>;
}

export const sdsPerson = (name: string, sisId: string) => nameAndId(name, "SIS ID", sisId);

/** One problem or warning for a file whose usernames are not addresses, naming the first. */
function domainHint(table: Table, who: string): Problem | null {
  const cell = sdsCell(table);
  const bare = table.rows.find((r) => {
    const username = cell(r, "Username");
    return username !== "" && !username.includes("@");
  });
  if (!bare) return null;
  return {
    file: table.file,
    row: 0,
    field: "Username",
    value: cell(bare, "Username"),
    reason: `not an email address (row ${bare.line} and others like it): give the ${who}' email domain, which Confer adds to usernames as SDS's identity matching does`,
  };
}

/** A second row with a SIS ID and another Username is another person under the same ID. */
function duplicate(table: Table, record: CsvRecord, sisId: string, earlier: SdsPerson): Problem {
  const cell = sdsCell(table);
  const name = `${cell(record, "First Name")} ${cell(record, "Last Name")}`;
  return {
    file: table.file,
    row: record.line,
    field: columnName(table, SIS_ID),
    value: sisId,
    reason: `duplicate SIS ID: also on row ${earlier.line}, with another Username`,
    ...personField(sdsPerson(name, sisId)),
  };
}

export function readSdsStudents(
  table: Table,
  domain: string,
  problems: Problem[],
  warnings: Problem[],
): SdsStudents {
  const cell = sdsCell(table);
  const result: SdsStudents = { students: [], sources: [], bySisId: new Map() };
  for (const record of table.rows) {
    const sisId = cell(record, SIS_ID);
    const username = cell(record, "Username");
    const earlier = result.bySisId.get(sisId);
    if (earlier) {
      if (earlier.username !== username) problems.push(duplicate(table, record, sisId, earlier));
      continue;
    }
    const number = cell(record, "Student Number");
    const givenName = cell(record, "First Name");
    const familyName = cell(record, "Last Name");
    const name = `${givenName} ${familyName}`.trim();
    const active = !isInactiveStatus(cell(record, "Status"));
    if (sisId !== "") {
      const index = result.students.length;
      result.bySisId.set(sisId, { line: record.line, sisId, name, username, active, index });
    }
    result.students.push({
      id: number || sisId,
      givenName,
      familyName,
      preferredName: "",
      email: sdsEmail(username, domain),
      grade: sdsGrade(cell(record, GRADE)),
      advisorEmail: "",
      guardians: [],
      active,
    });
    result.sources.push({
      file: table.file,
      line: record.line,
      labels: {
        id: number ? "Student Number" : columnName(table, SIS_ID),
        givenName: "First Name",
        familyName: "Last Name",
        preferredName: "Preferred Name",
        email: "Username",
        grade: columnName(table, GRADE),
        advisorEmail: "homeroom teacher",
      },
      ...personField(sdsPerson(name, sisId)),
      guardians: [],
    });
  }
  const hint = domain.trim() === "" ? domainHint(table, "students") : null;
  if (hint) warnings.push({ ...hint, reason: `${hint.reason}; until then they have no email` });
  return result;
}

export function readSdsTeachers(
  table: Table,
  domain: string,
  students: SdsStudents,
  problems: Problem[],
): SdsTeachers {
  const cell = sdsCell(table);
  const result: SdsTeachers = { staff: [], sources: [], bySisId: new Map() };
  for (const record of table.rows) {
    const sisId = cell(record, SIS_ID);
    const username = cell(record, "Username");
    const name = `${cell(record, "First Name")} ${cell(record, "Last Name")}`.trim();
    const person = sdsPerson(name, sisId);
    const earlier = result.bySisId.get(sisId);
    if (earlier) {
      if (earlier.username !== username) problems.push(duplicate(table, record, sisId, earlier));
      continue;
    }
    const student = students.bySisId.get(sisId);
    if (sisId !== "" && student) {
      problems.push({
        file: table.file,
        row: record.line,
        field: columnName(table, SIS_ID),
        value: sisId,
        reason: `also a student, on ${STUDENTS} row ${student.line}`,
        ...personField(person),
      });
      continue;
    }
    const email = sdsEmail(username, domain) || username;
    const active = !isInactiveStatus(cell(record, "Status"));
    if (sisId !== "") {
      const index = result.staff.length;
      result.bySisId.set(sisId, { line: record.line, sisId, name, username, email, active, index });
    }
    result.staff.push({ email, name, roles: ["teacher"], ...(active ? {} : { active: false }) });
    result.sources.push({
      file: table.file,
      line: record.line,
      labels: { email: "Username", name: "First Name", roles: "TeacherRoster" },
      ...personField(person),
    });
  }
  const hint = domain.trim() === "" ? domainHint(table, "teachers") : null;
  if (hint) problems.push(hint);
  return result;
}
