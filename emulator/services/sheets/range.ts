/*
 * Range: a rectangle of cells on one sheet. Reads need viewer access; writes need editor access
 * and are refused on cells protected against the effective user.
 */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { areaToA1 } from "../../sheets/a1";
import { displayValue, readValue, toCellValue, type Written } from "../../sheets/cell-values";
import { type Cell, cellAt, cellFor, type GridArea } from "../../sheets/model";
import { AUTOMATIC_FORMAT, isAutomatic } from "../../sheets/number-format";
import { checkValidation } from "../../sheets/validation-rules";
import type { SpreadsheetAccess } from "./access";

/**
 * A cell holds at most 50,000 characters (support.google.com/docs/answer/37603, "Cells: 50,000
 * characters in a single cell"); a longer write throws and writes nothing.
 */
const MAX_CELL_CHARACTERS = 50_000;

import { EmulatedDataValidation } from "./data-validation";
import { createProtection, type EmulatedProtection } from "./protection";
import { EmulatedSheet } from "./sheet";

type RangeMethods =
  | "getValues"
  | "setValues"
  | "getValue"
  | "setValue"
  | "getDisplayValues"
  | "getDisplayValue"
  | "getNumberFormat"
  | "getNumberFormats"
  | "setNumberFormat"
  | "setNumberFormats"
  | "getNote"
  | "getNotes"
  | "setNote"
  | "setNotes"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getA1Notation"
  | "setFontWeight"
  | "setFontWeights"
  | "setBackground";

