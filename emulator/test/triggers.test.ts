/*
 * Time-driven installable triggers, as developers.google.com/apps-script/reference/script/script-app,
 * .../script/clock-trigger-builder and .../script/trigger document them, run by runDueTriggers
 * with the time-driven event object of developers.google.com/apps-script/guides/triggers/events.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, runDueTriggers } from "..";
import { MIME } from "../drive/store";
import { OWNER, schoolWorkspace, TEACHER } from "./harness";

const START = Date.UTC(2026, 10, 23, 9);
const MINUTE = 60_000;
/** A repeating trigger counts from the end of the execution that installed it, a moment after START. */
const INSTALL_MS = 5_000;

function install(kind: string, value: number, as = OWNER) {
  const ws = schoolWorkspace("triggers");
  const result = run(ws, { fn: "install", args: [kind, value], as });
  expect(result.error).toBeUndefined();
  return { ws, trigger: result.value as Record<string, string> };
}

describe("ScriptApp.newTrigger(...).timeBased()", () => {
  it("creates a CLOCK trigger for the handler with a unique id (trigger#getUniqueId)", () => {
    const { trigger } = install("after", 10 * MINUTE);
    expect(trigger).toMatchObject({ handler: "tick", eventType: "CLOCK", source: "CLOCK" });
    expect(trigger.id).toMatch(/^\d+$/);
  });

  it("after(ms) fires once, as the trigger's owner, and is removed when it fires", () => {
    const { ws, trigger } = install("after", 10 * MINUTE, TEACHER);
    expect(runDueTriggers(ws, START + 9 * MINUTE)).toEqual([]);
    const fired = runDueTriggers(ws, START + 60 * MINUTE);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.report).toMatchObject({ kind: "trigger", user: TEACHER, fn: "tick" });
    expect(ws.scriptProperties.get("lastUser")).toBe(TEACHER);
    expect(JSON.parse(ws.scriptProperties.get("lastEvent")!)).toMatchObject({
      authMode: "FULL",
      triggerUid: trigger.id,
      year: 2026,
      month: 11,
      "day-of-month": 23,
      hour: 9,
      minute: 10,
      timezone: "UTC",
    });
    expect(run(ws, { fn: "list", as: TEACHER }).value).toEqual([]);
  });

  it("at(date) fires once at that time", () => {
    const { ws } = install("at", START + 3 * 60 * MINUTE);
    expect(runDueTriggers(ws, START + 2 * 60 * MINUTE)).toHaveLength(0);
    expect(runDueTriggers(ws, START + 5 * 60 * MINUTE)).toHaveLength(1);
    expect(runDueTriggers(ws, START + 50 * 60 * MINUTE)).toHaveLength(0);
  });

  it("everyMinutes(15) fires every 15 minutes and stays installed", () => {
    const { ws } = install("minutes", 15);
    expect(runDueTriggers(ws, START + 60 * MINUTE + INSTALL_MS)).toHaveLength(4);
    expect(ws.scriptProperties.get("ticks")).toBe("4");
    expect(run(ws, { fn: "list", as: OWNER }).value).toHaveLength(1);
  });

  it("moves the workspace's clock on: the handler's Date is the firing time", () => {
    const { ws } = install("after", 10 * MINUTE);
    runDueTriggers(ws, START + 60 * MINUTE);
    const seenByHandler = Number(ws.scriptProperties.get("lastNow"));
    expect(seenByHandler).toBeGreaterThanOrEqual(START + 10 * MINUTE);
    expect(seenByHandler).toBeLessThan(START + 11 * MINUTE);
    expect(ws.now()).toBe(START + 60 * MINUTE);
  });

  it("everyHours(2) fires every two hours", () => {
    const { ws } = install("hours", 2);
    expect(runDueTriggers(ws, START + 24 * 60 * MINUTE + INSTALL_MS)).toHaveLength(12);
  });

  it("everyMinutes accepts only 1, 5, 10, 15 or 30 (clock-trigger-builder#everyMinutes)", () => {
    const ws = schoolWorkspace("triggers");
    expect(run(ws, { fn: "install", args: ["minutes", 7], as: OWNER }).error?.message).toBe(
      "Invalid argument: n",
    );
  });
});

