/*
 * Confer under Google's real limits on the emulator: a docs run for 600 students paced at the
 * Docs API's 60 writes a minute and carried on by the open sidebar, an advisor's run through the
 * web app that answers within the caller's 60-second fetch, and 50 families booking at once with
 * their doc lines written under the same limit. Nothing is lost, nothing is made twice, and each
 * answer says where the run stands.
 */
import { run, runConcurrently, runDueTriggers, sheetToCsv, webAppPageRun } from "../../emulator";
import { benchSchool, COORDINATOR, readyHub } from "../../scripts/bench/school";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc } from "./doc-access";
import { readyHub as demoReadyHub, publishFallSlots, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

interface Progress {
  created: number;
  remaining: number;
  inScope: number;
  continuing: boolean;
  stoppedBecause?: string;
  problems: unknown[];
}

const conferenceDocs = (ws: {
  drive: { all(): { appProperties: Record<string, string>; trashed: boolean }[] };
}) => ws.drive.all().filter((f) => f.appProperties.conferStudentId !== undefined && !f.trashed);

describe("a docs run for 600 students at the Docs write limit", () => {
  const hub = readyHub(benchSchool(600));
  const rounds: Progress[] = [];
  const reports: { modelledMs: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const result = run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "all" }],
      as: COORDINATOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    if (!result.ok) throw new Error(result.error?.message);
    rounds.push(result.value as Progress);
    reports.push(result.report);
    if (!(result.value as Progress).continuing) break;
  }

  it("makes exactly one doc per student, with no problem, in executions the sidebar carries on", () => {
    const docs = conferenceDocs(hub.ws);
    expect(docs).toHaveLength(600);
    const [, ...records] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    const cell = columnsOf(hub, "Conference Docs");
    expect(new Set(records.map((r) => cell(r, "Student ID"))).size).toBe(600);
    expect(new Set(records.map((r) => cell(r, "Doc ID"))).size).toBe(600);
    expect(rounds.flatMap((r) => r.problems)).toEqual([]);
    expect(rounds.at(-1)).toMatchObject({ remaining: 0, continuing: false });
    expect(rounds.length).toBeGreaterThan(1);
  });

  it("tells the coordinator why each execution stopped and what is left", () => {
    for (const round of rounds.slice(0, -1)) {
      expect(round.stoppedBecause).toBe("the execution time limit is near");
      expect(round.continuing).toBe(true);
      expect(round.remaining).toBeGreaterThan(0);
    }
  });

  it("takes no less than the Docs API's bound of 600 writes at 60 a minute, and stays near it", () => {
    const seconds = reports.reduce((sum, r) => sum + r.modelledMs, 0) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(540);
    expect(seconds).toBeLessThan(700);
    expect(reports.every((r) => r.modelledMs < 360_000)).toBe(true);
  });
});

describe("an advisor's docs run through the staff web app", () => {
  it("answers each call within the caller's 60-second fetch and finishes", () => {
    const hub = demoReadyHub();
    const advisor = hub.school.staff.find((s) => s.roles.includes("advisor"))!.email;
    const before = hub.ws.history.length;
    let progress: Progress | undefined;
    for (let i = 0; i < 10 && progress?.continuing !== false; i++) {
      progress = runIn(hub, "createConferenceDocs", advisor, {
        kind: "advisor",
        advisorEmail: advisor,
      }).value as Progress;
    }
    expect(progress).toMatchObject({ remaining: 0, continuing: false });
    const doPosts = hub.ws.history.slice(before).filter((r) => r.fn === "doPost");
    expect(doPosts.length).toBeGreaterThan(0);
    expect(doPosts.every((r) => r.modelledMs < 60_000)).toBe(true);
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor).length;
    expect(conferenceDocs(hub.ws)).toHaveLength(advisees);
  });
});

