/*
 * The Outbox tab, read and written as the hub owner: one append per queueing, and one rewrite of
 * what is left after a retry. The tab is made when it is first needed, for hubs set up before it.
 */

import { OUTBOX_TAB } from "../domain/hub/tabs";
import { type OutboxItem, outboxFromRow, outboxToRow } from "../domain/schedule/outbox";
import { appendRows, type Hub, readRows, replaceRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

function outboxTab(hub: Hub): GoogleAppsScript.Spreadsheet.Sheet {
  if (!hub.getSheetByName(OUTBOX_TAB.name)) ensureTab(hub, OUTBOX_TAB);
  return hub.getSheetByName(OUTBOX_TAB.name)!;
}

export function queueInOutbox(hub: Hub, items: readonly OutboxItem[]): void {
  if (items.length > 0) appendRows(outboxTab(hub), OUTBOX_TAB, items.map(outboxToRow));
}

export function readOutbox(hub: Hub): OutboxItem[] {
  if (!hub.getSheetByName(OUTBOX_TAB.name)) return [];
  return readRows(outboxTab(hub), OUTBOX_TAB)
    .map(outboxFromRow)
    .filter((item): item is OutboxItem => item !== undefined);
}

export function rewriteOutbox(hub: Hub, items: readonly OutboxItem[]): void {
  replaceRows(outboxTab(hub), OUTBOX_TAB, items.map(outboxToRow));
}