describe("getProjectTriggers and deleteTrigger", () => {
  it("lists only the effective user's triggers of this script", () => {
    const { ws } = install("minutes", 5, TEACHER);
    run(ws, { fn: "install", args: ["hours", 1], as: OWNER });
    expect(run(ws, { fn: "list", as: TEACHER }).value).toHaveLength(1);
    expect(run(ws, { fn: "list", as: OWNER }).value).toHaveLength(1);
  });

  it("deleteTrigger removes a trigger so that it no longer fires", () => {
    const { ws } = install("minutes", 5);
    expect(run(ws, { fn: "removeAll", as: OWNER }).value).toBe(0);
    expect(runDueTriggers(ws, START + 60 * MINUTE)).toHaveLength(0);
  });

  it("refuses the 21st trigger for one user with Google's message (guides/services/quotas: 20 triggers per user per script)", () => {
    const ws = schoolWorkspace("triggers");
    expect(run(ws, { fn: "installMany", args: [20], as: OWNER }).value).toBe(20);
    expect(run(ws, { fn: "installMany", args: [1], as: OWNER }).error?.message).toBe(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    expect(run(ws, { fn: "installMany", args: [1], as: TEACHER }).value).toBe(1);
  });

  it("requires AuthMode.FULL: a LIMITED execution cannot install a trigger", () => {
    const ws = schoolWorkspace("triggers");
    const result = run(ws, { fn: "install", args: ["hours", 1], as: OWNER, authMode: "LIMITED" });
    expect(result.error?.message).toMatch(
      /^You do not have permission to call ScriptApp.newTrigger/,
    );
  });

  it("keeps triggers across save and load", () => {
    const { ws } = install("minutes", 30);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "triggers-"));
    ws.save(dir);
    const restored = schoolWorkspace("triggers");
    restored.load(dir);
    expect(runDueTriggers(restored, START + 60 * MINUTE + INSTALL_MS)).toHaveLength(2);
  });
});

describe("an editor add-on's time-based triggers (add-ons/concepts/editor-triggers)", () => {
  function inDocument() {
    const ws = schoolWorkspace("triggers");
    const doc = ws.drive.create({ name: "Hub", mimeType: MIME.spreadsheet, owner: OWNER });
    const install = (kind: string, value: number, containerId = doc.id) =>
      run(ws, { fn: "install", args: [kind, value], as: OWNER, kind: "menu", containerId });
    return { ws, doc, install };
  }

  it("refuses a second time-based trigger for the same user in the same document, with Google's message", () => {
    const { ws, install } = inDocument();
    expect(install("hours", 1).error).toBeUndefined();
    expect(install("hours", 6).error?.message).toBe(
      "This add-on has created too many time-based triggers in this document for this Google user account.",
    );
    const other = ws.drive.create({ name: "Other", mimeType: MIME.spreadsheet, owner: OWNER });
    expect(install("hours", 6, other.id).error).toBeUndefined();
    expect(run(ws, { fn: "list", as: OWNER }).value).toHaveLength(2);
  });

  it("refuses a trigger that would run more often than once an hour", () => {
    const { install } = inDocument();
    expect(install("minutes", 30).error?.message).toMatch(/more frequently than once per hour/);
  });

  it("fires a one-shot trigger no sooner than an hour after the document's last firing", () => {
    const { ws, install } = inDocument();
    install("after", 10 * MINUTE);
    expect(runDueTriggers(ws, START + 11 * MINUTE)).toHaveLength(1);
    install("after", MINUTE);
    expect(runDueTriggers(ws, START + 60 * MINUTE)).toHaveLength(0);
    const fired = runDueTriggers(ws, START + 80 * MINUTE);
    expect(fired).toHaveLength(1);
    expect(Number(ws.scriptProperties.get("lastNow"))).toBeGreaterThanOrEqual(START + 70 * MINUTE);
  });

  it("leaves a web app's or a plain execution's triggers to the script-wide rules", () => {
    const ws = schoolWorkspace("triggers");
    expect(run(ws, { fn: "installMany", args: [3], as: OWNER }).value).toBe(3);
    expect(run(ws, { fn: "install", args: ["minutes", 5], as: OWNER }).error).toBeUndefined();
  });
});
