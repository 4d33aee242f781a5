/*
 * A --roster folder as the demo's roster: its people as Confer's own readers (readConferRoster,
 * readOneRoster) find them, the grades its students are in, and its coordinator: a staff member
 * with the coordinator role, else a OneRoster administrator, else coordinator@ the school's domain.
 */
import path from "node:path";
import { type ParsedRoster, readConferRoster, readOneRoster } from "../../../src/domain/roster";
import {
  gradeKey,
  isEmail,
  normalizeEmail,
  normalizeName,
} from "../../../src/domain/roster/normalize";
import { cellReader, readTable } from "../../../src/domain/roster/table";
import { DEMO_DOMAIN } from "../../demo-school";
import type { DemoRoster, RosterPerson, RosterStaff } from "../roster";
import type { RosterFolder } from "./files";

const SETTINGS_GRADE = /^(PK|TK|K|[0-9]{1,2})$/;
const EARLY_GRADES = ["PK", "TK", "K"];

function parse(folder: RosterFolder): ParsedRoster {
  return folder.format === "confer" ? readConferRoster(folder.files) : readOneRoster(folder.files);
}

function gradeRank(grade: string): number {
  const early = EARLY_GRADES.indexOf(grade);
  return early >= 0 ? early - EARLY_GRADES.length : Number(grade);
}

function gradesOf(parsed: ParsedRoster): string[] {
  const grades = new Set(
    parsed.roster.students
      .map((student) => gradeKey(student.grade).toUpperCase())
      .filter((grade) => SETTINGS_GRADE.test(grade)),
  );
  return [...grades].sort((a, b) => gradeRank(a) - gradeRank(b));
}

function person(email: string, name: string): RosterPerson {
  return { email: normalizeEmail(email), name: normalizeName(name) || email.trim() };
}

const ADMINISTRATOR = /^(site|district|system)?administrator$/i;

/** Administrators from users.csv's role column, or from roles.csv in a OneRoster 1.2 set. */
function oneRosterAdministrators(folder: RosterFolder): RosterStaff[] {
  if (folder.format !== "oneroster") return [];
  const table = readTable("users.csv", folder.files.users, []);
  if (!table) return [];
  const cell = cellReader(table);
  const roles = folder.files.roles ? readTable("roles.csv", folder.files.roles, []) : null;
  const roleCell = roles ? cellReader(roles) : null;
  const listed = new Set(
    roles && roleCell
      ? roles.rows
          .filter((row) => ADMINISTRATOR.test(roleCell(row, "role")))
          .map((row) => roleCell(row, "userSourcedId"))
      : [],
  );
  return table.rows
    .filter((row) => ADMINISTRATOR.test(cell(row, "role")) || listed.has(cell(row, "sourcedId")))
    .map((row) => ({
      ...person(cell(row, "email"), `${cell(row, "givenName")} ${cell(row, "familyName")}`),
      roles: ["administrator"],
    }));
}

function mostCommonDomain(emails: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const email of emails.filter(isEmail)) {
    const domain = email.slice(email.lastIndexOf("@") + 1);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts].sort(([, a], [, b]) => b - a)[0]?.[0];
}

function uniqueByEmail<T extends RosterPerson>(people: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const one of people) if (one.email !== "" && !seen.has(one.email)) seen.set(one.email, one);
  return [...seen.values()];
}

export function folderRoster(dir: string, folder: RosterFolder, term: string): DemoRoster {
  const parsed = parse(folder);
  const staff = uniqueByEmail([
    ...parsed.roster.staff.map((m) => ({ ...person(m.email, m.name), roles: m.roles })),
    ...oneRosterAdministrators(folder),
  ]);
  const students = parsed.roster.students.map((s) =>
    person(s.email, `${s.givenName} ${s.familyName}`),
  );
  const lead = [
    ...staff.filter((m) => m.roles.includes("coordinator")),
    ...staff.filter((m) => m.roles.includes("administrator")),
  ].find((m) => isEmail(m.email));
  const domain =
    mostCommonDomain(staff.map((m) => m.email)) ??
    mostCommonDomain(students.map((s) => s.email)) ??
    DEMO_DOMAIN;
  const files = Object.entries(folder.files).filter(([, text]) => text.trim() !== "");
  return {
    origin: `${dir} (${folder.format === "confer" ? "Confer's CSV" : "OneRoster"})`,
    schoolName: path.basename(path.resolve(dir)),
    term,
    grades: gradesOf(parsed),
    coordinator: lead ?? { email: `coordinator@${domain}`, name: "Confer Coordinator" },
    staff,
    students,
    guardians: uniqueByEmail(
      parsed.roster.students.flatMap((s) => s.guardians.map((g) => person(g.email, g.name))),
    ),
    classes: parsed.roster.classes.length,
    upload:
      folder.format === "confer"
        ? { format: "confer", ...folder.files }
        : { format: "oneroster", ...folder.files },
    files: Object.fromEntries(files.map(([key, text]) => [`${folder.format}/${key}.csv`, text])),
  };
}
