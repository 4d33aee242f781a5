/*
 * OneRoster 1.0, 1.1 and 1.2 CSV (users.csv, classes.csv, enrollments.csv; 1.2's roles.csv for
 * the roles) read into Confer's roster as school systems write it: columns in any order and case,
 * legacy names (agents, grade) beside 1.1's, roles and statuses in any case. Guardians are linked
 * through agentSourcedIds from either side (listed in users.csv order); the homeroom teacher, a
 * chosen course's teacher, or advisors.csv gives each student's advisor; scheduled classes are
 * classes; "inactive" people are imported inactive, "tobedeleted" rows are gone. A preferred name
 * comes from preferredGivenName, preferredFirstName, metadata.preferredName or an
 * ext_…preferredName column, a guardian's language from their row, their student's, or
 * languages.csv (see guardianLanguage); other columns are ignored. Microsoft School Data Sync v2.1
 * sets are OneRoster-like and read here too: roles.csv marked by isPrimary with the student's
 * grade, classes without classType, relationships.csv's guardians, and SDS's teaching roles
 * (professor, lecturer, …) read as teacher. Left out with a warning: a staff role Confer does not
 * import or an enrollment of one, an enrollment in no class, a staff member with no email, and a
 * class with no teacher who has one.
 */
import { counted } from "../plural";
import { type Manifest, readManifest } from "./manifest";
import type { Guardian, Roster, SchoolClass, StaffMember, StaffRole, Student } from "./model";
import {
  ADVISORS,
  type AdvisorRow,
  advisorsSource,
  hasAdvisorColumns,
  readAdvisors,
} from "./oneroster-advisors";
import {
  guardianLanguage,
  hasLanguageColumns,
  LANGUAGES,
  type LanguageRow,
  readLanguages,
} from "./oneroster-languages";
import {
  firstCell,
  fullName,
  GUARDIAN_ROLES,
  type HubRole,
  isGone,
  isInactive,
  kindOf,
  oneRosterGrade,
  personOf,
  problemAt,
  ROLES,
  readRoles,
  readUsers,
  studentIdOf,
  USERS,
  type User,
} from "./oneroster-users";
import { nameAndId, type Problem } from "./problem";
import {
  type GuardianLink,
  RELATIONSHIP_COLUMNS,
  RELATIONSHIPS,
  readRelationships,
} from "./relationships";
import { sdsClassicHint } from "./sds-columns";
import { NO_ROLE, NOT_IMPORTED_ENROLLMENT, NOT_IMPORTED_STAFF, teachingRole } from "./sds-roles";
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
import {
  cellReader,
  hasColumns as hasHeader,
  hasRows,
  readTable,
  splitList,
  type Table,
} from "./table";

export interface OneRosterFiles {
  readonly users: string;
  readonly classes: string;
  readonly enrollments: string;
  /** OneRoster 1.2: each user's roles, when users.csv has no role column. */
  readonly roles?: string;
  /** OneRoster 1.2: accepted and not read (Confer needs no logins). */
  readonly userProfiles?: string;
  readonly manifest?: string;
  /** Confer's own addition: student ID (sourcedId or identifier) and advisor email. */
  readonly advisors?: string;
  /** Confer's own addition: a guardian's or a student's sourcedId and a language. */
  readonly languages?: string;
  /** Microsoft SDS v2.1: guardian links (student, guardian, relationshipRole). */
  readonly relationships?: string;
}

export interface OneRosterOptions {
  /** A course title or class sourcedId whose teacher advises its students, as homeroom does. */
  readonly homeroomCourse?: string;
  /** The roster a delta set updates: enrollments may name its students and classes. */
  readonly current?: Roster;
}

const CLASSES = "classes.csv";
const ENROLLMENTS = "enrollments.csv";
const FILES = [USERS, ROLES, CLASSES, ENROLLMENTS, RELATIONSHIPS, ADVISORS, LANGUAGES];

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

