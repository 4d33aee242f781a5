/* A small school on the emulator, running the built bundle in dist/ as Apps Script would. */
import fs from "node:fs";
import path from "node:path";
import { MIME, run, SpreadsheetContent, Workspace } from "../../emulator";
import {
  type DemoSchool,
  generateDemoSchool,
  seedWorkspace,
  toConferCsv,
} from "../../scripts/demo-school";

export const DIST = path.resolve(__dirname, "../../dist");
export const COORDINATOR = "coordinator@school.test";
export const TEACHER = "teacher@school.test";
export const GUARDIAN = "guardian@family.test";

export interface School {
  readonly ws: Workspace;
  readonly hubId: string;
  readonly docId: string;
}

export function school(): School {
  if (!fs.existsSync(path.join(DIST, "Code.js"))) {
    throw new Error("dist/Code.js is missing: run `npm run build` before the integration tests.");
  }
  const ws = new Workspace({ bundleDir: DIST });
  ws.users.add(COORDINATOR, "Casey Coordinator");
  ws.users.add(TEACHER, "Tomás Teacher");
  ws.users.add(GUARDIAN, "Gloria Guardian");
  ws.deploy(COORDINATOR);
  ws.shareScript("@school.test", "viewer");
  const hub = ws.drive.create({
    name: "Confer hub",
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  const doc = ws.drive.create({
    name: "Conference doc",
    mimeType: MIME.document,
    owner: COORDINATOR,
  });
  ws.drive.share(hub, TEACHER, "editor");
  ws.drive.share(doc, TEACHER, "editor");
  return { ws, hubId: hub.id, docId: doc.id };
}

export interface DemoHub {
  readonly ws: Workspace;
  readonly school: DemoSchool;
  readonly hubId: string;
  readonly coordinator: string;
}

/**
 * The seeded demo school, with an empty spreadsheet the coordinator owns and will make the hub;
 * its clock stands at 23 November 2026 unless `now` says otherwise.
 */
export function demoHub(now: () => number = () => Date.UTC(2026, 10, 23, 14)): DemoHub {
  const school = generateDemoSchool();
  const ws = new Workspace({ bundleDir: DIST, now });
  seedWorkspace(ws, school);
  const hub = ws.drive.create({
    name: `${school.name} · Confer hub`,
    mimeType: MIME.spreadsheet,
    owner: school.coordinatorEmail,
    content: SpreadsheetContent.create(ws.script.timeZone),
  });
  return { ws, school, hubId: hub.id, coordinator: school.coordinatorEmail };
}

/** Runs a bundle function as a user, in the hub spreadsheet, and fails the test on an error. */
export function runIn(hub: DemoHub, fn: string, as: string, ...args: unknown[]) {
  const result = run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });
  if (!result.ok) throw new Error(`${fn} as ${as} failed: ${result.error?.message}`);
  return result;
}

/**
 * The demo hub set up, with settings saved (the staff web app's URL among them, unless asked
 * not to) and the demo roster imported.
 */
export function readyHub(options: { staffUrl?: boolean; now?: () => number } = {}): DemoHub {
  const hub = demoHub(options.now);
  runIn(hub, "setUpHub", hub.coordinator);
  runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    ...(options.staffUrl === false ? {} : { webAppUrl: hub.ws.webAppUrl }),
  });
  const files = toConferCsv(hub.school);
  runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  });
  return hub;
}

const DIRECT_EDIT = path.join(__dirname, "fixtures/direct-edit");
const SCRIPT_CACHE = path.join(__dirname, "fixtures/script-cache");

function runFixture(hub: DemoHub, dir: string, as: string, fn: string, args: unknown[]) {
  const ws = hub.ws as unknown as { bundleDir: string };
  const bundle = ws.bundleDir;
  ws.bundleDir = dir;
  try {
    return run(hub.ws, { fn, args, as });
  } finally {
    ws.bundleDir = bundle;
  }
}

function byHand(hub: DemoHub, as: string, fn: string, args: unknown[]) {
  return runFixture(hub, DIRECT_EDIT, as, fn, [hub.hubId, ...args]);
}

/**
 * The hub owner's Docs writes (or reads) of the last moments, as another of their executions
 * would have left them in the script cache: `units` spent now.
 */
export function docsAllowanceSpent(
  hub: DemoHub,
  units: number,
  limit: "docsWrites" | "docsReads" = "docsWrites",
) {
  const spend = JSON.stringify([{ at: hub.ws.now(), cost: units }]);
  return runFixture(hub, SCRIPT_CACHE, hub.coordinator, "putScriptCache", [
    `confer.rate.${limit}:${hub.coordinator}`,
    spend,
    120,
  ]);
}

/** A person writing one hub cell by hand, as Sheets' own editor would let them. */
export function writeCellByHand(
  hub: DemoHub,
  as: string,
  tabName: string,
  a1: string,
  value: string,
) {
  return byHand(hub, as, "writeCell", [tabName, a1, value]);
}

/** A person deleting a hub tab, leaving the hub as one set up before that tab was. */
export function deleteTabByHand(hub: DemoHub, as: string, tabName: string) {
  return byHand(hub, as, "deleteTab", [tabName]);
}

/** A person pasting rows below a hub tab's last row. */
export function appendRowsByHand(hub: DemoHub, as: string, tabName: string, rows: string[][]) {
  return byHand(hub, as, "appendRows", [tabName, rows]);
}

/** An advisor publishes the fall round's 15-minute conference slots (runIn fails the test on an error). */
export function publishFallSlots(
  hub: DemoHub,
  advisor: string,
  extra: { days?: string[]; startTime?: string; endTime?: string; location?: string } = {},
) {
  return runIn(hub, "publishSlots", advisor, {
    kind: "conference",
    round: "Fall conferences",
    days: ["2026-12-01"],
    startTime: "13:00",
    endTime: "14:00",
    minutes: 15,
    location: "Room 12",
    ...extra,
  });
}
