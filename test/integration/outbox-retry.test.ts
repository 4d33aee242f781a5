/*
 * Running the Outbox's retry again is safe: a retry cut off after Gmail made its drafts makes no
 * second draft; the record of each notice's draft is pruned once it can no longer matter, before
 * new ones are written, and earlier days' quota counts are dropped;
 * families booking at once while Calendar refuses all keep every event pending for the retry; and
 * a pending set kept the older way, as one JSON list, is moved to its entries and retried.
 */
import { run, runConcurrently, runDueTriggers, sheetToCsv, webAppPageRun } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, publishFallSlots, readyHub, runIn } from "./harness";

const ADVISOR = "niamh.zhang@school.test";
const HOUR = 3_600_000;

function outboxRows(hub: DemoHub): string[][] {
  const [, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Outbox")).map((r) => [...r.fields]);
  return rows.filter((r) => r.some((cell) => cell !== ""));
}

function signupHub(scheduleNotices: "draft" | "send") {
  const hub = readyHub();
  const signupUrl = hub.ws.addDeployment({
    executeAs: "USER_DEPLOYING",
    access: "ANYONE_ANONYMOUS",
  });
  runIn(hub, "saveSettings", hub.coordinator, { familySignupUrl: signupUrl, scheduleNotices });
  publishFallSlots(hub, ADVISOR);
  const view = runIn(hub, "getNotYetBooked", ADVISOR, { round: "Fall conferences" }).value as {
    rows: { studentId: string; link: string }[];
  };
  const families = view.rows.map((r) => ({
    studentId: r.studentId,
    token: new URL(r.link).searchParams.get("signup")!,
  }));
  const slots = (runIn(hub, "getSchedule", ADVISOR, {}).value as { slots: { id: string }[] }).slots;
  const book = (i: number, slot = slots[i]!.id) =>
    webAppPageRun(hub.ws, signupUrl, "bookFamilySlot", [
      families[i]!.token,
      families[i]!.studentId,
      slot,
      "",
    ]);
  return { hub, families, slots, book };
}

const PENDING = "confer.calendarPending";

const pendingEntries = (hub: DemoHub) =>
  [...hub.ws.scriptProperties.keys()]
    .filter((name) => name.startsWith(`${PENDING}:`))
    .map((name) => name.slice(PENDING.length + 1))
    .sort();

const bookedIds = (hub: DemoHub) =>
  (
    runIn(hub, "getSchedule", ADVISOR, {}).value as { slots: { id: string; status: string }[] }
  ).slots
    .filter((s) => s.status === "booked")
    .map((s) => s.id)
    .sort();

const noticeRecords = (hub: DemoHub) =>
  [...hub.ws.propertiesOf("user", hub.coordinator)].filter(([name]) =>
    name.startsWith("confer.noticeDraft/"),
  );

describe("the Outbox's retry, run again", () => {
  it("makes no second draft when the retry before it was cut off after drafting", () => {
    const { hub, book } = signupHub("draft");
    hub.ws.faults.inject({ call: "Gmail.users.drafts.create", nth: 1, times: 10 });
    expect(run(hub.ws, book(0)).ok).toBe(true);
    hub.ws.faults.clear();
    const kept = outboxRows(hub);
    expect(kept.length).toBeGreaterThan(0);
    const before = hub.ws.gmail.draftsOf(hub.coordinator).length;

    hub.ws.faults.inject({ call: "Range.setValues", nth: 1 });
    const cut = runDueTriggers(hub.ws, hub.ws.now() + HOUR).filter(
      (r) => r.report.fn === "runBackgroundWork",
    );
    hub.ws.faults.clear();
    expect(cut.map((r) => r.ok)).toEqual([false]);
    expect(hub.ws.gmail.draftsOf(hub.coordinator)).toHaveLength(before + kept.length);
    expect(outboxRows(hub)).toHaveLength(kept.length);

    const again = runDueTriggers(hub.ws, hub.ws.now() + HOUR).filter(
      (r) => r.report.fn === "runBackgroundWork",
    );
    expect(again.map((r) => r.ok)).toEqual([true]);
    expect(outboxRows(hub)).toEqual([]);
    expect(hub.ws.gmail.draftsOf(hub.coordinator)).toHaveLength(before + kept.length);
    const ids = new Set(noticeRecords(hub).map(([, value]) => value.split(" ")[0]));
    const made = hub.ws.gmail.draftsOf(hub.coordinator).slice(before);
    expect(made.every((draft) => ids.has(draft.id))).toBe(true);
  });

  it("prunes the notice-draft records past their time, keeping the rest with their time, and earlier days' use", () => {
    const { hub, book } = signupHub("draft");
    const store = hub.ws.propertiesOf("user", hub.coordinator);
    const old = "confer.noticeDraft/booking/Spring conferences 2025/6001/en";
    const legacy = "confer.noticeDraft/booking/Fall conferences/6999/en";
    store.set(old, "r-old 2025-06-01T00:00:00.000Z");
    store.set(legacy, "r-legacy");
    store.set("confer.dailyUse.2025-06-01", JSON.stringify({ recipients: 40 }));
    expect(run(hub.ws, book(0)).ok).toBe(true);
    expect([...store.keys()].filter((name) => name.startsWith("confer.dailyUse."))).toEqual([
      `confer.dailyUse.${new Date(hub.ws.now()).toISOString().slice(0, 10)}`,
    ]);
    const records = new Map(noticeRecords(hub));
    expect(records.has(old)).toBe(false);
    expect(records.get(legacy)).toMatch(/^r-legacy \d{4}-\d\d-\d\dT/);
    const made = [...records].filter(([name]) => name !== legacy);
    expect(made.length).toBeGreaterThan(0);
    for (const [, value] of made) {
      expect(Date.parse(value.split(" ")[1]!)).toBeGreaterThan(hub.ws.now() + 29 * 24 * HOUR);
    }
  });

  it("prunes before it records, so a store filled with old records still takes the new ones", () => {
    const { hub, book } = signupHub("draft");
    const store = hub.ws.propertiesOf("user", hub.coordinator);
    const bytes = () =>
      [...store].reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    const old = (i: number, size: number) => {
      store.set(
        `confer.noticeDraft/booking/Spring conferences 2025/${7000 + i}/en`,
        `r${"x".repeat(size)} 2025-06-01T00:00:00.000Z`,
      );
    };
    const FULL = 500 * 1024;
    let i = 0;
    while (FULL - bytes() > 9_000) old(i++, 8_000);
    old(i, 0);
    old(i, FULL - bytes() - 150);
    expect(FULL - bytes()).toBe(150);
    const booked = run(hub.ws, book(0));
    expect(booked.error?.message).toBeUndefined();
    const records = noticeRecords(hub);
    expect(records.filter(([name]) => name.includes("Spring conferences 2025"))).toEqual([]);
    expect(records.length).toBeGreaterThan(0);
  });

  it("keeps every Calendar event pending when families book at once and Calendar refuses them all", async () => {
    const { hub, families, slots, book } = signupHub("draft");
    const count = Math.min(8, families.length, slots.length);
    hub.ws.faults.inject({ call: "Calendar.events.insert", nth: 1, times: 100 });
    const results = await runConcurrently(
      hub.ws,
      Array.from({ length: count }, (_, i) => book(i)),
      { timeScale: 0.1 },
    );
    hub.ws.faults.clear();
    expect(results.every((r) => r.ok)).toBe(true);
    const booked = bookedIds(hub);
    expect(booked).toHaveLength(count);
    expect(pendingEntries(hub)).toEqual(booked);
  });

  it("moves a pending set kept as one JSON list to its entries, and the hourly retry makes its events", () => {
    const { hub, book } = signupHub("draft");
    hub.ws.faults.inject({ call: "Calendar.events.insert", nth: 1, times: 10 });
    expect(run(hub.ws, book(0)).ok).toBe(true);
    expect(run(hub.ws, book(1)).ok).toBe(true);
    hub.ws.faults.clear();
    const booked = bookedIds(hub);
    expect(pendingEntries(hub)).toEqual(booked);
    for (const entry of booked) hub.ws.scriptProperties.delete(`${PENDING}:${entry}`);
    hub.ws.scriptProperties.set(PENDING, JSON.stringify(booked));

    const retried = runDueTriggers(hub.ws, hub.ws.now() + HOUR).filter(
      (r) => r.report.fn === "runBackgroundWork",
    );
    expect(retried.map((r) => r.ok)).toEqual([true]);
    expect(hub.ws.scriptProperties.has(PENDING)).toBe(false);
    expect(pendingEntries(hub)).toEqual([]);
    const [header, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Schedule")).map((r) => [
      ...r.fields,
    ]);
    const column = (name: string) => header!.indexOf(name);
    const events = rows
      .filter((row) => booked.includes(row[column("Slot ID")]!))
      .map((row) => hub.ws.calendar.find(hub.coordinator, row[column("Calendar Event")]!));
    expect(events.map((event) => event?.status)).toEqual(booked.map(() => "confirmed"));
  });
});