const NO_TEACHER = (row: { teachers: readonly unknown[]; students: readonly unknown[] }) => {
  const who = row.teachers.length > 0 ? "no teacher with an email" : "no teacher";
  const students = row.students.length;
  const withThem = students > 0 ? ` (with ${counted(students, "student enrollment")})` : "";
  return `${who} enrolled: left out${withThem}, as every class in Confer has a teacher`;
};
const NO_CLASS =
  "no class (an enrollment in a school or term): Confer keeps class enrollments only, so it is left out";
const STAFF_ORDER: readonly StaffRole[] = ["teacher", "advisor"];

const SAME_STAFF_EMAIL = (line: number) =>
  `the same email as users.csv row ${line}: read as one staff member, teaching both rows' classes`;

const NO_STAFF_EMAIL =
  "no email: left out, as Confer knows staff by their email address (a class they alone teach is left out too)";

interface ClassRow {
  readonly line: number;
  readonly sourcedId: string;
  readonly title: string;
  readonly homeroom: boolean;
  readonly period: string;
  readonly grade: string;
  /** True for a chosen course standing in for homeroom: it gives advisors and stays a class. */
  readonly advises: boolean;
  readonly teachers: { readonly user: User; readonly primary: boolean }[];
  readonly students: User[];
  /** In a delta: the current class's students, and students the delta names but does not hold. */
  readonly studentIds: string[];
  /** In a delta: the current class's teacher, kept when the delta names none. */
  readonly currentTeacher: string;
  /** In a delta: students whose enrollment it ends (tobedeleted or inactive), unless another of theirs it lists is active. */
  readonly dropped: Set<string>;
  /** In a delta: current students it lists in the class, active. */
  readonly listed: Set<string>;
}

