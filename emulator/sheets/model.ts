/*
 * A spreadsheet's content as Drive stores it beside the file record: its sheets and their
 * cells, time zone, protections and data validations. Cells are kept sparsely, row by row.
 */
import type { FileContent } from "../drive/store";

/** A date or date-time cell holds its instant as epoch milliseconds. */
export interface DateValue {
  readonly date: number;
}

export type CellValue = string | number | boolean | DateValue;

export interface ValidationRule {
  readonly criteria: "VALUE_IN_LIST" | "CHECKBOX";
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface Cell {
  value: CellValue;
  /** The number format; "" is Sheets' automatic format. */
  format: string;
  note: string;
  fontWeight: string;
  background: string;
  validation: ValidationRule | null;
}

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ProtectionData {
  readonly id: number;
  readonly type: "RANGE" | "SHEET";
  readonly sheetId: number;
  /** For a RANGE protection, the cells it covers. */
  area: GridArea | null;
  description: string;
  warningOnly: boolean;
  /** Until a script changes the editors, a protection mirrors the spreadsheet's own editors. */
  editors: string[] | null;
  domainEdit: boolean | null;
  readonly creator: string;
}

export interface SheetData {
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  columnWidths: Record<number, number>;
  /** rows[r][c] is the cell at row r+1, column c+1; missing entries are blank cells. */
  rows: Array<Array<Cell | null> | null>;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function blankCell(): Cell {
  return {
    value: "",
    format: "",
    note: "",
    fontWeight: "normal",
    background: "#ffffff",
    validation: null,
  };
}

export function newSheet(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  columns = DEFAULT_COLUMNS,
): SheetData {
  return {
    id,
    name,
    maxRows: rows,
    maxColumns: columns,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    columnWidths: {},
    rows: [],
  };
}

export function cellAt(sheet: SheetData, row: number, column: number): Cell | null {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}

/** The cell at (row, column), created blank if it was never written. */
export function cellFor(sheet: SheetData, row: number, column: number): Cell {
  let line = sheet.rows[row - 1];
  if (!line) {
    line = [];
    sheet.rows[row - 1] = line;
  }
  let cell = line[column - 1];
  if (!cell) {
    cell = blankCell();
    line[column - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | null): boolean {
  return cell !== null && cell.value !== "";
}

/** The last row with content, or 0 for an empty sheet. */
export function lastRowOf(sheet: SheetData): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    if (sheet.rows[r - 1]?.some((cell) => hasContent(cell))) return r;
  }
  return 0;
}

export function lastColumnOf(sheet: SheetData): number {
  let last = 0;
  for (const line of sheet.rows) {
    if (!line) continue;
    for (let c = line.length; c > last; c--) {
      if (hasContent(line[c - 1] ?? null)) {
        last = c;
        break;
      }
    }
  }
  return last;
}

export class SpreadsheetContent implements FileContent {
  readonly kind = "spreadsheet";

  constructor(
    public sheets: SheetData[],
    public timeZone: string,
    public protections: ProtectionData[] = [],
    public nextId = 1,
  ) {}

  static create(timeZone: string, rows?: number, columns?: number): SpreadsheetContent {
    return new SpreadsheetContent([newSheet(0, "Sheet1", rows, columns)], timeZone);
  }

  /** A fresh numeric ID for a sheet or protection, unique within this spreadsheet. */
  allocateId(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id * 1_000_003 + 7;
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  clone(): SpreadsheetContent {
    return decodeSpreadsheet(JSON.parse(JSON.stringify(this.toJSON())));
  }

  toJSON(): unknown {
    return {
      sheets: this.sheets,
      timeZone: this.timeZone,
      protections: this.protections,
      nextId: this.nextId,
    };
  }
}

export function decodeSpreadsheet(data: unknown): SpreadsheetContent {
  const saved = data as {
    sheets: SheetData[];
    timeZone: string;
    protections: ProtectionData[];
    nextId: number;
  };
  const sheets = saved.sheets.map((sheet) => ({
    ...sheet,
    columnWidths: { ...sheet.columnWidths },
    rows: sheet.rows.map((line) => (line ? line.map((cell) => (cell ? { ...cell } : null)) : null)),
  }));
  const protections = saved.protections.map((p) => ({
    ...p,
    area: p.area ? { ...p.area } : null,
    editors: p.editors ? [...p.editors] : null,
  }));
  return new SpreadsheetContent(sheets, saved.timeZone, protections, saved.nextId);
}
