/* Sheet: one tab of a spreadsheet, with its size, frozen panes, rows and protections. */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { parseA1 } from "../../sheets/a1";
import {
  type Cell,
  type GridArea,
  lastColumnOf,
  lastRowOf,
  type ProtectionData,
  type SheetData,
} from "../../sheets/model";
import type { SpreadsheetAccess } from "./access";
import { createProtection, EmulatedProtection } from "./protection";
import { EmulatedRange } from "./range";
import { EmulatedSpreadsheet } from "./spreadsheet";
import { duplicateSheetName, shiftProtections } from "./structure";

type SheetMethods =
  | "getName"
  | "getSheetId"
  | "getIndex"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "getFrozenRows"
  | "getFrozenColumns"
  | "isSheetHidden";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

export class EmulatedSheet
  extends Emulated
  implements Emulates<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods>
{
  static override readonly className = "Sheet";
  static override readonly methods = [
    "getName",
    "setName",
    "getSheetId",
    "getIndex",
    "getParent",
    "getRange",
    "getDataRange",
    "getLastRow",
    "getLastColumn",
    "getMaxRows",
    "getMaxColumns",
    "appendRow",
    "insertRowsAfter",
    "deleteRows",
    "setFrozenRows",
    "getFrozenRows",
    "setFrozenColumns",
    "getFrozenColumns",
    "setColumnWidth",
    "protect",
    "getProtections",
    "clear",
    "clearContents",
    "hideSheet",
    "isSheetHidden",
  ];

  constructor(
    exec: Execution,
    readonly access: SpreadsheetAccess,
    readonly sheetId: number,
  ) {
    super(exec);
  }

  private data(): SheetData {
    return this.access.readSheet(this.sheetId).sheet;
  }

  private wholeSheet(sheet: SheetData): GridArea {
    return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  }

  private range(area: GridArea): EmulatedRange {
    return new EmulatedRange(this.exec, this.access, this.sheetId, area);
  }

  getName(): string {
    return this.data().name;
  }

  setName(name: string): EmulatedSheet {
    const text = String(name);
    const { content, sheet } = this.access.writeSheet(this.sheetId, null);
    if (text.trim() === "") throw new GoogleError("Invalid argument: name");
    if (content.sheets.some((s) => s !== sheet && s.name.toLowerCase() === text.toLowerCase())) {
      throw duplicateSheetName(text);
    }
    sheet.name = text;
    return this;
  }

  getSheetId(): number {
    return this.data().id;
  }

  /** The sheet's position in the spreadsheet, from 1. */
  getIndex(): number {
    const { content } = this.access.read();
    return content.sheets.indexOf(this.access.sheetIn(content, this.sheetId)) + 1;
  }

  getParent(): EmulatedSpreadsheet {
    return new EmulatedSpreadsheet(this.exec, this.access);
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): EmulatedRange {
    const sheet = this.data();
    if (typeof rowOrA1 === "string" && column === undefined) {
      const area = parseA1(rowOrA1, sheet.maxRows, sheet.maxColumns);
      if (!area) throw new GoogleError("Range not found");
      if (area.row + area.numRows - 1 > sheet.maxRows) throw new GoogleError(OUTSIDE);
      if (area.column + area.numColumns - 1 > sheet.maxColumns) throw new GoogleError(OUTSIDE);
      return this.range(area);
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (args.some((a) => typeof a !== "number") || args.length < 2) {
      const types = args.map((a) => (typeof a === "number" ? "number" : "String")).join(",");
      throw new GoogleError(
        `The parameters (${types}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    const area: GridArea = {
      row: Math.trunc(rowOrA1 as number),
      column: Math.trunc(column as number),
      numRows: Math.trunc(numRows ?? 1),
      numColumns: Math.trunc(numColumns ?? 1),
    };
    if (area.row < 1) throw new GoogleError("The starting row of the range is too small.");
    if (area.column < 1) throw new GoogleError("The starting column of the range is too small.");
    if (area.numRows < 1)
      throw new GoogleError("The number of rows in the range must be at least 1.");
    if (area.numColumns < 1) {
      throw new GoogleError("The number of columns in the range must be at least 1.");
    }
    if (area.row + area.numRows - 1 > sheet.maxRows) throw new GoogleError(OUTSIDE);
    if (area.column + area.numColumns - 1 > sheet.maxColumns) throw new GoogleError(OUTSIDE);
    return this.range(area);
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): EmulatedRange {
    const sheet = this.data();
    return this.range({
      row: 1,
      column: 1,
      numRows: Math.max(1, lastRowOf(sheet)),
      numColumns: Math.max(1, lastColumnOf(sheet)),
    });
  }

  getLastRow(): number {
    return lastRowOf(this.data());
  }

  getLastColumn(): number {
    return lastColumnOf(this.data());
  }

  getMaxRows(): number {
    return this.data().maxRows;
  }

  getMaxColumns(): number {
    return this.data().maxColumns;
  }

  /** Writes the row below the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): EmulatedSheet {
    if (!Array.isArray(rowContents)) {
      throw new GoogleError(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const { sheet } = this.access.writeSheet(this.sheetId, null);
    const row = lastRowOf(sheet) + 1;
    if (rowContents.length === 0) return this;
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    this.range({ row, column: 1, numRows: 1, numColumns: rowContents.length }).setValues([
      rowContents,
    ]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): EmulatedSheet {
    const { content, sheet } = this.access.writeSheet(this.sheetId, null);
    if (afterPosition < 1 || afterPosition > sheet.maxRows) {
      throw new GoogleError("Those rows are out of bounds.");
    }
    if (howMany < 1) throw new GoogleError("Invalid argument: howMany");
    if (sheet.rows.length > afterPosition) {
      sheet.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => null));
    }
    sheet.maxRows += howMany;
    shiftProtections(content.protections, this.sheetId, afterPosition + 1, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): EmulatedSheet {
    const sheet = this.data();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > sheet.maxRows) {
      throw new GoogleError("Those rows are out of bounds.");
    }
    if (howMany >= sheet.maxRows - sheet.frozenRows) {
      throw new GoogleError("Sorry, it is not possible to delete all non-frozen rows.");
    }
    const area = { row: rowPosition, column: 1, numRows: howMany, numColumns: sheet.maxColumns };
    const { content, sheet: target } = this.access.writeSheet(this.sheetId, area);
    target.rows.splice(rowPosition - 1, howMany);
    target.maxRows -= howMany;
    shiftProtections(content.protections, this.sheetId, rowPosition, -howMany);
    return this;
  }

  setFrozenRows(rows: number): void {
    const { sheet } = this.access.writeSheet(this.sheetId, null);
    if (rows < 0 || rows > sheet.maxRows) throw new GoogleError("Invalid argument: rows");
    sheet.frozenRows = Math.trunc(rows);
  }

  getFrozenRows(): number {
    return this.data().frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const { sheet } = this.access.writeSheet(this.sheetId, null);
    if (columns < 0 || columns > sheet.maxColumns) {
      throw new GoogleError("Invalid argument: columns");
    }
    sheet.frozenColumns = Math.trunc(columns);
  }

  getFrozenColumns(): number {
    return this.data().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): EmulatedSheet {
    const { sheet } = this.access.writeSheet(this.sheetId, null);
    if (columnPosition < 1 || columnPosition > sheet.maxColumns) {
      throw new GoogleError("Those columns are out of bounds.");
    }
    sheet.columnWidths[columnPosition] = width;
    return this;
  }

  /** The sheet's protection: its existing one, or a new one mirroring the spreadsheet's editors. */
  protect(): EmulatedProtection {
    return createProtection(this.exec, this.access, this.sheetId, "SHEET", null);
  }

  getProtections(type: string): EmulatedProtection[] {
    const { content } = this.access.read();
    this.access.sheetIn(content, this.sheetId);
    return content.protections
      .filter((p: ProtectionData) => p.sheetId === this.sheetId && p.type === String(type))
      .map((p) => new EmulatedProtection(this.exec, this.access, p.id));
  }

  /** Clears values and formatting; notes and validation rules stay. */
  clear(): EmulatedSheet {
    return this.clearCells((cell) => {
      cell.value = "";
      cell.format = "";
      cell.fontWeight = "normal";
      cell.background = "#ffffff";
    });
  }

  clearContents(): EmulatedSheet {
    return this.clearCells((cell) => {
      cell.value = "";
    });
  }

  private clearCells(clear: (cell: Cell) => void): EmulatedSheet {
    const { sheet } = this.access.writeSheet(this.sheetId, this.wholeSheet(this.data()));
    for (const line of sheet.rows) for (const cell of line ?? []) if (cell) clear(cell);
    return this;
  }

  hideSheet(): EmulatedSheet {
    const { content, sheet } = this.access.writeSheet(this.sheetId, null);
    if (!content.sheets.some((s) => s !== sheet && !s.hidden)) {
      throw new GoogleError("You can't hide all the sheets in a document.");
    }
    sheet.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    return this.data().hidden;
  }
}
