/*
 * relationships.csv, Microsoft School Data Sync v2.1's guardian links: per row a student
 * (userSourcedId), a guardian (relationshipUserSourcedId, a user in users.csv) and their
 * relationshipRole. Parents, guardians and relatives (or a row with no role) become the student's
 * guardians; other relationships (aide, doctor, …) are left out with a warning. A link to nobody,
 * to someone who is not a student, or to a student as guardian is a problem.
 */
import { GUARDIAN_ROLES, problemAt, type User, userPerson } from "./oneroster-users";
import type { Problem } from "./problem";
import { cellReader, type Table } from "./table";

export const RELATIONSHIPS = "relationships.csv";

export const RELATIONSHIP_COLUMNS = ["userSourcedId", "relationshipUserSourcedId"];

export interface GuardianLink {
  readonly student: User;
  readonly guardian: User;
  /** As the file writes it, "" when the row has none. */
  readonly relationship: string;
}

/** In a delta, a link to someone the delta leaves out is not broken: they are in the hub. */
export function readRelationships(
  table: Table,
  users: ReadonlyMap<string, User>,
  gone: ReadonlySet<string>,
  delta: boolean,
  problems: Problem[],
  warnings: Problem[],
): GuardianLink[] {
  const cell = cellReader(table);
  const links: GuardianLink[] = [];
  for (const record of table.rows) {
    const studentId = cell(record, "userSourcedId");
    const guardianId = cell(record, "relationshipUserSourcedId");
    const relationship = cell(record, "relationshipRole");
    const student = users.get(studentId);
    const guardian = users.get(guardianId);
    const person = student
      ? userPerson(student.givenName, student.familyName, studentId)
      : userPerson("", "", studentId);
    const refuse = (field: string, value: string, reason: string) =>
      problems.push(problemAt(RELATIONSHIPS, record, field, value, reason, person));
    const missing = (id: string) => !gone.has(id) && !delta;
    if (!student) {
      if (missing(studentId)) {
        refuse("userSourcedId", studentId, studentId ? "no such user in users.csv" : "missing");
      }
      continue;
    }
    if (student.role !== "student") {
      refuse(
        "userSourcedId",
        studentId,
        `not a student: ${student.roleFrom} gives the role "${student.role}"`,
      );
      continue;
    }
    if (!guardian) {
      if (missing(guardianId)) {
        const reason = guardianId ? "no such user in users.csv" : "missing";
        refuse("relationshipUserSourcedId", guardianId, reason);
      }
      continue;
    }
    if (guardian.role === "student") {
      const reason = `a student (${guardian.roleFrom}), so not a guardian`;
      refuse("relationshipUserSourcedId", guardianId, reason);
      continue;
    }
    const role = relationship.toLowerCase();
    if (role !== "" && !GUARDIAN_ROLES.has(role)) {
      const reason = "not a parent, guardian or relative: not imported as a guardian";
      warnings.push(
        problemAt(RELATIONSHIPS, record, "relationshipRole", relationship, reason, person),
      );
      continue;
    }
    if (!guardian.active) continue;
    links.push({ student, guardian, relationship });
  }
  return links;
}
