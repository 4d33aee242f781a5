/*
 * The hub's Check-ins tab, read and written as the hub owner: one read of its rows, one write of
 * them all. The tab is made when first written, for hubs set up before it.
 */
import { CHECK_INS_TAB } from "../domain/hub/tabs";
import { type Hub, readRows, replaceRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

export function readCheckInRows(hub: Hub): unknown[][] {
  const sheet = hub.getSheetByName(CHECK_INS_TAB.name);
  return sheet ? readRows(sheet, CHECK_INS_TAB) : [];
}

export function writeCheckInRows(hub: Hub, rows: readonly (readonly string[])[]): void {
  if (!hub.getSheetByName(CHECK_INS_TAB.name)) ensureTab(hub, CHECK_INS_TAB);
  replaceRows(hub.getSheetByName(CHECK_INS_TAB.name)!, CHECK_INS_TAB, rows);
}
