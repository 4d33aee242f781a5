/*
 * School Data Sync classic's parent files (https://learn.microsoft.com/schooldatasync/parent-contact-sync-file-format):
 * User.csv lists each contact (Email, First Name, Last Name, Phone, SIS ID) and
 * GuardianRelationship.csv ties a student (SIS ID) to a contact (Email) with a Role. Parents,
 * guardians and relatives (or a row with no role, which SDS allows) become the student's guardians;
 * SDS's other roles (Aide, Doctor, Child, Administrator, Other) are left out with a warning. A row
 * naming no student or no contact is a problem.
 */
import type { Guardian } from "./model";
import { GUARDIAN_ROLES } from "./oneroster-users";
import { nameAndId, type Problem } from "./problem";
import { hasSdsColumns, SIS_ID, sdsCell } from "./sds-columns";
import { type SdsPerson, sdsPerson } from "./sds-people";
import { type GuardianField, personField, type RecordSource } from "./source";
import type { Table } from "./table";

export const USER_FILE = "User.csv";
export const RELATIONSHIP_FILE = "GuardianRelationship.csv";

const GUARDIAN_LABELS: Readonly<Record<GuardianField, string>> = {
  name: "First Name",
  email: "Email",
  language: "Language",
  relationship: "Role",
};

export interface SdsGuardian {
  readonly guardian: Guardian;
  readonly source: RecordSource<GuardianField>;
}

interface Contact {
  readonly line: number;
  readonly email: string;
  readonly name: string;
}

export function hasGuardianColumns(users: Table, relationships: Table, problems: Problem[]) {
  const usersOk = hasSdsColumns(users, ["Email", "First Name", "Last Name"], problems);
  return hasSdsColumns(relationships, [SIS_ID, "Email"], problems) && usersOk;
}

/** Each student's guardians by the student's index (found by SIS ID), in the file's order. */
export function readSdsGuardians(
  users: Table,
  relationships: Table,
  students: ReadonlyMap<string, SdsPerson>,
  problems: Problem[],
  warnings: Problem[],
): Map<number, SdsGuardian[]> {
  const userCell = sdsCell(users);
  const contacts = new Map<string, Contact>();
  for (const record of users.rows) {
    const email = userCell(record, "Email");
    const name = `${userCell(record, "First Name")} ${userCell(record, "Last Name")}`.trim();
    if (email === "") {
      const person = nameAndId(name, "SIS ID", userCell(record, SIS_ID));
      problems.push({
        file: USER_FILE,
        row: record.line,
        field: "Email",
        value: "",
        reason: "missing: GuardianRelationship.csv finds each contact by their email",
        ...(person ? { person } : {}),
      });
      continue;
    }
    const key = email.toLowerCase();
    if (!contacts.has(key)) contacts.set(key, { line: record.line, email, name });
  }

  const cell = sdsCell(relationships);
  const byStudent = new Map<number, SdsGuardian[]>();
  for (const record of relationships.rows) {
    const studentId = cell(record, SIS_ID);
    const email = cell(record, "Email");
    const role = cell(record, "Role");
    const student = students.get(studentId);
    const at = (field: string, value: string, reason: string): Problem => ({
      file: RELATIONSHIP_FILE,
      row: record.line,
      field,
      value,
      reason,
      ...personField(sdsPerson(student?.name ?? "", studentId)),
    });
    const index = student?.index;
    if (index === undefined) {
      problems.push(
        at("SIS ID", studentId, studentId ? "no such student in Student.csv" : "missing"),
      );
      continue;
    }
    const contact = contacts.get(email.toLowerCase());
    if (!contact) {
      problems.push(at("Email", email, email ? "no such contact in User.csv" : "missing"));
      continue;
    }
    if (role !== "" && !GUARDIAN_ROLES.has(role.toLowerCase())) {
      warnings.push(
        at("Role", role, "not a parent, guardian or relative: not imported as a guardian"),
      );
      continue;
    }
    const list = byStudent.get(index) ?? [];
    if (list.some((g) => g.guardian.email.toLowerCase() === email.toLowerCase())) continue;
    list.push({
      guardian: { name: contact.name, email: contact.email, language: "", relationship: role },
      source: {
        file: USER_FILE,
        line: contact.line,
        labels: GUARDIAN_LABELS,
        ...(contact.name ? { person: contact.name } : {}),
      },
    });
    byStudent.set(index, list);
  }
  return byStudent;
}
