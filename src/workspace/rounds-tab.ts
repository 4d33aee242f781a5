/*
 * The hub's Rounds tab, read and written as the hub owner: one read of its rows per execution
 * (kept with the opened hub, and dropped when this execution writes the tab), and one write of
 * one row per change. The tab is made when it is first written, for hubs set up before it.
 */
import { ROUNDS_TAB } from "../domain/hub/tabs";
import { appendRows, type Hub, readRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function roundsTab(hub: Hub): Sheet {
  if (!hub.getSheetByName(ROUNDS_TAB.name)) ensureTab(hub, ROUNDS_TAB);
  return hub.getSheetByName(ROUNDS_TAB.name)!;
}

const readings = new WeakMap<Hub, readonly (readonly unknown[])[]>();

/** The tab's data rows; none while the tab does not exist yet. */
export function readRoundsTab(hub: Hub): readonly (readonly unknown[])[] {
  const kept = readings.get(hub);
  if (kept) return kept;
  const sheet = hub.getSheetByName(ROUNDS_TAB.name);
  const rows = sheet ? readRows(sheet, ROUNDS_TAB) : [];
  readings.set(hub, rows);
  return rows;
}

export function appendRoundRow(hub: Hub, row: readonly string[]): void {
  readings.delete(hub);
  appendRows(roundsTab(hub), ROUNDS_TAB, [row]);
}

/** Rewrites one round's row, `rowNumber` counting the header as row 1. */
export function rewriteRoundRow(hub: Hub, rowNumber: number, row: readonly string[]): void {
  readings.delete(hub);
  roundsTab(hub)
    .getRange(rowNumber, 1, 1, row.length)
    .setValues([[...row]]);
}