/** In a delta, a class it lists keeps the current class's students and teacher, and adds to them. */
function readClasses(
  table: Table,
  homeroomCourse: string | undefined,
  delta: Roster | undefined,
  gone: Set<string>,
  problems: Problem[],
): Map<string, ClassRow> {
  const cell = cellReader(table);
  const classes = new Map<string, ClassRow>();
  const chosen = (homeroomCourse ?? "").trim().toLowerCase();
  const current = new Map((delta?.classes ?? []).map((c) => [c.id, c]));
  for (const record of table.rows) {
    const sourcedId = cell(record, "sourcedId");
    const status = cell(record, "status");
    if (isGone(status) || isInactive(status)) {
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
    const title = cell(record, "title");
    const known = current.get(sourcedId);
    classes.set(sourcedId, {
      line: record.line,
      sourcedId,
      title,
      homeroom: cell(record, "classType").toLowerCase() === "homeroom",
      advises:
        chosen !== "" && (title.toLowerCase() === chosen || sourcedId.toLowerCase() === chosen),
      period: splitList(firstCell(cell, record, ["periods", "period"]))[0] ?? "",
      grade: oneRosterGrade(firstCell(cell, record, ["grades", "grade"])),
      teachers: [],
      students: [],
      studentIds: [...(known?.studentIds ?? [])],
      currentTeacher: known?.teacherEmail ?? "",
      dropped: new Set(),
      listed: new Set(),
    });
  }
  return classes;
}

/** A delta's enrollment in a class the delta leaves out: the current class, to add to. */
function currentClassRow(schoolClass: SchoolClass): ClassRow {
  return {
    line: 0,
    sourcedId: schoolClass.id,
    title: schoolClass.course,
    homeroom: false,
    advises: false,
    period: schoolClass.period,
    grade: schoolClass.grade,
    teachers: [],
    students: [],
    studentIds: [...schoolClass.studentIds],
    currentTeacher: schoolClass.teacherEmail,
    dropped: new Set(),
    listed: new Set(),
  };
}

function readEnrollments(
  table: Table,
  users: ReadonlyMap<string, User>,
  classes: Map<string, ClassRow>,
  gone: ReadonlySet<string>,
  current: Roster | undefined,
  problems: Problem[],
  warnings: Problem[],
): void {
  const cell = cellReader(table);
  const currentClasses = new Map((current?.classes ?? []).map((c) => [c.id, c]));
  const currentStudents = new Set((current?.students ?? []).map((s) => s.id));
  for (const record of table.rows) {
    const status = cell(record, "status");
    const classId = cell(record, "classSourcedId");
    const userId = cell(record, "userSourcedId");
    const inCurrent = currentClasses.get(classId);
    if (!classes.has(classId) && inCurrent) classes.set(classId, currentClassRow(inCurrent));
    const schoolClass = classes.get(classId);
    const user = users.get(userId);
    if (isGone(status) || isInactive(status)) {
      if (current && schoolClass) schoolClass.dropped.add(user ? studentIdOf(user) : userId);
      continue;
    }
    const role = teachingRole(cell(record, "role"));
    const person = nameAndId("", "sourcedId", cell(record, "sourcedId"));
    if (classId === "") {
      const owner = user ? nameAndId(fullName(user), "sourcedId", userId) : person;
      warnings.push(problemAt(ENROLLMENTS, record, "classSourcedId", "", NO_CLASS, owner));
      continue;
    }
    if (schoolClass && !user && role === "student" && currentStudents.has(userId)) {
      schoolClass.studentIds.push(userId);
      schoolClass.listed.add(userId);
      continue;
    }
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
    if (!user.active) continue;
    const owner = nameAndId(fullName(user), "sourcedId", userId) ?? person;
    if (role === "student") {
      if (user.role === "student") schoolClass.students.push(user);
      else {
        const reason = `enrolled as a student, but ${user.roleFrom} gives the role "${user.role}"`;
        problems.push(problemAt(ENROLLMENTS, record, "userSourcedId", userId, reason, owner));
      }
    } else if (role === "teacher" && user.role === "student") {
      const reason = `enrolled as a teacher, but ${user.roleFrom} gives the role "student"`;
      problems.push(problemAt(ENROLLMENTS, record, "userSourcedId", userId, reason, owner));
    } else if (role === "teacher") {
      schoolClass.teachers.push({
        user,
        primary: cell(record, "primary").toLowerCase() === "true",
      });
    } else {
      const raw = cell(record, "role");
      warnings.push(problemAt(ENROLLMENTS, record, "role", raw, NOT_IMPORTED_ENROLLMENT, owner));
    }
  }
}

const hasEmail = (user: User) => user.email.trim() !== "";

/** The primary teacher, else the first; a teacher with no email cannot be one (Confer knows staff by email). */
function teacherOf(schoolClass: ClassRow): User | undefined {
  const reachable = schoolClass.teachers.filter((t) => hasEmail(t.user));
  return (reachable.find((t) => t.primary) ?? reachable[0])?.user;
}

/** In a delta, a link to someone the delta leaves out is not broken: they are in the hub. */
function linkGuardians(
  users: ReadonlyMap<string, User>,
  related: readonly GuardianLink[],
  gone: ReadonlySet<string>,
  delta: boolean,
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
        if (!gone.has(agentId) && !delta) {
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
      const guardian = isStudent ? agent : user;
      if (!guardian.active) continue;
      if (isStudent && GUARDIAN_ROLES.has(agent.role)) link(user, agent);
      else if (!isStudent && agent.role === "student") link(agent, user);
    }
  }
  for (const { student, guardian } of related) link(student, guardian);
  for (const list of links.values()) list.sort((a, b) => a.line - b.line);
  return links;
}

const capitalized = (text: string) => (text[0] ?? "").toUpperCase() + text.slice(1);

