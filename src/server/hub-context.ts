/*
 * What most server actions start from: the hub, its settings and its roster, each read once.
 */
import { rosterFromRows } from "../domain/hub/roster-rows";
import type { Settings } from "../domain/hub/settings";
import { settingsFromRows } from "../domain/hub/settings-text";
import { CLASSES_TAB, SETTINGS_TAB, STAFF_TAB, STUDENTS_TAB } from "../domain/hub/tabs";
import { type Person, personOf } from "../domain/roles";
import type { Roster } from "../domain/roster/model";
import { openHub, readRows, storedHubOwner, tabOf } from "../workspace/hub-store";
import { readImportJournal } from "../workspace/roster-journal";

export type Hub = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadSettings(hub: Hub): Settings {
  return settingsFromRows(readRows(tabOf(hub, SETTINGS_TAB), SETTINGS_TAB));
}

/** The hub's roster: an unfinished import's, while one is pending, else the three tabs'. */
export function loadRoster(hub: Hub): Roster {
  return readImportJournal(hub) ?? rosterInTabs(hub);
}

/** The roster the Students, Staff and Classes tabs hold. */
export function rosterInTabs(hub: Hub): Roster {
  return rosterFromRows(
    readRows(tabOf(hub, STUDENTS_TAB), STUDENTS_TAB),
    readRows(tabOf(hub, STAFF_TAB), STAFF_TAB),
    readRows(tabOf(hub, CLASSES_TAB), CLASSES_TAB),
  );
}

export interface HubContext {
  readonly hub: Hub;
  readonly settings: Settings;
  readonly roster: Roster;
  readonly owner: string;
}

export function loadHubContext(): HubContext {
  const hub = openHub();
  return { hub, settings: loadSettings(hub), roster: loadRoster(hub), owner: storedHubOwner() };
}

/** The caller, as the roster knows them. */
export function currentPerson(context: HubContext, email: string): Person {
  return personOf(email, context.roster, context.owner);
}
