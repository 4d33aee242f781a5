/*
 * A notice Gmail cannot take for a while is not lost: it waits whole in the hub's Outbox, the
 * person is told, and the hourly trigger delivers it and empties the Outbox.
 */
import { run, runDueTriggers, sheetToCsv, webAppPageRun } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { appendRowsByHand, publishFallSlots, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

const ADVISOR = "niamh.zhang@school.test";
const STUDENT = "6001";

function outboxRows(hub: ReturnType<typeof readyHub>): string[][] {
  const [, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Outbox")).map((r) => [...r.fields]);
  return rows.filter((r) => r.some((cell) => cell !== ""));
}

describe("the Outbox", () => {
  it("keeps the notices of a booking Gmail refused for a while, and the hourly trigger sends them within the hour", () => {
    const hub = readyHub();
    const signupUrl = hub.ws.addDeployment({
      executeAs: "USER_DEPLOYING",
      access: "ANYONE_ANONYMOUS",
    });
    runIn(hub, "saveSettings", hub.coordinator, {
      familySignupUrl: signupUrl,
      scheduleNotices: "send",
    });
    publishFallSlots(hub, ADVISOR);
    const view = runIn(hub, "getNotYetBooked", ADVISOR, { round: "Fall conferences" }).value as {
      rows: { studentId: string; link: string }[];
    };
    const token = new URL(view.rows.find((r) => r.studentId === STUDENT)!.link).searchParams.get(
      "signup",
    )!;
    const slot = (runIn(hub, "getSchedule", ADVISOR, {}).value as { slots: { id: string }[] })
      .slots[0]!;
    const sentBefore = hub.ws.gmail.sentOf(hub.coordinator).length;
    hub.ws.faults.inject({ call: "Gmail.users.messages.send", nth: 1, times: 10 });
    const booked = run(
      hub.ws,
      webAppPageRun(hub.ws, signupUrl, "bookFamilySlot", [token, STUDENT, slot.id, ""]),
    );
    expect(booked.ok).toBe(true);
    const kept = outboxRows(hub);
    expect(kept.length).toBeGreaterThan(0);
    const cell = columnsOf(hub, "Outbox");
    expect(
      kept.every((r) => cell(r, "Mode") === "send" && cell(r, "Message").includes("Subject:")),
    ).toBe(true);
    expect(hub.ws.gmail.sentOf(hub.coordinator).length).toBe(sentBefore);

    hub.ws.faults.clear();
    const fired = runDueTriggers(hub.ws, hub.ws.now() + 3_600_000).filter(
      (r) => r.report.fn === "runBackgroundWork",
    );
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((r) => r.ok)).toBe(true);
    expect(outboxRows(hub)).toEqual([]);
    expect(hub.ws.gmail.sentOf(hub.coordinator).length).toBeGreaterThanOrEqual(
      sentBefore + kept.length,
    );
  });

  it("paces a full Outbox to Gmail's 15,000 units a minute: each message sent once, none refused for speed", () => {
    const hub = readyHub();
    runIn(hub, "saveSettings", hub.coordinator, { scheduleNotices: "send" });
    publishFallSlots(hub, ADVISOR);
    const queued = new Date(hub.ws.now()).toISOString();
    const rows = Array.from({ length: 200 }, (_, i) => [
      queued,
      "send",
      STUDENT,
      `reminder-${i}`,
      "1",
      "User-rate limit exceeded.",
      `To: family${i}@family.test\r\nSubject: Conference reminder ${i}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSee you soon.`,
    ]);
    expect(appendRowsByHand(hub, hub.coordinator, "Outbox", rows).error).toBeUndefined();
    const sentBefore = hub.ws.gmail.sentOf(hub.coordinator).length;

    const fired = runDueTriggers(hub.ws, hub.ws.now() + 3_600_000 + 60_000);
    expect(fired.map((r) => [r.report.fn, r.ok])).toEqual([["runBackgroundWork", true]]);
    const report = fired[0]!.report;
    expect(report.counts["Gmail.users.messages.send"]).toBe(200);
    expect(report.modelledMs).toBeGreaterThan(60_000);
    expect(outboxRows(hub)).toEqual([]);
    expect(hub.ws.gmail.sentOf(hub.coordinator).length).toBe(sentBefore + 200);
  });
});
