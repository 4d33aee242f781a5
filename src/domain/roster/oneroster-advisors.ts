/*
 * advisors.csv, Confer's own addition to a OneRoster set for exports with no homeroom class: per
 * row a student (their sourcedId or identifier) and their advisor's email.
 */

import { firstCell, problemAt, type User } from "./oneroster-users";
import type { Problem } from "./problem";
import type { RecordSource } from "./source";
import { cellReader, columnKey, type Table } from "./table";

export const ADVISORS = "advisors.csv";

export interface AdvisorRow {
  readonly line: number;
  readonly email: string;
}

/** advisors.csv: a student (by sourcedId or identifier) and their advisor's email, per row. */
export function readAdvisors(
  table: Table,
  users: ReadonlyMap<string, User>,
  problems: Problem[],
): Map<string, AdvisorRow> {
  const cell = cellReader(table);
  const byIdentifier = new Map(
    [...users.values()].filter((u) => u.identifier !== "").map((u) => [u.identifier, u]),
  );
  const rows = new Map<string, AdvisorRow>();
  for (const record of table.rows) {
    const id = firstCell(cell, record, STUDENT_ID_COLUMNS);
    const email = firstCell(cell, record, ADVISOR_COLUMNS);
    const student = users.get(id) ?? byIdentifier.get(id);
    if (student?.role !== "student") {
      const reason = id === "" ? "missing" : "no such student in users.csv";
      problems.push(problemAt(ADVISORS, record, "student ID", id, reason));
      continue;
    }
    rows.set(student.sourcedId, { line: record.line, email });
  }
  return rows;
}

export const STUDENT_ID_COLUMNS = [
  "studentSourcedId",
  "student ID",
  "studentId",
  "sourcedId",
  "identifier",
];
export const ADVISOR_COLUMNS = ["advisorEmail", "advisor email", "advisor", "email"];

export const advisorsSource = (row: AdvisorRow): RecordSource<"advisorEmail"> => ({
  file: ADVISORS,
  line: row.line,
  labels: { advisorEmail: "advisor email" },
});

export function hasAdvisorColumns(table: Table, problems: Problem[]): boolean {
  const has = (names: readonly string[]) => names.some((n) => table.columns.has(columnKey(n)));
  if (has(STUDENT_ID_COLUMNS) && has(ADVISOR_COLUMNS)) return true;
  problems.push({
    file: ADVISORS,
    row: table.headerLine,
    field: "",
    value: "",
    reason: "the header needs a student ID column (studentSourcedId) and an advisorEmail column",
  });
  return false;
}
