/*
 * A table with a header row, comma- or tab-separated: columns are found by name (case-insensitive, surrounding spaces
 * ignored), in any order. Reading one never throws; what goes wrong becomes a Problem, and a
 * file that is not a table at all (an image, say) is one Problem, not one per line.
 */
import { binaryKind, notCsvReason } from "./binary";
import { CsvError, type CsvRecord, type PastedTable, toRecords } from "./csv";
import type { Problem } from "./problem";

export type TableSource = string | PastedTable;

export interface Table {
  readonly file: string;
  readonly headerLine: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly CsvRecord[];
}

export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Cells copied from a spreadsheet, and files a system writes tab-separated, arrive as lines with
 * tabs and no commas: those are read as cells; CSV files stay text.
 */
export function asTableSource(text: string): TableSource {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  if (!firstLine.includes("\t") || firstLine.includes(",")) return text;
  const table: PastedTable = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
  return table;
}

function sourceText(source: TableSource): string {
  return typeof source === "string" ? source : source.map((row) => row.join("\t")).join("\n");
}

/** Reads the table, or returns null with the problem that stopped it. */
export function readTable(file: string, source: TableSource, problems: Problem[]): Table | null {
  const kind = binaryKind(sourceText(source));
  if (kind !== null) {
    problems.push({ file, row: 0, field: "", value: "", reason: notCsvReason(kind) });
    return null;
  }
  let records: CsvRecord[];
  try {
    records = toRecords(typeof source === "string" ? asTableSource(source) : source);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push({ file, row: error.line, field: "", value: "", reason: error.reason });
    return null;
  }
  const [header, ...rows] = records;
  if (!header) {
    problems.push({ file, row: 1, field: "", value: "", reason: "the file is empty" });
    return null;
  }
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const key = columnKey(name);
    if (key !== "" && !columns.has(key)) columns.set(key, index);
  });
  return { file, headerLine: header.line, columns, rows };
}

/** Reports each required column the header lacks; true when none is missing. */
export function hasColumns(
  table: Table,
  required: readonly string[],
  problems: Problem[],
): boolean {
  let ok = true;
  for (const name of required) {
    if (table.columns.has(columnKey(name))) continue;
    ok = false;
    problems.push({
      file: table.file,
      row: table.headerLine,
      field: name,
      value: "",
      reason: "this column is missing from the header row",
    });
  }
  return ok;
}

/** For a file that means nothing without rows (the students, say): reports one that has none. */
export function hasRows(table: Table, problems: Problem[]): boolean {
  if (table.rows.length > 0) return true;
  problems.push({
    file: table.file,
    row: 0,
    field: "",
    value: "",
    reason: "no rows under the header",
  });
  return false;
}

/** A cell reader for one table: the trimmed text under a column, "" when absent. */
export function cellReader(table: Table): (record: CsvRecord, column: string) => string {
  const indexes = new Map<string, number | undefined>();
  return (record, column) => {
    let index = indexes.get(column);
    if (!indexes.has(column)) {
      index = table.columns.get(columnKey(column));
      indexes.set(column, index);
    }
    return index === undefined ? "" : (record.fields[index] ?? "").trim();
  };
}

/** Splits a list cell ("a; b c,d") into its non-empty items. */
export function splitList(text: string): string[] {
  return text.split(/[;,\s]+/).filter((item) => item !== "");
}
