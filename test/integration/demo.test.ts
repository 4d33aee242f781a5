/*
 * The scripted demo (npm run demo / npm start) on the built bundle in dist/: it seeds the demo
 * school, runs each step as real executions, and writes the roster files, the saved state,
 * the hub's tabs, the docs, the drafts and calls.json into the folder it is given.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workspace } from "../../emulator";
import { MIME } from "../../emulator/drive/store";
import { newSheet, SpreadsheetContent } from "../../emulator/sheets/model";
import { exportWorkspace } from "../../emulator/views/export";
import { type DemoTermResult, runDemoTerm } from "../../scripts/demo/term";
import { DIST } from "./harness";

const ROOT = path.resolve(__dirname, "../..");

function demoCli(...args: string[]) {
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/demo.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("the demo term on dist/", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "confer-demo-"));
  let result: DemoTermResult;
  beforeAll(() => {
    result = runDemoTerm({ out, bundleDir: DIST });
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
  const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

  it("writes the roster files it used, in Confer's columns and as OneRoster", () => {
    const students = read("roster/confer/students.csv");
    expect(students.startsWith("Student ID,Given Name,Family Name,")).toBe(true);
    expect(students.split("\r\n").length).toBeGreaterThan(result.school.students.length);
    expect(read("roster/confer/staff.csv")).toContain("coordinator@school.test");
    expect(read("roster/confer/classes.csv")).toMatch(/^Class ID,Course,Period,Grade,/);
    for (const file of ["users", "classes", "enrollments", "orgs", "academicSessions"]) {
      expect(read(`roster/oneroster/${file}.csv`).startsWith("sourcedId,status,")).toBe(true);
    }
  });

  it("saves the Workspace with every person of the school and the script deployed as the coordinator", () => {
    const state = JSON.parse(read("state/state.json"));
    const { school } = result;
    expect(state.users).toHaveLength(
      school.staff.length + school.students.length + school.guardians.length,
    );
    expect(state.script.owner).toBe("coordinator@school.test");
    expect(state.drive.files.map((f: { id: string }) => f.id)).toContain(result.hubId);
  });

  it("exports every tab of the hub and every Google Doc", () => {
    const tabs = fs.readdirSync(path.join(out, "tabs"));
    expect(tabs.length).toBeGreaterThan(0);
    expect(tabs.every((name) => name.endsWith(".csv"))).toBe(true);
    const state = JSON.parse(read("state/state.json"));
    const docs = state.drive.files.filter(
      (f: { mimeType: string; trashed: boolean; content?: { kind: string } }) =>
        f.mimeType === "application/vnd.google-apps.document" &&
        !f.trashed &&
        f.content?.kind === "document",
    );
    const exported = fs.existsSync(path.join(out, "docs"))
      ? fs.readdirSync(path.join(out, "docs"))
      : [];
    expect(exported).toHaveLength(docs.length);
  });

  it("records each step's executions, service calls by Class.method and modelled seconds", () => {
    const calls = JSON.parse(read("calls.json"));
    expect(calls.steps.map((s: { name: string }) => s.name)).toEqual([
      "The coordinator opens the hub spreadsheet",
      "The coordinator opens About Confer",
      "A teacher pings the web app",
    ]);
    for (const step of calls.steps) {
      expect(step.executions.length).toBeGreaterThan(0);
      expect(step.executions.every((e: { ok: boolean }) => e.ok)).toBe(true);
      expect(step.totalCalls).toBeGreaterThan(0);
      expect(step.modelledSeconds).toBeGreaterThan(0);
    }
    const [open, about, ping] = calls.steps;
    expect(open.executions[0]).toMatchObject({ fn: "onOpen", as: "coordinator@school.test" });
    expect(open.calls["Menu.addToUi"]).toBe(1);
    expect(about.calls["Ui.showSidebar"]).toBe(1);
    expect(ping.executions.map((e: { fn: string }) => e.fn)).toEqual(["doGet", "doPost"]);
    expect(ping.executions[0].activeUser).toMatch(/@school\.test$/);
    expect(ping.executions[0].activeUser).not.toBe("coordinator@school.test");
    expect(calls.history).toHaveLength(5);
    expect(calls.calls).toBe(
      calls.steps.reduce((n: number, s: { totalCalls: number }) => n + s.totalCalls, 0),
    );
  });

  it("refuses --roster, which is not available yet, with a non-zero exit", () => {
    const run = demoCli("--roster", "some/folder", "--out", path.join(out, "unused"));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("not available yet");
    expect(fs.existsSync(path.join(out, "unused"))).toBe(false);
  });

  it("names an unknown argument", () => {
    const run = demoCli("--outt", "x");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown argument "--outt"');
  });
});

describe("exportWorkspace", () => {
  it("names files safely on every OS, keeps accents, and writes drafts as CRLF .eml", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "confer-export-"));
    const ws = new Workspace({ bundleDir: DIST });
    ws.users.add("coordinator@school.test", "Rosalind Achebe-Lindqvist");
    const content = SpreadsheetContent.create("America/New_York");
    content.sheets.push(newSheet(content.allocateId(), 'Grade 6: "Zoë" / Ó Súilleabháin?'));
    const hub = ws.drive.create({
      name: "hub",
      mimeType: MIME.spreadsheet,
      owner: "coordinator@school.test",
      content,
    });
    Object.assign(ws, {
      gmail: {
        users: () => ["zoë.o'brien@school.test"],
        draftsOf: () => [{ id: "r1", raw: "To: a@gmail.test\nSubject: Hi\n\nBody\n" }],
      },
    });
    fs.mkdirSync(path.join(out, "docs/stale"), { recursive: true });
    const { files } = exportWorkspace(ws, out, { hubId: hub.id });
    expect(files).toContain("tabs/Sheet1.csv");
    expect(files).toContain("tabs/Grade 6_ _Zoë_ _ Ó Súilleabháin_.csv");
    expect(files).toContain("drafts/zoë.o'brien@school.test/1.eml");
    const eml = fs.readFileSync(path.join(out, "drafts/zoë.o'brien@school.test/1.eml"), "utf8");
    expect(eml).toBe("To: a@gmail.test\r\nSubject: Hi\r\n\r\nBody\r\n");
    expect(fs.existsSync(path.join(out, "docs/stale"))).toBe(false);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
