/*
 * Creating and repairing the hub's tabs from their specs: headers, frozen header row, column
 * formats and widths, dropdowns (a dropdown whose choices differ from the spec's gets the spec's
 * list again), and protection so that only the hub owner can edit the tabs Confer writes. A tab
 * that is already right is left alone.
 */
import { type ListedChoices, staleDropdowns } from "../domain/hub/dropdowns";
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

const bodyOf = (sheet: Sheet, column: number) =>
  sheet.getRange(2, column + 1, Math.max(sheet.getMaxRows() - 1, 1), 1);

function setDropdown(sheet: Sheet, column: number, choices: readonly string[]): void {
  bodyOf(sheet, column).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...choices], true)
      .setAllowInvalid(false)
      .build(),
  );
}

/** Formats these columns' bodies; a tab that already had data keeps its other columns as they are. */
function formatColumns(sheet: Sheet, spec: TabSpec, columns: readonly number[]): void {
  for (const i of columns) {
    const column = spec.columns[i]!;
    bodyOf(sheet, i).setNumberFormat(column.format);
    if (column.choices) setDropdown(sheet, i, column.choices);
    if (column.width) sheet.setColumnWidth(i + 1, column.width);
  }
}

/**
 * What each column's first body cell lists, read in one call. A list rule's criteria values are
 * [the values, show dropdown]; no other rule's first value is an array.
 */
function listedChoices(sheet: Sheet, width: number): ListedChoices[] {
  if (sheet.getMaxRows() < 2) return [];
  return sheet
    .getRange(2, 1, 1, width)
    .getDataValidations()[0]!
    .map((rule) => {
      const [values] = (rule?.getCriteriaValues() ?? []) as [unknown?];
      return Array.isArray(values) ? values.map(String) : undefined;
    });
}

/** Gives dropdowns whose choices differ from the spec's (not those just formatted) the spec's list. */
function repairDropdowns(sheet: Sheet, spec: TabSpec, added: readonly number[], changes: string[]) {
  if (!spec.columns.some((c, i) => c.choices && !added.includes(i))) return;
  const stale = staleDropdowns(spec, listedChoices(sheet, spec.columns.length), added);
  for (const i of stale) setDropdown(sheet, i, spec.columns[i]!.choices!);
  if (stale.length > 0) {
    changes.push(`dropdowns updated: ${stale.map((i) => spec.columns[i]!.header).join(", ")}`);
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
  repairDropdowns(sheet, spec, added, changes);
  if (spec.writer !== "coordinator") protect(sheet, spec, changes);
  return { tab: spec.name, changes };
}
