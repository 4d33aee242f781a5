/*
 * Column names of Microsoft School Data Sync's classic (v1) CSV files, in its US and UK spellings
 * ("SIS ID" or "ID", "Section SIS ID" or "Section ID"; see
 * https://learn.microsoft.com/schooldatasync/school-data-sync-format-csv-files-for-sds), found in
 * any case and spacing, and the school address made from a Username as SDS's identity matching
 * does: the username itself when it is an address, else the username with the domain appended.
 */
import type { CsvRecord } from "./csv";
import type { Problem } from "./problem";
import { cellReader, columnKey, type Table } from "./table";

export const SIS_ID = ["SIS ID", "ID"];
export const SECTION_ID = ["Section SIS ID", "Section ID"];
export const GRADE = ["Grade", "Year Group", "Year"];

export type Cell = (record: CsvRecord, columns: string | readonly string[]) => string;

/** The text under the first of the columns (one name, or its spellings) the table has. */
export function sdsCell(table: Table): Cell {
  const cell = cellReader(table);
  return (record, columns) => {
    const names = typeof columns === "string" ? [columns] : columns;
    const name = names.find((n) => table.columns.has(columnKey(n)));
    return name === undefined ? "" : cell(record, name);
  };
}

/** The spelling the table uses, for problems to name the column as the file does. */
export function columnName(table: Table, spellings: readonly string[]): string {
  return spellings.find((n) => table.columns.has(columnKey(n))) ?? spellings[0]!;
}

/** Reports each required column (one name, or its spellings) the header lacks. */
export function hasSdsColumns(
  table: Table,
  required: readonly (string | readonly string[])[],
  problems: Problem[],
): boolean {
  let ok = true;
  for (const column of required) {
    const names = typeof column === "string" ? [column] : column;
    if (names.some((n) => table.columns.has(columnKey(n)))) continue;
    ok = false;
    problems.push({
      file: table.file,
      row: table.headerLine,
      field: names.join(" (or ") + (names.length > 1 ? ")" : ""),
      value: "",
      reason: "this column is missing from the header row",
    });
  }
  return ok;
}

/** "Year 9" and "Y9" (a UK year group) are 9; other grades are read as written. */
export function sdsGrade(text: string): string {
  const match = /^(?:year|yr|y)\s*(\d{1,2})$/i.exec(text.trim());
  return match ? match[1]! : text.trim();
}

/** The username when it is an address, else username@domain; "" when neither can be had. */
export function sdsEmail(username: string, domain: string): string {
  const name = username.trim();
  if (name === "" || name.includes("@")) return name;
  const suffix = domain.trim().replace(/^@/, "");
  return suffix === "" ? "" : `${name}@${suffix}`;
}

export const isInactiveStatus = (status: string) =>
  ["inactive", "expired", "completed"].includes(status.trim().toLowerCase());

const SDS_CLASSIC_FILES: readonly [string, readonly (string | readonly string[])[]][] = [
  ["Student.csv or Teacher.csv", [SIS_ID, "First Name", "Username"]],
  ["Section.csv", [SIS_ID, "Section Name"]],
  ["StudentEnrollment.csv or TeacherRoster.csv", [SECTION_ID, SIS_ID]],
];

/**
 * For another format's file that a header shows to be School Data Sync classic's: one problem
 * saying which format to choose, beside the missing columns.
 */
export function sdsClassicHint(tables: readonly (Table | null)[], problems: Problem[]): void {
  for (const table of tables) {
    if (!table) continue;
    const has = (column: string | readonly string[]) =>
      (typeof column === "string" ? [column] : column).some((n) => table.columns.has(columnKey(n)));
    const match = SDS_CLASSIC_FILES.find(([, columns]) => columns.every(has));
    if (!match) continue;
    problems.push({
      file: table.file,
      row: table.headerLine,
      field: "",
      value: "",
      reason: `this header is School Data Sync classic's ${match[0]}: choose "SDS classic CSV" as the format`,
    });
    return;
  }
}
