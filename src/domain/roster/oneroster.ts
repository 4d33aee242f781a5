/*
 * OneRoster 1.1 CSV (users.csv, classes.csv, enrollments.csv) read into Confer's roster:
 * guardians linked through agentSourcedIds from either side (listed in users.csv order), the
 * homeroom teacher as advisor, scheduled classes as classes, "tobedeleted" rows treated as gone.
 */
import type { CsvRecord } from "./csv";
import type { Guardian, Roster, SchoolClass, StaffMember, StaffRole, Student } from "./model";
import { nameAndId, type Problem } from "./problem";
import {
  type ClassField,
  type ClassSource,
  type GuardianField,
  type ParsedRoster,
  personField,
  type RecordSource,
  type StaffField,
  type StudentField,
  type StudentSource,
} from "./source";
import { cellReader, hasColumns, hasRows, readTable, splitList, type Table } from "./table";

export interface OneRosterFiles {
  readonly users: string;
  readonly classes: string;
  readonly enrollments: string;
}

const USERS = "users.csv";
const CLASSES = "classes.csv";
const ENROLLMENTS = "enrollments.csv";
const FILES = [USERS, CLASSES, ENROLLMENTS];

const GUARDIAN_ROLES = new Set(["parent", "guardian", "relative"]);

const STUDENT_LABELS = (idColumn: string): Readonly<Record<StudentField, string>> => ({
  id: idColumn,
  givenName: "givenName",
  familyName: "familyName",
  preferredName: "metadata.preferredName",
  email: "email",
  grade: "grades",
  advisorEmail: "homeroom teacher",
});
const BY_IDENTIFIER = STUDENT_LABELS("identifier");
const BY_SOURCED_ID = STUDENT_LABELS("sourcedId");

const GUARDIAN_LABELS: Readonly<Record<GuardianField, string>> = {
  name: "givenName",
  email: "email",
  language: "metadata.language",
  relationship: "metadata.relationship",
};

const STAFF_LABELS: Readonly<Record<StaffField, string>> = {
  email: "email",
  name: "givenName",
  roles: "role",
};

const CLASS_LABELS: Readonly<Record<ClassField, string>> = {
  id: "sourcedId",
  course: "title",
  period: "periods",
  grade: "grades",
  teacherEmail: "teacher enrollment",
  studentIds: "student enrollments",
};

interface User {
  readonly line: number;
  readonly sourcedId: string;
  readonly role: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly identifier: string;
  readonly email: string;
  readonly agents: readonly string[];
  readonly grade: string;
  readonly preferredName: string;
  readonly language: string;
  readonly relationship: string;
}

interface ClassRow {
  readonly line: number;
  readonly sourcedId: string;
  readonly title: string;
  readonly homeroom: boolean;
  readonly period: string;
  readonly grade: string;
  readonly teachers: { readonly user: User; readonly primary: boolean }[];
  readonly students: User[];
}

const isGone = (status: string) => status.toLowerCase() === "tobedeleted";

/** "06" -> "6"; the first of several grades. */
function oneRosterGrade(grades: string): string {
  const first = splitList(grades)[0] ?? "";
  return /^\d+$/.test(first) ? String(Number.parseInt(first, 10)) : first;
}

function fullName(user: User): string {
  return `${user.givenName} ${user.familyName}`.trim();
}

/** A users.csv row's person: its name and sourcedId. */
function userPerson(givenName: string, familyName: string, sourcedId: string) {
  return nameAndId(`${givenName} ${familyName}`, "sourcedId", sourcedId);
}

const personOf = (user: User) => userPerson(user.givenName, user.familyName, user.sourcedId);

function problemAt(
  file: string,
  record: CsvRecord,
  field: string,
  value: string,
  reason: string,
  person?: string,
): Problem {
  return { file, row: record.line, field, value, reason, ...personField(person) };
}

function readUsers(table: Table, gone: Set<string>, problems: Problem[]): Map<string, User> {
  const cell = cellReader(table);
  const users = new Map<string, User>();
  for (const record of table.rows) {
    const sourcedId = cell(record, "sourcedId");
    const person = userPerson(cell(record, "givenName"), cell(record, "familyName"), sourcedId);
    if (sourcedId === "") {
      problems.push(problemAt(USERS, record, "sourcedId", "", "missing", person));
      continue;
    }
    if (isGone(cell(record, "status"))) {
      gone.add(sourcedId);
      continue;
    }
    const earlier = users.get(sourcedId);
    if (earlier) {
      const reason = `duplicate sourcedId: also on row ${earlier.line}`;
      problems.push(problemAt(USERS, record, "sourcedId", sourcedId, reason, person));
      continue;
    }
    users.set(sourcedId, {
      line: record.line,
      sourcedId,
      role: cell(record, "role").toLowerCase(),
      givenName: cell(record, "givenName"),
      familyName: cell(record, "familyName"),
      identifier: cell(record, "identifier"),
      email: cell(record, "email"),
      agents: splitList(cell(record, "agentSourcedIds")),
      grade: oneRosterGrade(cell(record, "grades")),
      preferredName: cell(record, "metadata.preferredName"),
      language: cell(record, "metadata.language"),
      relationship: cell(record, "metadata.relationship"),
    });
  }
  return users;
}

