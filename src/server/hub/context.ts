/*
 * What most server actions start from: the hub, its settings and its roster, each read once.
 * The roster comes from the hub's tabs, or, for the web app's frequent calls, from the script
 * cache, rebuilt from the tabs on a miss.
 */
import { rosterFromRows } from "../../domain/hub/roster-rows";
import { CLASSES_TAB, SETTINGS_TAB, STAFF_TAB, STUDENTS_TAB } from "../../domain/hub/tabs";
import { type Person, personOf } from "../../domain/roles";
import type { Roster } from "../../domain/roster/model";
import type { Settings } from "../../domain/settings/settings";
import { settingsFromRows } from "../../domain/settings/settings-text";
import { type Hub, openHub, readRows, storedHubOwner, tabOf } from "../../workspace/hub-store";
import { cachedRoster, cacheRoster } from "../../workspace/roster-cache";
import { readImportJournal } from "../../workspace/roster-journal";

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

/** The roster from the script cache, loaded from the hub and cached on a miss. */
export function rosterOf(hub: Hub): Roster {
  const cached = cachedRoster();
  if (cached) return cached;
  const roster = loadRoster(hub);
  cacheRoster(roster);
  return roster;
}

export interface HubContext {
  readonly hub: Hub;
  readonly settings: Settings;
  readonly roster: Roster;
  readonly owner: string;
}

/** The hub and its settings, which is all some readings need. */
export type HubReading = Pick<HubContext, "hub" | "settings">;

function contextOf(roster: (hub: Hub) => Roster): HubContext {
  const hub = openHub();
  return { hub, settings: loadSettings(hub), roster: roster(hub), owner: storedHubOwner() };
}

export function loadHubContext(): HubContext {
  return contextOf(loadRoster);
}

/** The hub as the owner's web app sees it, with the roster from the script cache. */
export function loadOwnerContext(): HubContext {
  return contextOf(rosterOf);
}

/** The caller, as the roster knows them. */
export function currentPerson(context: HubContext, email: string): Person {
  return personOf(email, context.roster, context.owner);
}