export class EmulatedRange
  extends Emulated
  implements Emulates<GoogleAppsScript.Spreadsheet.Range, RangeMethods>
{
  static override readonly className = "Range";
  static override readonly methods = [
    "getValues",
    "setValues",
    "getValue",
    "setValue",
    "getDisplayValues",
    "getDisplayValue",
    "getNumberFormat",
    "getNumberFormats",
    "setNumberFormat",
    "setNumberFormats",
    "getNote",
    "getNotes",
    "setNote",
    "setNotes",
    "clearContent",
    "getRow",
    "getColumn",
    "getLastRow",
    "getLastColumn",
    "getNumRows",
    "getNumColumns",
    "getA1Notation",
    "getSheet",
    "setFontWeight",
    "setFontWeights",
    "setBackground",
    "setDataValidation",
    "getDataValidation",
    "getDataValidations",
    "protect",
  ];

  constructor(
    exec: Execution,
    readonly access: SpreadsheetAccess,
    readonly sheetId: number,
    readonly area: GridArea,
  ) {
    super(exec);
  }

  private readGrid<T>(read: (cell: Cell | null, timeZone: string) => T): T[][] {
    const { sheet, timeZone } = this.access.readSheet(this.sheetId);
    const { row, column, numRows, numColumns } = this.area;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) =>
        read(cellAt(sheet, row + r, column + c), timeZone),
      ),
    );
  }

  private checkGrid(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
      throw new GoogleError(
        `The parameters (${Array.isArray(data) ? "number[]" : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.area.numRows) {
      throw new GoogleError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.area.numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== this.area.numColumns) {
        throw new GoogleError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.area.numColumns}.`,
        );
      }
    }
    return data as unknown[][];
  }

  /** Applies `update` to every cell of the range, after the access and protection checks. */
  private writeGrid(update: (cell: Cell, r: number, c: number, timeZone: string) => void): void {
    const { sheet, content } = this.access.writeSheet(this.sheetId, this.area);
    const { row, column, numRows, numColumns } = this.area;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        update(cellFor(sheet, row + r, column + c), r, c, content.timeZone);
      }
    }
  }

  private writeValues(grid: unknown[][]): void {
    const { sheet, content } = this.access.writeSheet(this.sheetId, this.area);
    const { row, column } = this.area;
    const written: Written[][] = grid.map((line, r) =>
      line.map((value, c) => {
        const existing = cellAt(sheet, row + r, column + c);
        const w = toCellValue(value, existing?.format ?? "", content.timeZone);
        if (typeof w.value === "string" && w.value.length > MAX_CELL_CHARACTERS) {
          throw new GoogleError(
            `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
          );
        }
        checkValidation(existing?.validation ?? null, w.value, row + r, column + c);
        return w;
      }),
    );
    written.forEach((line, r) => {
      line.forEach((w, c) => {
        const cell = cellFor(sheet, row + r, column + c);
        cell.value = w.value;
        if (w.format !== undefined && isAutomatic(cell.format)) cell.format = w.format;
      });
    });
  }

  /** Charges the cells a batched read or write moves, on top of the call's own cost. */
  private chargeCells(method: string): void {
    const cells = this.area.numRows * this.area.numColumns;
    this.exec.advance(cells * this.exec.workspace.latency.perUnitMs(`Range.${method}.perCell`));
  }

  getValues(): (string | number | boolean | Date)[][] {
    this.chargeCells("getValues");
    return this.readGrid(readValue);
  }

  getValue(): string | number | boolean | Date {
    const { sheet, timeZone } = this.access.readSheet(this.sheetId);
    return readValue(cellAt(sheet, this.area.row, this.area.column), timeZone);
  }

  setValues(values: unknown[][]): EmulatedRange {
    this.chargeCells("setValues");
    this.writeValues(this.checkGrid(values, "setValues"));
    return this;
  }

  setValue(value: unknown): EmulatedRange {
    const grid = Array.from({ length: this.area.numRows }, () =>
      Array.from({ length: this.area.numColumns }, () => value),
    );
    this.writeValues(grid);
    return this;
  }

  getDisplayValues(): string[][] {
    this.chargeCells("getDisplayValues");
    return this.readGrid(displayValue);
  }

  getDisplayValue(): string {
    return this.readGrid(displayValue)[0]![0]!;
  }

  getNumberFormats(): string[][] {
    return this.readGrid((cell) => (cell?.format ? cell.format : AUTOMATIC_FORMAT));
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }

  setNumberFormat(numberFormat: string): EmulatedRange {
    this.writeGrid((cell) => {
      cell.format = String(numberFormat);
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): EmulatedRange {
    const grid = this.checkGrid(numberFormats, "setNumberFormats");
    this.writeGrid((cell, r, c) => {
      cell.format = String(grid[r]![c]);
    });
    return this;
  }

  getNotes(): string[][] {
    return this.readGrid((cell) => cell?.note ?? "");
  }

  getNote(): string {
    return this.getNotes()[0]![0]!;
  }

  setNote(note: string | null): EmulatedRange {
    this.writeGrid((cell) => {
      cell.note = note === null || note === undefined ? "" : String(note);
    });
    return this;
  }

  setNotes(notes: Array<Array<string | null>>): EmulatedRange {
    const grid = this.checkGrid(notes, "setNotes");
    this.writeGrid((cell, r, c) => {
      const note = grid[r]![c];
      cell.note = note === null || note === undefined ? "" : String(note);
    });
    return this;
  }

  /** Clears values, keeping formats, notes and validation rules. */
  clearContent(): EmulatedRange {
    this.writeGrid((cell) => {
      cell.value = "";
    });
    return this;
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): EmulatedRange {
    this.writeGrid((cell) => {
      cell.fontWeight = fontWeight ?? "normal";
    });
    return this;
  }

  setFontWeights(
    fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>,
  ): EmulatedRange {
    const grid = this.checkGrid(fontWeights, "setFontWeights");
    this.writeGrid((cell, r, c) => {
      cell.fontWeight = String(grid[r]![c] ?? "normal");
    });
    return this;
  }

  setBackground(color: string | null): EmulatedRange {
    this.writeGrid((cell) => {
      cell.background = color ?? "#ffffff";
    });
    return this;
  }

  setDataValidation(rule: EmulatedDataValidation | null): EmulatedRange {
    if (rule !== null && !(rule instanceof EmulatedDataValidation)) {
      throw new GoogleError(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
      );
    }
    this.writeGrid((cell) => {
      cell.validation = rule ? rule.rule : null;
    });
    return this;
  }

  getDataValidations(): (EmulatedDataValidation | null)[][] {
    return this.readGrid((cell) =>
      cell?.validation ? new EmulatedDataValidation(this.exec, cell.validation) : null,
    );
  }

  getDataValidation(): EmulatedDataValidation | null {
    return this.getDataValidations()[0]![0]!;
  }

  getRow(): number {
    return this.area.row;
  }

  getColumn(): number {
    return this.area.column;
  }

  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }

  getNumRows(): number {
    return this.area.numRows;
  }

  getNumColumns(): number {
    return this.area.numColumns;
  }

  getA1Notation(): string {
    return areaToA1(this.area);
  }

  getSheet(): EmulatedSheet {
    this.access.readSheet(this.sheetId);
    return new EmulatedSheet(this.exec, this.access, this.sheetId);
  }

  /** A new protection over this range; it mirrors the spreadsheet's editors until changed. */
  protect(): EmulatedProtection {
    return createProtection(this.exec, this.access, this.sheetId, "RANGE", { ...this.area });
  }
}
