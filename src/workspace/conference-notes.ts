/*
 * The advisor's private conference notes, one row per conference doc in the hub's Conference
 * Notes tab (made when first needed, for hubs set up before it). Written as the hub owner, under
 * the script lock the caller holds.
 */
import { CONFERENCE_NOTES_TAB } from "../domain/hub/tabs";
import { appendRows, openHub, readRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function notesTab(create: boolean): Sheet | null {
  const hub = openHub();
  const sheet = hub.getSheetByName(CONFERENCE_NOTES_TAB.name);
  if (sheet || !create) return sheet;
  ensureTab(hub, CONFERENCE_NOTES_TAB);
  return hub.getSheetByName(CONFERENCE_NOTES_TAB.name);
}

export function readNotes(docId: string): string {
  const sheet = notesTab(false);
  if (!sheet) return "";
  const row = readRows(sheet, CONFERENCE_NOTES_TAB).find((r) => String(r[0]) === docId);
  return row ? String(row[2] ?? "") : "";
}

export interface NotesWrite {
  readonly docId: string;
  readonly studentId: string;
  readonly notes: string;
  readonly at: string;
  readonly by: string;
}

/** Replaces the doc's row, or adds one. */
export function writeNotes(write: NotesWrite): void {
  const sheet = notesTab(true)!;
  const rows = readRows(sheet, CONFERENCE_NOTES_TAB);
  const row = [write.docId, write.studentId, write.notes, write.at, write.by];
  const index = rows.findIndex((r) => String(r[0]) === write.docId);
  if (index < 0) appendRows(sheet, CONFERENCE_NOTES_TAB, [row]);
  else sheet.getRange(index + 2, 1, 1, row.length).setValues([row]);
}