function readClasses(table: Table, gone: Set<string>, problems: Problem[]): Map<string, ClassRow> {
  const cell = cellReader(table);
  const classes = new Map<string, ClassRow>();
  for (const record of table.rows) {
    const sourcedId = cell(record, "sourcedId");
    if (isGone(cell(record, "status"))) {
      gone.add(sourcedId);
      continue;
    }
    const earlier = classes.get(sourcedId);
    if (sourcedId === "" || earlier) {
      const reason = earlier ? `duplicate sourcedId: also on row ${earlier.line}` : "missing";
      const person = nameAndId(cell(record, "title"), "sourcedId", sourcedId);
      problems.push(problemAt(CLASSES, record, "sourcedId", sourcedId, reason, person));
      continue;
    }
    classes.set(sourcedId, {
      line: record.line,
      sourcedId,
      title: cell(record, "title"),
      homeroom: cell(record, "classType").toLowerCase() === "homeroom",
      period: splitList(cell(record, "periods"))[0] ?? "",
      grade: oneRosterGrade(cell(record, "grades")),
      teachers: [],
      students: [],
    });
  }
  return classes;
}

function readEnrollments(
  table: Table,
  users: ReadonlyMap<string, User>,
  classes: ReadonlyMap<string, ClassRow>,
  gone: ReadonlySet<string>,
  problems: Problem[],
): void {
  const cell = cellReader(table);
  for (const record of table.rows) {
    if (isGone(cell(record, "status"))) continue;
    const classId = cell(record, "classSourcedId");
    const userId = cell(record, "userSourcedId");
    const schoolClass = classes.get(classId);
    const user = users.get(userId);
    const person = nameAndId("", "sourcedId", cell(record, "sourcedId"));
    if (!schoolClass) {
      if (!gone.has(classId)) {
        const reason = "no such class in classes.csv";
        problems.push(problemAt(ENROLLMENTS, record, "classSourcedId", classId, reason, person));
      }
      continue;
    }
    if (!user) {
      if (!gone.has(userId)) {
        const reason = "no such user in users.csv";
        problems.push(problemAt(ENROLLMENTS, record, "userSourcedId", userId, reason, person));
      }
      continue;
    }
    const role = cell(record, "role").toLowerCase();
    if (role === "student") {
      if (user.role === "student") schoolClass.students.push(user);
      else {
        const reason = `enrolled as a student, but users.csv gives the role "${user.role}"`;
        problems.push(problemAt(ENROLLMENTS, record, "userSourcedId", userId, reason, person));
      }
    } else if (role === "teacher") {
      schoolClass.teachers.push({
        user,
        primary: cell(record, "primary").toLowerCase() === "true",
      });
    }
  }
}

function teacherOf(schoolClass: ClassRow): User | undefined {
  return (schoolClass.teachers.find((t) => t.primary) ?? schoolClass.teachers[0])?.user;
}

function linkGuardians(
  users: ReadonlyMap<string, User>,
  gone: ReadonlySet<string>,
  problems: Problem[],
): Map<string, User[]> {
  const links = new Map<string, User[]>();
  const link = (student: User, guardian: User) => {
    const list = links.get(student.sourcedId);
    if (!list) links.set(student.sourcedId, [guardian]);
    else if (!list.includes(guardian)) list.push(guardian);
  };
  for (const user of users.values()) {
    const isStudent = user.role === "student";
    if (!isStudent && !GUARDIAN_ROLES.has(user.role)) continue;
    for (const agentId of user.agents) {
      const agent = users.get(agentId);
      if (!agent) {
        if (!gone.has(agentId)) {
          problems.push({
            file: USERS,
            row: user.line,
            field: "agentSourcedIds",
            value: agentId,
            reason: "no such user in users.csv",
            ...personField(personOf(user)),
          });
        }
        continue;
      }
      if (isStudent && GUARDIAN_ROLES.has(agent.role)) link(user, agent);
      else if (!isStudent && agent.role === "student") link(agent, user);
    }
  }
  for (const list of links.values()) list.sort((a, b) => a.line - b.line);
  return links;
}

function toGuardian(user: User): Guardian {
  const role = user.role;
  return {
    name: fullName(user),
    email: user.email,
    language: user.language,
    relationship: user.relationship || role[0]!.toUpperCase() + role.slice(1),
  };
}

const emailSource = <F extends string>(user: User, field: F): RecordSource<F> => ({
  file: USERS,
  line: user.line,
  labels: { [field]: "email" } as Record<F, string>,
  ...personField(personOf(user)),
});