/** The relationship: metadata.relationship, else relationships.csv's role, else the user's role. */
function toGuardian(user: User, language: string, relationship: string | undefined): Guardian {
  return {
    name: fullName(user),
    email: user.email,
    language,
    relationship: user.relationship || capitalized(relationship || user.role),
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
  related: readonly GuardianLink[],
  advisorRows: ReadonlyMap<string, AdvisorRow>,
  languageRows: ReadonlyMap<string, LanguageRow> | null,
  warnings: Problem[],
  /** A delta's users are told no role warning: the rest of their record is in the hub. */
  delta: boolean,
): Omit<ParsedRoster, "problems" | "files"> {
  const relationOf = new Map(
    related.map((l) => [`${l.student.sourcedId} ${l.guardian.sourcedId}`, l.relationship]),
  );
  const guardians = new Set([...links.values()].flat());
  const advisorOf = new Map<string, User>();
  const teaching = new Set<string>();
  const advising = new Set<string>();
  for (const row of classRows.values()) {
    const teacher = teacherOf(row);
    if (!teacher) continue;
    if (!row.homeroom) teaching.add(teacher.sourcedId);
    if (!row.homeroom && !row.advises) continue;
    advising.add(teacher.sourcedId);
    for (const student of row.students) {
      if (!advisorOf.has(student.sourcedId)) advisorOf.set(student.sourcedId, teacher);
    }
  }
  const byEmail = new Map([...users.values()].map((u) => [u.email.toLowerCase(), u]));
  for (const row of advisorRows.values()) {
    const advisor = byEmail.get(row.email.toLowerCase());
    if (advisor && advisor.role !== "student") advising.add(advisor.sourcedId);
  }

  const students: Student[] = [];
  const studentSources: StudentSource[] = [];
  const staff: StaffMember[] = [];
  const staffAt = new Map<string, { readonly index: number; readonly line: number }>();
  const staffSources: RecordSource<StaffField>[] = [];
  for (const user of users.values()) {
    if (user.role === "student") {
      const listed = advisorRows.get(user.sourcedId);
      const advisor = listed ? undefined : advisorOf.get(user.sourcedId);
      const linked = links.get(user.sourcedId) ?? [];
      const languages = linked.map((g) => guardianLanguage(g, user, languageRows, warnings));
      students.push({
        id: user.identifier || user.sourcedId,
        givenName: user.givenName,
        familyName: user.familyName,
        preferredName: user.preferredName,
        email: user.email,
        grade: user.grade,
        advisorEmail: listed?.email ?? advisor?.email ?? "",
        guardians: linked.map((g, i) =>
          toGuardian(g, languages[i]!.language, relationOf.get(`${user.sourcedId} ${g.sourcedId}`)),
        ),
        active: user.active,
      });
      studentSources.push({
        file: USERS,
        line: user.line,
        labels: {
          ...(user.identifier ? BY_IDENTIFIER : BY_SOURCED_ID),
          grade: user.gradeFrom,
        },
        ...(user.gradeWritten !== user.grade ? { gradeWritten: user.gradeWritten } : {}),
        ...personField(personOf(user)),
        guardians: linked.map((g, i) => ({
          file: USERS,
          line: g.line,
          labels: GUARDIAN_LABELS,
          ...personField(personOf(g)),
          languageFrom: languages[i]!.from,
        })),
        ...(advisor ? { advisor: emailSource(advisor, "advisorEmail") } : {}),
        ...(listed ? { advisor: advisorsSource(listed) } : {}),
      });
      continue;
    }
    const roles: StaffRole[] = [];
    if (teachingRole(user.role) === "teacher" || teaching.has(user.sourcedId))
      roles.push("teacher");
    if (advising.has(user.sourcedId)) roles.push("advisor");
    if (roles.length > 0 && !hasEmail(user)) {
      warnings.push({
        file: USERS,
        row: user.line,
        field: "email",
        value: "",
        reason: NO_STAFF_EMAIL,
        ...personField(personOf(user)),
      });
      continue;
    }
    if (roles.length === 0) {
      const known = GUARDIAN_ROLES.has(user.role) || guardians.has(user);
      if (!delta && !known) {
        warnings.push({
          file: user.roleAt.file,
          row: user.roleAt.line,
          field: "role",
          value: user.roleAt.written,
          reason: user.role === "" ? NO_ROLE : NOT_IMPORTED_STAFF,
          ...personField(personOf(user)),
        });
      }
      continue;
    }
    const key = user.email.trim().toLowerCase();
    const same = staffAt.get(key);
    if (same) {
      const earlier = staff[same.index]!;
      const active = earlier.active !== false || user.active;
      staff[same.index] = {
        ...earlier,
        roles: STAFF_ORDER.filter((r) => earlier.roles.includes(r) || roles.includes(r)),
        ...(active ? { active: true } : {}),
      };
      warnings.push({
        file: USERS,
        row: user.line,
        field: "email",
        value: user.email,
        reason: SAME_STAFF_EMAIL(same.line),
        ...personField(personOf(user)),
      });
      continue;
    }
    staffAt.set(key, { index: staff.length, line: user.line });
    staff.push({
      email: user.email,
      name: fullName(user),
      roles,
      ...(user.active ? {} : { active: false }),
    });
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
    const person = nameAndId(row.title, "sourcedId", row.sourcedId);
    const enrolled = row.students.map(studentIdOf);
    if (!teacher && row.currentTeacher === "") {
      warnings.push({
        file: CLASSES,
        row: row.line,
        field: CLASS_LABELS.teacherEmail,
        value: "",
        reason: NO_TEACHER(row),
        ...personField(person),
      });
      continue;
    }
    classes.push({
      id: row.sourcedId,
      course: row.title,
      period: row.period,
      grade: row.grade,
      teacherEmail: teacher?.email ?? row.currentTeacher,
      studentIds: [
        ...new Set([
          ...row.studentIds.filter((id) => !row.dropped.has(id) || row.listed.has(id)),
          ...enrolled,
        ]),
      ],
    });
    classSources.push({
      file: row.line === 0 ? ENROLLMENTS : CLASSES,
      line: row.line,
      labels: CLASS_LABELS,
      ...personField(person),
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

/** Each file the manifest says the set holds must be there; an absent one is read as empty. */
function fileText(name: string, text: string | undefined, manifest: Manifest): string {
  return manifest.modes[name] === "absent" ? "" : (text ?? "");
}

/**
 * Reads a OneRoster CSV set; other OneRoster files are not needed. Advisors come from the homeroom
 * classes (or the chosen course) and their enrollments, or from advisors.csv. A bulk set needs rows
 * in each of the three files; a delta (manifest.csv) holds only what changed. When a file cannot
 * be read, nothing is, and only what stopped the reading is reported.
 */
export function readOneRoster(files: OneRosterFiles, options: OneRosterOptions = {}): ParsedRoster {
  const problems: Problem[] = [];
  const manifest = readManifest(files.manifest, problems);
  const delta = manifest.delta;
  const text = (name: keyof OneRosterFiles) => fileText(name, files[name], manifest);
  const needed = (name: keyof OneRosterFiles) => !delta || text(name).trim() !== "";
  const read = (file: string, name: keyof OneRosterFiles) =>
    needed(name) ? readTable(file, text(name), problems) : EMPTY_TABLE(file);
  const rolesTable =
    (files.roles ?? "").trim() === "" ? null : readTable(ROLES, files.roles ?? "", problems);
  const usersTable = read(USERS, "users");
  const classesTable = read(CLASSES, "classes");
  const enrollmentsTable = read(ENROLLMENTS, "enrollments");
  const advisorsTable =
    (files.advisors ?? "").trim() === ""
      ? null
      : readTable(ADVISORS, files.advisors ?? "", problems);
  const languagesTable =
    (files.languages ?? "").trim() === ""
      ? null
      : readTable(LANGUAGES, files.languages ?? "", problems);
  const rows = (table: Table) => (delta ? true : hasRows(table, problems));
  const hasColumns = (table: Table, names: readonly string[], found: Problem[]) =>
    (delta && table.columns.size === 0) || hasHeader(table, names, found);
  const userColumns = ["sourcedId", "givenName", "familyName"];
  const usersOk =
    usersTable &&
    hasColumns(
      usersTable,
      rolesTable || delta ? userColumns : [...userColumns, "role"],
      problems,
    ) &&
    rows(usersTable);
  const classesOk =
    classesTable &&
    hasColumns(classesTable, ["sourcedId", "title"], problems) &&
    rows(classesTable);
  const enrollmentsOk =
    enrollmentsTable &&
    hasColumns(enrollmentsTable, ["classSourcedId", "userSourcedId", "role"], problems) &&
    rows(enrollmentsTable);
  const rolesOk = !rolesTable || hasColumns(rolesTable, ["userSourcedId", "role"], problems);
  const relationshipsTable =
    (files.relationships ?? "").trim() === ""
      ? null
      : readTable(RELATIONSHIPS, files.relationships ?? "", problems);
  const relationshipsOk =
    !relationshipsTable || hasColumns(relationshipsTable, RELATIONSHIP_COLUMNS, problems);
  const advisorsOk = !advisorsTable || hasAdvisorColumns(advisorsTable, problems);
  const languagesOk = !languagesTable || hasLanguageColumns(languagesTable, problems);
  if (
    !usersOk ||
    !classesOk ||
    !enrollmentsOk ||
    !rolesOk ||
    !relationshipsOk ||
    !advisorsOk ||
    !languagesOk
  ) {
    sdsClassicHint([usersTable, classesTable, enrollmentsTable], problems);
    return { files: FILES, ...EMPTY, problems };
  }

  const current = delta ? options.current : undefined;
  const gone = new Set<string>();
  const goneUsers: User[] = [];
  const roles = rolesTable ? readRoles(rolesTable) : null;
  const warnings: Problem[] = [];
  const users = readUsers(
    usersTable,
    roles,
    hubRoleIn(current),
    gone,
    goneUsers,
    problems,
    warnings,
  );
  const classes = readClasses(classesTable, options.homeroomCourse, current, gone, problems);
  readEnrollments(enrollmentsTable, users, classes, gone, current, problems, warnings);
  const related = relationshipsTable
    ? readRelationships(relationshipsTable, users, gone, delta, problems, warnings)
    : [];
  const links = linkGuardians(users, related, gone, delta, problems);
  const advisors = advisorsTable ? readAdvisors(advisorsTable, users, problems) : new Map();
  const languages = languagesTable ? readLanguages(languagesTable, users, problems) : null;
  const built = buildRoster(users, classes, links, related, advisors, languages, warnings, delta);
  if (!delta) return { files: FILES, ...built, problems, warnings };
  const removed = {
    students: goneUsers.filter((u) => u.role === "student").map((u) => u.identifier || u.sourcedId),
    staff: goneUsers
      .filter((u) => kindOf(u.role) === "staff" && u.email !== "")
      .map((u) => u.email.trim().toLowerCase()),
    classes: [...gone].filter((id) => !users.has(id) && !goneUsers.some((u) => u.sourcedId === id)),
  };
  return { files: FILES, ...built, problems, warnings, delta: removed };
}

/** In a delta, a user whose role neither file gives has the one the hub gives them. */
function hubRoleIn(current: Roster | undefined): HubRole {
  if (!current) return () => "";
  const students = new Set(current.students.map((s) => s.id));
  const staff = new Set(current.staff.map((m) => m.email));
  return ({ sourcedId, identifier, email }) => {
    if (students.has(identifier || sourcedId)) return "student";
    return staff.has(email.trim().toLowerCase()) ? "teacher" : "";
  };
}

function EMPTY_TABLE(file: string): Table {
  return { file, headerLine: 1, columns: new Map(), rows: [] };
}
