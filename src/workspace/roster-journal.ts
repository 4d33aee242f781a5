/*
 * The Roster Import tab: the whole new roster as JSON, in cells of at most 45,000 characters
 * (a cell holds 50,000), written in one write before the Students, Staff and Classes tabs and
 * cleared once they hold it. While it holds a roster, that roster is the hub's.
 */
import { ROSTER_IMPORT_TAB } from "../domain/hub/tabs";
import type { Roster } from "../domain/roster/model";
import { type Hub, readRows, replaceRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

const PIECE = 45_000;

function journalTab(hub: Hub, create: boolean): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheet = hub.getSheetByName(ROSTER_IMPORT_TAB.name);
  if (sheet || !create) return sheet;
  ensureTab(hub, ROSTER_IMPORT_TAB);
  return hub.getSheetByName(ROSTER_IMPORT_TAB.name);
}

export function writeImportJournal(hub: Hub, roster: Roster): void {
  const text = JSON.stringify(roster);
  const pieces = Array.from({ length: Math.ceil(text.length / PIECE) }, (_, i) =>
    text.slice(i * PIECE, (i + 1) * PIECE),
  );
  const rows = [["count", String(pieces.length)], ...pieces.map((piece, i) => [String(i), piece])];
  replaceRows(journalTab(hub, true)!, ROSTER_IMPORT_TAB, rows);
}

/** The roster of an import that has not finished, or undefined. */
export function readImportJournal(hub: Hub): Roster | undefined {
  const sheet = journalTab(hub, false);
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const rows = readRows(sheet, ROSTER_IMPORT_TAB).map((r) => r.map((cell) => String(cell ?? "")));
  const count = rows[0]?.[0] === "count" ? Number(rows[0][1]) : 0;
  const pieces = rows.slice(1, count + 1);
  if (count === 0 || pieces.length !== count) return undefined;
  try {
    return JSON.parse(pieces.map((r) => r[1]).join("")) as Roster;
  } catch {
    return undefined;
  }
}

export function clearImportJournal(hub: Hub): void {
  const sheet = journalTab(hub, false);
  if (sheet && sheet.getLastRow() >= 2) replaceRows(sheet, ROSTER_IMPORT_TAB, []);
}
