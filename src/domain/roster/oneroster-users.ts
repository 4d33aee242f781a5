/*
 * OneRoster's users.csv and roles.csv read into users: columns found by their 1.1 names or the
 * legacy 1.0 ones, a role from users.csv's role column or roles.csv's primary row (a person one
 * file makes a student and the other does not is a problem), statuses in any case, and the
 * preferred name and language from the columns Confer knows (see readUsers).
 */
import type { CsvRecord } from "./csv";
import { ID_RULE, isSafeId } from "./normalize";
import { nameAndId, type Problem } from "./problem";
import { personField } from "./source";
import { cellReader, splitList, type Table } from "./table";

export const USERS = "users.csv";
export const ROLES = "roles.csv";

export const GUARDIAN_ROLES = new Set(["parent", "guardian", "relative"]);

export interface User {
  readonly line: number;
  readonly sourcedId: string;
  readonly active: boolean;
  readonly role: string;
  /** Where the role came from: users.csv, or roles.csv's row. */
  readonly roleFrom: string;
  /** The row the role came from, and the role as written there. */
  readonly roleAt: { readonly file: string; readonly line: number; readonly written: string };
  readonly givenName: string;
  readonly familyName: string;
  readonly identifier: string;
  readonly email: string;
  readonly agents: readonly string[];
  readonly grade: string;
  /** The column the grade came from, as problems name it (SDS v2.1: its roles.csv row). */
  readonly gradeFrom: string;
  /** The grade as the file writes it, when that is not how Confer reads it ("J1" for 7). */
  readonly gradeWritten: string;
  readonly preferredName: string;
  readonly language: string;
  /** The column the language came from, for warnings: metadata.language or an ext_…language one. */
  readonly languageColumn: string;
  readonly relationship: string;
}

export const studentIdOf = (user: Pick<User, "identifier" | "sourcedId">) =>
  user.identifier || user.sourcedId;

export const isGone = (status: string) => status.toLowerCase() === "tobedeleted";
export const isInactive = (status: string) => status.toLowerCase() === "inactive";

/**
 * The OneRoster Japan Profile's grade codes (elementary P1-P6, junior high J1-J3, high school
 * H1-H3, as 1EdTech Japan's sample reader "meibo" lists them) counted from first grade.
 */
const JAPAN_STAGES: Readonly<Record<string, { readonly before: number; readonly years: number }>> =
  {
    p: { before: 0, years: 6 },
    j: { before: 6, years: 3 },
    h: { before: 9, years: 3 },
  };

/**
 * The first of several grades ("09,10" -> "09"); a Japan Profile code is the grade it counts
 * ("J1" -> "7"); validation writes it as Settings does.
 */
export function oneRosterGrade(grades: string): string {
  const first = splitList(grades)[0] ?? "";
  const code = /^([pjh])(\d)$/i.exec(first);
  const stage = code ? JAPAN_STAGES[code[1]!.toLowerCase()] : undefined;
  const year = Number(code?.[2] ?? 0);
  return stage && year >= 1 && year <= stage.years ? String(stage.before + year) : first;
}

/** The first non-empty cell among columns that mean one thing (1.1's name, then older ones). */
export function firstCell(
  cell: (record: CsvRecord, column: string) => string,
  record: CsvRecord,
  columns: readonly string[],
): string {
  for (const column of columns) {
    const value = cell(record, column);
    if (value !== "") return value;
  }
  return "";
}

/** The first column among `columns` with a non-empty cell, and that cell; "" for both when none. */
function firstFilled(
  cell: (record: CsvRecord, column: string) => string,
  record: CsvRecord,
  columns: readonly string[],
): { column: string; value: string } {
  for (const column of columns) {
    const value = cell(record, column);
    if (value !== "") return { column, value };
  }
  return { column: "", value: "" };
}

/** Vendor columns Confer has a use for: ext_…preferredName and ext_…language, by any vendor. */
function extColumns(table: Table, ending: RegExp): string[] {
  return [...table.columns.keys()].filter((key) => key.startsWith("ext_") && ending.test(key));
}

const STUDENT_KIND = "student";
export const kindOf = (role: string) =>
  role === "student" ? STUDENT_KIND : GUARDIAN_ROLES.has(role) ? "guardian" : "staff";

export function fullName(user: User): string {
  return `${user.givenName} ${user.familyName}`.trim();
}

/** A users.csv row's person: its name and sourcedId. */
export function userPerson(givenName: string, familyName: string, sourcedId: string) {
  return nameAndId(`${givenName} ${familyName}`, "sourcedId", sourcedId);
}

export const personOf = (user: User) => userPerson(user.givenName, user.familyName, user.sourcedId);

export function problemAt(
  file: string,
  record: CsvRecord,
  field: string,
  value: string,
  reason: string,
  person?: string,
): Problem {
  return { file, row: record.line, field, value, reason, ...personField(person) };
}

export interface UserRole {
  readonly role: string;
  readonly line: number;
  readonly primary: boolean;
  /** The role as the file writes it (role is lower-cased). */
  readonly written: string;
  /** SDS v2.1 gives a student's grade here, not in users.csv. */
  readonly grade: string;
}

/**
 * roles.csv: each user's primary role (or their first, when none is marked primary): OneRoster
 * 1.2 marks it with roleType "primary", Microsoft's SDS v2.1 with isPrimary "true".
 */
