/*
 * The limits of one execution, as developers.google.com/apps-script/guides/services/quotas
 * documents them: the 6-minute run time and 30 simultaneous executions per user (a web app
 * executing as its owner spends the owner's 30); plus injected faults, calls the emulator
 * does not emulate, and what AuthMode.NONE allows (guides/triggers#restrictions, add-ons
 * concepts/editor-auth-lifecycle#authorization_modes).
 */
import { run, runConcurrently } from "..";
import { MIME } from "../drive/store";
import { OWNER, schoolWorkspace, TEACHER } from "./harness";

const TOO_MANY = "There are too many scripts running simultaneously for this Google user account.";

describe("an execution's limits", () => {
  it("throws 'Exceeded maximum execution time' once the modelled clock passes 6 minutes", () => {
    const ws = schoolWorkspace("execution");
    const result = run(ws, { fn: "sleepLoop", args: [10, 60_000], as: OWNER });
    expect(result.error?.message).toBe("Exceeded maximum execution time");
    expect(result.report.counts["Utilities.sleep"]).toBe(6);
    expect(run(ws, { fn: "sleepLoop", args: [5, 60_000], as: OWNER }).value).toBe("done");
  });

  it("an injected fault fails exactly the nth call with the default message", () => {
    const ws = schoolWorkspace("execution");
    ws.faults.inject({ call: "Properties.setProperty", nth: 3 });
    expect(run(ws, { fn: "setMany", args: [5], as: OWNER }).value).toEqual([
      "ok",
      "ok",
      "Service unavailable: try again later.",
      "ok",
      "ok",
    ]);
    expect(ws.scriptProperties.has("key3")).toBe(false);
  });

  it("a method Apps Script has but the emulator does not emulate throws 'not emulated: Class.method'", () => {
    const result = run(schoolWorkspace("execution"), { fn: "callUnemulated", as: OWNER });
    expect(result.error?.message).toBe("not emulated: Session.getTimeZone");
  });
});

describe("AuthMode.NONE (an add-on's onOpen before authorization)", () => {
  it("may build the add-on menu", () => {
    const ws = schoolWorkspace("execution");
    const sheet = ws.drive.create({ name: "Hub", mimeType: MIME.spreadsheet, owner: OWNER });
    const result = run(ws, {
      fn: "onOpen",
      as: TEACHER,
      authMode: "NONE",
      kind: "menu",
      containerId: sheet.id,
    });
    expect(result.error).toBeUndefined();
    expect(ws.ui.of(TEACHER, "Sheets", sheet.id).menus).toHaveLength(1);
  });

  it("refuses PropertiesService", () => {
    const result = run(schoolWorkspace("execution"), {
      fn: "readSetting",
      as: TEACHER,
      authMode: "NONE",
    });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^You do not have permission to call PropertiesService/);
  });
});

describe("30 simultaneous executions per user (guides/services/quotas, 'Simultaneous executions')", () => {
  it("refuses the 31st simultaneous execution of one user with Google's message", async () => {
    const ws = schoolWorkspace("execution");
    const requests = Array.from({ length: 31 }, () => ({
      fn: "nap",
      args: [300_000],
      as: OWNER,
    }));
    const results = await runConcurrently(ws, requests);
    const refused = results.filter((r) => r.refused);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.error?.message).toBe(TOO_MANY);
    expect(results.filter((r) => r.ok)).toHaveLength(30);
  }, 30_000);

  /*
   * A web app deployed "execute as me" runs every request as its owner, so 31 concurrent calls
   * from 31 different teachers still make 31 executions of one user. Google answers the refused
   * one with HTTP 200 and an HTML error page, "Service invoked too many times in a short time",
   * which a caller must recognise in the body to retry with backoff.
   */
  it("refuses the 31st concurrent web-app call executing as the owner, even from 31 different teachers", async () => {
    const ws = schoolWorkspace("execution");
    const teachers = Array.from({ length: 31 }, (_, i) => `teacher${i + 1}@school.test`);
    for (const teacher of teachers) ws.users.add(teacher, teacher);
    ws.shareScript("@school.test", "viewer");
    const results = await runConcurrently(
      ws,
      teachers.map((teacher) => ({ fn: "callWebApp", args: [50_000], as: teacher })),
      { timeScale: 0.1 },
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const answers = results.map((r) => r.value as { code: number; text: string });
    const refused = answers.filter((a) => a.text.includes("Service invoked too many times"));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.code).toBe(200);
    expect(refused[0]!.text).toContain("<!DOCTYPE html>");
    expect(answers.filter((a) => a.code === 200 && a.text === "rested")).toHaveLength(30);
  }, 30_000);

  it("gives up on a web app after 60 s (guides/services/quotas, URL Fetch response time), while the web app runs on", () => {
    const ws = schoolWorkspace("execution");
    const result = run(ws, { fn: "callWebApp", args: [90_000], as: TEACHER });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toBe(`Timeout: ${ws.webAppUrl}?sleep=90000`);
    const served = ws.history.find((r) => r.kind === "webapp");
    expect(served?.modelledMs).toBeGreaterThanOrEqual(90_000);
  });
});
