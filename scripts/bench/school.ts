/*
 * The benchmark school: a generated OneRoster set (test/unit/roster/generate.ts) of any size,
 * validated as the hub would, and a hub on the built bundle set up exactly as the integration
 * tests do (setUpHub, saveSettings with term and grades, importRoster as the coordinator).
 */
import { MIME, run, SpreadsheetContent, Workspace } from "../../emulator";
import type { Roster } from "../../src/domain/roster";
import { readOneRoster, validateRoster } from "../../src/domain/roster";
import { type GeneratedOneRoster, generateOneRoster } from "../../test/unit/roster/generate";
import { DIST } from "../demo/build-if-stale";

export const COORDINATOR = "coordinator@school.test";
export const SCHOOL_NAME = "Benchmark Middle School";
export const TERM = "Fall 2026";
const NOW = Date.UTC(2026, 10, 23, 14);

export interface BenchSchool {
  readonly set: GeneratedOneRoster;
  readonly roster: Roster;
}

export function benchSchool(students: number): BenchSchool {
  const set = generateOneRoster({ students });
  const result = validateRoster(readOneRoster(set.files), set.settings);
  if (!result.ok) throw new Error(`generated roster is invalid: ${result.problems[0]?.reason}`);
  return { set, roster: result.roster };
}

/** A Workspace for a bundle with the coordinator and, when given, everyone in the roster. */
export function schoolWorkspace(bundleDir: string, roster?: Roster): Workspace {
  const ws = new Workspace({ bundleDir, now: () => NOW });
  ws.users.add(COORDINATOR, "Casey Coordinator");
  for (const member of roster?.staff ?? []) ws.users.add(member.email, member.name);
  for (const student of roster?.students ?? []) {
    const name = `${student.givenName} ${student.familyName}`;
    ws.users.add(student.email, name, { externalMail: false });
  }
  ws.deploy(COORDINATOR);
  ws.shareScript(`@${COORDINATOR.split("@")[1]}`, "viewer");
  return ws;
}

export interface Hub {
  readonly ws: Workspace;
  readonly hubId: string;
}

function runInHub(hub: Hub, fn: string, ...args: unknown[]) {
  const result = run(hub.ws, {
    fn,
    args,
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result;
}

/** A hub set up with its settings and the default template, and no roster yet. */
export function emptyHub(roster?: Roster): Hub {
  const ws = schoolWorkspace(DIST, roster);
  const hubId = ws.drive.create({
    name: `${SCHOOL_NAME} · Confer hub`,
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
    content: SpreadsheetContent.create(ws.script.timeZone),
  }).id;
  const hub = { ws, hubId };
  runInHub(hub, "setUpHub");
  runInHub(hub, "saveSettings", {
    schoolName: SCHOOL_NAME,
    term: TERM,
    grades: "6, 7, 8",
    webAppUrl: ws.webAppUrl,
  });
  return hub;
}

/** Runs the importRoster endpoint; a refused import throws, a failed execution is returned. */
export function importInto(hub: Hub, set: GeneratedOneRoster) {
  const upload = { format: "oneroster", ...set.files };
  const result = run(hub.ws, {
    fn: "importRoster",
    args: [upload],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  const value = result.value as { imported: boolean; problems?: string[] } | undefined;
  if (result.ok && !value?.imported) throw new Error(`import refused: ${value?.problems?.[0]}`);
  return result;
}

/** A hub holding the whole school's roster, ready to create docs. */
export function readyHub(school: BenchSchool): Hub {
  const hub = emptyHub(school.roster);
  const result = importInto(hub, school.set);
  if (!result.ok) throw new Error(`importRoster failed: ${result.error?.message}`);
  return hub;
}