export function readRoles(table: Table): Map<string, UserRole> {
  const cell = cellReader(table);
  const roles = new Map<string, UserRole>();
  for (const record of table.rows) {
    if (isGone(cell(record, "status"))) continue;
    const userId = cell(record, "userSourcedId");
    const role = cell(record, "role").toLowerCase();
    const primary =
      cell(record, "roleType").toLowerCase() === "primary" ||
      cell(record, "isPrimary").toLowerCase() === "true";
    const earlier = roles.get(userId);
    if (userId === "" || role === "" || (earlier && (earlier.primary || !primary))) continue;
    const written = cell(record, "role");
    roles.set(userId, { role, line: record.line, primary, written, grade: cell(record, "grade") });
  }
  return roles;
}

/**
 * The school address: `email`, else `username` when it looks like an address (SDS v2.1 leaves a
 * student's email empty and writes their school address as the username).
 */
function emailOf(cell: (record: CsvRecord, column: string) => string, record: CsvRecord): string {
  const username = cell(record, "username");
  return cell(record, "email") || (username.includes("@") ? username : "");
}

/**
 * A student's identifier is their Student ID, unless it cannot be one (a space, say): then their
 * sourcedId is, with a warning. When neither can, validation refuses the identifier.
 */
function studentIdentifier(
  identifier: string,
  sourcedId: string,
  role: string,
  record: CsvRecord,
  person: string | undefined,
  warnings: Problem[],
): string {
  if (role !== "student" || identifier === "" || isSafeId(identifier) || !isSafeId(sourcedId)) {
    return identifier;
  }
  const reason = `not usable as a Student ID (${ID_RULE}): their sourcedId "${sourcedId}" is used instead`;
  warnings.push(problemAt(USERS, record, "identifier", identifier, reason, person));
  return "";
}

/** A delta's user whose role neither file gives: their role in the hub, "" when they are not in it. */
export type HubRole = (user: { sourcedId: string; identifier: string; email: string }) => string;

export function readUsers(
  table: Table,
  roles: ReadonlyMap<string, UserRole> | null,
  hubRole: HubRole,
  gone: Set<string>,
  goneUsers: User[],
  problems: Problem[],
  warnings: Problem[],
): Map<string, User> {
  const cell = cellReader(table);
  const preferredColumns = [
    "preferredGivenName",
    "preferredFirstName",
    "metadata.preferredName",
    "metadata.preferredFirstName",
    ...extColumns(table, /preferred_?(first_?)?name$/),
  ];
  const languageColumns = ["metadata.language", ...extColumns(table, /language$/)];
  const users = new Map<string, User>();
  for (const record of table.rows) {
    const sourcedId = cell(record, "sourcedId");
    const person = userPerson(cell(record, "givenName"), cell(record, "familyName"), sourcedId);
    if (sourcedId === "") {
      problems.push(problemAt(USERS, record, "sourcedId", "", "missing", person));
      continue;
    }
    const earlier = users.get(sourcedId);
    if (earlier) {
      const reason = `duplicate sourcedId: also on row ${earlier.line}`;
      problems.push(problemAt(USERS, record, "sourcedId", sourcedId, reason, person));
      continue;
    }
    const ownRole = cell(record, "role").toLowerCase();
    const listed = roles?.get(sourcedId);
    if (listed && ownRole !== "" && kindOf(ownRole) !== kindOf(listed.role)) {
      const reason = `users.csv gives the role "${ownRole}", but roles.csv "${listed.role}"`;
      problems.push({
        file: ROLES,
        row: listed.line,
        field: "role",
        value: listed.role,
        reason,
        ...personField(person),
      });
    }
    const language = firstFilled(cell, record, languageColumns);
    const ownGrade = firstCell(cell, record, ["grades", "grade"]);
    const role =
      ownRole ||
      listed?.role ||
      hubRole({
        sourcedId,
        identifier: cell(record, "identifier"),
        email: cell(record, "email"),
      });
    const user: User = {
      line: record.line,
      sourcedId,
      active: !isInactive(cell(record, "status")),
      role,
      roleFrom: ownRole !== "" || !listed ? USERS : `${ROLES} row ${listed.line}`,
      roleAt:
        ownRole !== "" || !listed
          ? { file: USERS, line: record.line, written: cell(record, "role") }
          : { file: ROLES, line: listed.line, written: listed.written },
      givenName: cell(record, "givenName"),
      familyName: cell(record, "familyName"),
      identifier: studentIdentifier(
        cell(record, "identifier"),
        sourcedId,
        role,
        record,
        person,
        warnings,
      ),
      email: emailOf(cell, record),
      agents: splitList(firstCell(cell, record, ["agentSourcedIds", "agents"])),
      grade: oneRosterGrade(ownGrade || (listed?.grade ?? "")),
      gradeWritten: splitList(ownGrade || (listed?.grade ?? ""))[0] ?? "",
      gradeFrom: ownGrade === "" && listed?.grade ? `${ROLES} row ${listed.line} grade` : "grades",
      preferredName: firstCell(cell, record, preferredColumns),
      language: language.value,
      languageColumn: language.column,
      relationship: cell(record, "metadata.relationship"),
    };
    if (isGone(cell(record, "status"))) {
      gone.add(sourcedId);
      goneUsers.push(user);
      continue;
    }
    users.set(sourcedId, user);
  }
  return users;
}