function buildRoster(
  users: ReadonlyMap<string, User>,
  classRows: ReadonlyMap<string, ClassRow>,
  links: ReadonlyMap<string, User[]>,
): Omit<ParsedRoster, "problems" | "files"> {
  const advisorOf = new Map<string, User>();
  const teaching = new Set<string>();
  const advising = new Set<string>();
  for (const row of classRows.values()) {
    const teacher = teacherOf(row);
    if (!teacher) continue;
    if (!row.homeroom) {
      teaching.add(teacher.sourcedId);
      continue;
    }
    advising.add(teacher.sourcedId);
    for (const student of row.students) {
      if (!advisorOf.has(student.sourcedId)) advisorOf.set(student.sourcedId, teacher);
    }
  }

  const students: Student[] = [];
  const studentSources: StudentSource[] = [];
  const staff: StaffMember[] = [];
  const staffSources: RecordSource<StaffField>[] = [];
  for (const user of users.values()) {
    if (user.role === "student") {
      const advisor = advisorOf.get(user.sourcedId);
      const guardians = links.get(user.sourcedId) ?? [];
      students.push({
        id: user.identifier || user.sourcedId,
        givenName: user.givenName,
        familyName: user.familyName,
        preferredName: user.preferredName,
        email: user.email,
        grade: user.grade,
        advisorEmail: advisor?.email ?? "",
        guardians: guardians.map(toGuardian),
        active: true,
      });
      studentSources.push({
        file: USERS,
        line: user.line,
        labels: user.identifier ? BY_IDENTIFIER : BY_SOURCED_ID,
        ...personField(personOf(user)),
        guardians: guardians.map((g) => ({
          file: USERS,
          line: g.line,
          labels: GUARDIAN_LABELS,
          ...personField(personOf(g)),
        })),
        ...(advisor ? { advisor: emailSource(advisor, "advisorEmail") } : {}),
      });
      continue;
    }
    const roles: StaffRole[] = [];
    if (user.role === "teacher" || teaching.has(user.sourcedId)) roles.push("teacher");
    if (advising.has(user.sourcedId)) roles.push("advisor");
    if (roles.length === 0) continue;
    staff.push({ email: user.email, name: fullName(user), roles });
    staffSources.push({
      file: USERS,
      line: user.line,
      labels: STAFF_LABELS,
      ...personField(personOf(user)),
    });
  }

  const classes: SchoolClass[] = [];
  const classSources: ClassSource[] = [];
  for (const row of classRows.values()) {
    if (row.homeroom) continue;
    const teacher = teacherOf(row);
    classes.push({
      id: row.sourcedId,
      course: row.title,
      period: row.period,
      grade: row.grade,
      teacherEmail: teacher?.email ?? "",
      studentIds: [...new Set(row.students.map((s) => s.identifier || s.sourcedId))],
    });
    classSources.push({
      file: CLASSES,
      line: row.line,
      labels: CLASS_LABELS,
      ...personField(nameAndId(row.title, "sourcedId", row.sourcedId)),
      ...(teacher ? { teacher: emailSource(teacher, "teacherEmail") } : {}),
    });
  }
  const roster: Roster = { students, staff, classes };
  return {
    roster,
    sources: { students: studentSources, staff: staffSources, classes: classSources },
  };
}

const EMPTY: Omit<ParsedRoster, "problems" | "files"> = {
  roster: { students: [], staff: [], classes: [] },
  sources: { students: [], staff: [], classes: [] },
};

/**
 * Reads a OneRoster 1.1 CSV set; other OneRoster files are not needed. Advisors come from the
 * homeroom classes and their enrollments, so each of the three files needs rows; when one cannot
 * be read, nothing is, and only what stopped the reading is reported.
 */
export function readOneRoster(files: OneRosterFiles): ParsedRoster {
  const problems: Problem[] = [];
  const usersTable = readTable(USERS, files.users, problems);
  const classesTable = readTable(CLASSES, files.classes, problems);
  const enrollmentsTable = readTable(ENROLLMENTS, files.enrollments, problems);
  const usersOk =
    usersTable &&
    hasColumns(usersTable, ["sourcedId", "role", "givenName", "familyName", "email"], problems) &&
    hasRows(usersTable, problems);
  const classesOk =
    classesTable &&
    hasColumns(classesTable, ["sourcedId", "title", "classType"], problems) &&
    hasRows(classesTable, problems);
  const enrollmentsOk =
    enrollmentsTable &&
    hasColumns(enrollmentsTable, ["classSourcedId", "userSourcedId", "role"], problems) &&
    hasRows(enrollmentsTable, problems);
  if (!usersOk || !classesOk || !enrollmentsOk) return { files: FILES, ...EMPTY, problems };

  const gone = new Set<string>();
  const users = readUsers(usersTable, gone, problems);
  const classes = readClasses(classesTable, gone, problems);
  readEnrollments(enrollmentsTable, users, classes, gone, problems);
  const links = linkGuardians(users, gone, problems);
  return { files: FILES, ...buildRoster(users, classes, links), problems };
}