describe("50 families booking at once, with their students' docs", () => {
  it("books each once (the page's Try again after Google's too-many-at-once), and refuses nobody for the Docs limit", async () => {
    const hub = demoReadyHub();
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    const signupUrl = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl });
    const links = new Map<string, string>();
    for (const advisor of hub.school.advisors) {
      publishFallSlots(hub, advisor.advisorEmail, {
        days: ["2026-12-01", "2026-12-02"],
        startTime: "08:00",
        endTime: "16:00",
        location: "Room 1",
      });
      const view = runIn(hub, "getNotYetBooked", advisor.advisorEmail, {
        round: "Fall conferences",
      }).value as { rows: { studentId: string; link: string }[] };
      for (const row of view.rows)
        links.set(row.studentId, new URL(row.link).searchParams.get("signup")!);
    }
    const slots = (
      runIn(hub, "getSchedule", hub.coordinator, {}).value as {
        slots: { id: string; hostEmail: string; status: string }[];
      }
    ).slots;
    const students = hub.school.students.slice(0, 50);
    hub.ws.triggers.advanceTo(hub.ws.now() + 60_000);
    const requests = students.map((student, i) => {
      const own = slots.filter((s) => s.hostEmail === student.advisorEmail && s.status === "open");
      return webAppPageRun(hub.ws, signupUrl, "bookFamilySlot", [
        links.get(student.id),
        student.id,
        own[i % own.length]!.id,
        "",
      ]);
    });
    const first = await runConcurrently(hub.ws, requests, { timeScale: 0.001 });
    const retryable = /simultaneous|try again/i;
    const told = first.filter((r) => !r.ok).map((r) => r.error?.message ?? "");
    expect(told.every((m) => retryable.test(m) || /taken/i.test(m))).toBe(true);
    const results = first.map((result, i) =>
      !result.ok && retryable.test(result.error?.message ?? "")
        ? run(hub.ws, requests[i]!)
        : result,
    );
    expect(results.filter((r) => /Docs API|paused/.test(r.error?.message ?? ""))).toEqual([]);
    const booked = results.filter((r) => r.ok).length;
    const taken = results.filter((r) => /taken/i.test(r.error?.message ?? "")).length;
    expect(booked + taken).toBe(50);
    const [, ...records] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    const cell = columnsOf(hub, "Conference Docs");
    const docOf = new Map(records.map((r) => [cell(r, "Student ID"), cell(r, "Doc ID")]));
    const withLine = students.filter((student) =>
      readDoc(hub.ws, hub.coordinator, docOf.get(student.id)!).text.includes("Room 1"),
    );
    expect(withLine).toHaveLength(booked);
    const confirmed = hub.ws.calendar.all().filter((e) => e.status === "confirmed");
    expect(confirmed).toHaveLength(booked);
    expect(new Set(confirmed.map((e) => e.id)).size).toBe(booked);
  });
});

describe("a snow day that moves a whole day's bookings on one calendar", () => {
  it("moves every event once, under Calendar's limit on quick writes to one calendar", () => {
    const hub = demoReadyHub();
    const advisor = hub.school.advisors[0]!;
    publishFallSlots(hub, advisor.advisorEmail, { startTime: "08:00", endTime: "12:00" });
    const slots = () =>
      (
        runIn(hub, "getSchedule", advisor.advisorEmail, {}).value as {
          slots: { id: string; studentId: string; status: string; start: string }[];
        }
      ).slots;
    for (const [i, studentId] of advisor.studentIds.entries()) {
      const open = slots().filter((s) => s.status === "open");
      runIn(hub, "changeBooking", advisor.advisorEmail, {
        action: "book",
        studentId,
        slotId: open[i % open.length]!.id,
      });
    }
    const booked = slots().filter((s) => s.status === "booked");
    expect(booked.length).toBe(advisor.studentIds.length);
    hub.ws.rates.setLimit("Calendar writes to one calendar", 4);
    runIn(hub, "changeBooking", advisor.advisorEmail, {
      action: "move-day",
      fromDate: "2026-12-01",
      toDate: "2026-12-03",
    });
    runDueTriggers(hub.ws, hub.ws.now() + 2 * 3_600_000);
    const moved = slots().filter((s) => s.status === "booked");
    expect(moved.every((s) => s.start.startsWith("2026-12-03"))).toBe(true);
    for (const slot of moved) {
      const student = hub.school.students.find((s) => s.id === slot.studentId)!;
      const events = hub.ws.calendar.eventsOn(student.email);
      expect(events).toHaveLength(1);
      expect(new Date(events[0]!.start.ms).toISOString()).toBe(slot.start);
    }
    const confirmed = hub.ws.calendar.all().filter((e) => e.status === "confirmed");
    expect(confirmed).toHaveLength(moved.length);
  });
});
