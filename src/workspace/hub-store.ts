/*
 * Reading and writing the hub's tables: each read is one getValues of the tab's data, and each
 * write one setValues, whatever the number of rows.
 */
import { headersOf, type TabSpec } from "../domain/hub/tabs";

/** The hub: the spreadsheet that holds the roster, the settings and every record. */
export type Hub = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HUB_ID = "confer.hubId";
const HUB_OWNER = "confer.hubOwner";

export class NoHubError extends Error {
  constructor() {
    super("Confer has no hub yet: the coordinator sets one up with Confer ▸ Set up hub.");
    this.name = "NoHubError";
  }
}

export function storedHubId(): string | null {
  return PropertiesService.getScriptProperties().getProperty(HUB_ID);
}

export function rememberHub(spreadsheetId: string, owner: string): void {
  PropertiesService.getScriptProperties().setProperties({
    [HUB_ID]: spreadsheetId,
    [HUB_OWNER]: owner.toLowerCase(),
  });
}

/** The coordinator who set up the hub; the web app runs as them. */
export function storedHubOwner(): string {
  return PropertiesService.getScriptProperties().getProperty(HUB_OWNER) ?? "";
}

export function openHub(): Hub {
  const id = storedHubId();
  if (!id) throw new NoHubError();
  return SpreadsheetApp.openById(id);
}

export function tabOf(hub: Hub, spec: TabSpec): Sheet {
  const sheet = hub.getSheetByName(spec.name);
  if (!sheet) {
    throw new Error(`The hub has no “${spec.name}” tab. Run Confer ▸ Set up hub to repair it.`);
  }
  return sheet;
}

const GROWTH = 1000;

/**
 * Grows a tab before a write past its last row (Sheets refuses ranges outside the grid), keeping
 * every new cell plain text as Confer's text columns are.
 */
export function ensureRowCount(sheet: Sheet, lastRow: number, width: number): void {
  const max = sheet.getMaxRows();
  if (lastRow <= max) return;
  const added = lastRow - max + GROWTH;
  sheet.insertRowsAfter(max, added);
  sheet.getRange(max + 1, 1, added, width).setNumberFormat("@");
}

/** Every data row below the header, as the sheet holds it. */
export function readRows(sheet: Sheet, spec: TabSpec): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, spec.columns.length).getValues();
}

/** Replaces every data row with these, in one write, clearing rows left over below them. */
export function replaceRows(
  sheet: Sheet,
  spec: TabSpec,
  rows: readonly (readonly unknown[])[],
): void {
  const width = headersOf(spec).length;
  const last = Math.max(sheet.getLastRow(), 1);
  const height = Math.max(rows.length, last - 1);
  if (height === 0) return;
  const blank = Array<string>(width).fill("");
  const block = Array.from({ length: height }, (_, i) => [...(rows[i] ?? blank)]);
  ensureRowCount(sheet, height + 1, width);
  sheet.getRange(2, 1, height, width).setValues(block);
}

export function appendRows(
  sheet: Sheet,
  spec: TabSpec,
  rows: readonly (readonly unknown[])[],
): void {
  if (rows.length === 0) return;
  const width = headersOf(spec).length;
  const first = sheet.getLastRow() + 1;
  ensureRowCount(sheet, first + rows.length - 1, width);
  sheet.getRange(first, 1, rows.length, width).setValues(rows.map((row) => [...row]));
}
