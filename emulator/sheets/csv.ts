/*
 * A sheet's display values as CSV (RFC 4180 quoting, CRLF line endings), so people can look
 * at what a spreadsheet holds; the demo writes one file per tab.
 */
import type { Workspace } from "../core/workspace";
import { displayValue } from "./cell-values";
import { cellAt, lastColumnOf, lastRowOf, SpreadsheetContent } from "./model";

function contentOf(ws: Workspace, spreadsheetId: string): SpreadsheetContent {
  const content = ws.drive.get(spreadsheetId)?.content;
  if (!(content instanceof SpreadsheetContent)) {
    throw new Error(`No spreadsheet with ID ${spreadsheetId}`);
  }
  return content;
}

export function sheetNames(ws: Workspace, spreadsheetId: string): string[] {
  return contentOf(ws, spreadsheetId).sheets.map((s) => s.name);
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function sheetToCsv(ws: Workspace, spreadsheetId: string, sheetName: string): string {
  const content = contentOf(ws, spreadsheetId);
  const sheet = content.sheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}" in ${spreadsheetId}`);
  const rows = lastRowOf(sheet);
  const columns = lastColumnOf(sheet);
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const fields: string[] = [];
    for (let c = 1; c <= columns; c++) {
      fields.push(quote(displayValue(cellAt(sheet, r, c), content.timeZone)));
    }
    lines.push(`${fields.join(",")}\r\n`);
  }
  return lines.join("");
}
