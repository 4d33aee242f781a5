/*
 * What an import wrote, read back from the hub's Students, Staff and Classes tabs, and what
 * changed between two such readings, counted as the import preview counts (students and staff
 * by ID and email, guardians of active students by email, classes by ID), independently of it.
 */
import { sheetToCsv, type Workspace } from "../../emulator";
import { rosterFromRows } from "../../src/domain/hub/roster-rows";
import type { Roster } from "../../src/domain/roster";
import { parseCsv } from "../../src/domain/roster/csv";

export interface HubSheet {
  readonly ws: Workspace;
  readonly hubId: string;
}

const rows = (hub: HubSheet, tab: string) =>
  parseCsv(sheetToCsv(hub.ws, hub.hubId, tab))
    .slice(1)
    .map((record) => record.fields);

export function rosterInHub(hub: HubSheet): Roster {
  return rosterFromRows(rows(hub, "Students"), rows(hub, "Staff"), rows(hub, "Classes"));
}

/** The three tabs and Settings as CSV: equal readings mean nothing was written to them. */
export function rosterTabsCsv(hub: HubSheet): string {
  return ["Students", "Staff", "Classes", "Settings"]
    .map((tab) => sheetToCsv(hub.ws, hub.hubId, tab))
    .join("\n--\n");
}

function guardiansOf(roster: Roster): Map<string, string> {
  const found = new Map<string, string>();
  for (const s of roster.students) {
    if (!s.active) continue;
    for (const g of s.guardians) {
      const key = g.email || `${s.id} ${g.name}`;
      if (!found.has(key))
        found.set(key, JSON.stringify([g.name, g.email, g.language, g.relationship]));
    }
  }
  return found;
}

function changes<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  active: (item: T) => boolean,
) {
  const was = new Map(before.map((item) => [key(item), item]));
  const count = { added: 0, updated: 0, deactivated: 0, reactivated: 0, unchanged: 0 };
  for (const item of after) {
    const earlier = was.get(key(item));
    if (!earlier) count.added++;
    else if (active(earlier) && !active(item)) count.deactivated++;
    else if (!active(earlier) && active(item)) count.reactivated++;
    else if (JSON.stringify(earlier) !== JSON.stringify(item)) count.updated++;
    else count.unchanged++;
  }
  return count;
}

/** What changed from `before` to `after`, in the shape of the preview's MergeSummary. */
export function rosterChanges(before: Roster, after: Roster) {
  const students = changes(
    before.students,
    after.students,
    (s) => s.id,
    (s) => s.active,
  );
  const staff = changes(
    before.staff,
    after.staff,
    (m) => m.email,
    (m) => m.active !== false,
  );
  const classes = changes(
    before.classes,
    after.classes,
    (c) => c.id,
    () => true,
  );
  const was = guardiansOf(before);
  const now = guardiansOf(after);
  const guardians = { added: 0, updated: 0, deactivated: 0, unchanged: 0 };
  for (const [key, value] of now) {
    if (!was.has(key)) guardians.added++;
    else if (was.get(key) !== value) guardians.updated++;
    else guardians.unchanged++;
  }
  for (const key of was.keys()) if (!now.has(key)) guardians.deactivated++;
  const kept = new Set(after.classes.map((c) => c.id));
  return {
    ...students,
    staff: {
      added: staff.added,
      updated: staff.updated,
      deactivated: staff.deactivated,
      unchanged: staff.unchanged,
    },
    guardians,
    classes: {
      added: classes.added,
      updated: classes.updated,
      removed: before.classes.filter((c) => !kept.has(c.id)).length,
      unchanged: classes.unchanged,
    },
  };
}

/** How many guardians (each once, by email) of these students the tabs give each language. */
export function guardianLanguages(roster: Roster, studentIds?: ReadonlySet<string>) {
  const seen = new Set<string>();
  const totals: Record<string, number> = {};
  for (const s of roster.students) {
    if (studentIds && !studentIds.has(s.id)) continue;
    for (const g of s.guardians) {
      const key = g.email || `${s.id} ${g.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals[g.language] = (totals[g.language] ?? 0) + 1;
    }
  }
  return totals;
}
