/*
 * The hub's Classroom Plans and Classroom Cycle tabs, read and written as the hub owner under the
 * script lock the caller holds: one read of each, and one write of each that replaces only the
 * round's rows (the other rounds' rows are written back as read). The tabs are made when first
 * written, for hubs set up before them.
 */
import { CLASSROOM_CYCLE_TAB, CLASSROOM_PLANS_TAB, type TabSpec } from "../domain/hub/tabs";
import { type Hub, readRows, replaceRows } from "./hub-store";
import { ensureTab } from "./hub-tabs";

export interface CycleTabs {
  readonly plans: unknown[][];
  readonly rows: unknown[][];
}

const readTab = (hub: Hub, spec: TabSpec) => {
  const sheet = hub.getSheetByName(spec.name);
  return sheet ? readRows(sheet, spec) : [];
};

export function readCycleTabs(hub: Hub): CycleTabs {
  return { plans: readTab(hub, CLASSROOM_PLANS_TAB), rows: readTab(hub, CLASSROOM_CYCLE_TAB) };
}

const ofRound = (row: readonly unknown[], round: string) =>
  String(row[0] ?? "")
    .trim()
    .toLowerCase() === round.trim().toLowerCase();

function rewrite(hub: Hub, spec: TabSpec, read: unknown[][], round: string, rows: string[][]) {
  if (!hub.getSheetByName(spec.name)) ensureTab(hub, spec);
  const kept = read.filter((row) => !ofRound(row, round) && String(row[0] ?? "") !== "");
  replaceRows(hub.getSheetByName(spec.name)!, spec, [...kept, ...rows]);
}

/** Replaces the round's plan row and conference rows with these, keeping every other round's. */
export function writeCycleTabs(
  hub: Hub,
  read: CycleTabs,
  round: string,
  plan: string[],
  rows: string[][],
): void {
  rewrite(hub, CLASSROOM_PLANS_TAB, read.plans, round, [plan]);
  rewrite(hub, CLASSROOM_CYCLE_TAB, read.rows, round, rows);
}
