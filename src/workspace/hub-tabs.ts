/*
 * Creating and repairing the hub's tabs from their specs: headers, frozen header row, column
 * formats and widths, dropdowns, and protection so that only the hub owner can edit the tabs
 * Confer writes. A tab that is already right is left alone.
 */
import type { TabSpec } from "../domain/hub/tabs";

export interface TabRepair {
  readonly tab: string;
  readonly changes: readonly string[];
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes the header row when some headers are missing; returns the columns that were added. */
function writeHeaders(sheet: Sheet, spec: TabSpec, changes: string[]): number[] {
  const width = spec.columns.length;
  const current = sheet
    .getRange(1, 1, 1, Math.max(width, sheet.getLastColumn() || 1))
    .getDisplayValues()[0]!;
  const added = spec.columns.flatMap((column, i) => (current[i] !== column.header ? [i] : []));
  if (added.length === 0) return [];
  const clash = spec.columns.some((column, i) => current[i] !== "" && current[i] !== column.header);
  if (clash) {
    throw new Error(
      `The “${spec.name}” tab's first row is not Confer's header row (${current.filter((h) => h !== "").join(", ")}). Rename that tab and run Set up hub again.`,
    );
  }
  sheet.getRange(1, 1, 1, width).setValues([spec.columns.map((column) => column.header)]);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  changes.push(
    added.length < width
      ? `columns added: ${added.map((i) => spec.columns[i]!.header).join(", ")}`
      : "headers",
  );
  return added;
}

/** Formats these columns' bodies; a tab that already had data keeps its other columns as they are. */
function formatColumns(sheet: Sheet, spec: TabSpec, columns: readonly number[]): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const i of columns) {
    const column = spec.columns[i]!;
    const body = sheet.getRange(2, i + 1, rows, 1);
    body.setNumberFormat(column.format);
    if (column.choices) {
      body.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.choices], true)
          .setAllowInvalid(false)
          .build(),
      );
    }
    if (column.width) sheet.setColumnWidth(i + 1, column.width);
  }
}

function protect(sheet: Sheet, spec: TabSpec, changes: string[]): void {
  const type = SpreadsheetApp.ProtectionType.SHEET;
  if (sheet.getProtections(type).length > 0) return;
  const protection = sheet.protect().setDescription(spec.description);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  changes.push("protection");
}

/** Makes one tab match its spec; returns what had to change. */
export function ensureTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TabSpec,
): TabRepair {
  const changes: string[] = [];
  let sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(spec.name);
    changes.push("created");
  }
  const added = writeHeaders(sheet, spec, changes);
  if (sheet.getFrozenRows() !== 1) {
    sheet.setFrozenRows(1);
    changes.push("frozen header");
  }
  formatColumns(sheet, spec, added);
  if (spec.writer !== "coordinator") protect(sheet, spec, changes);
  return { tab: spec.name, changes };
}
