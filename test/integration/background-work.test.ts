/*
 * Confer's one hourly trigger: the hub owner holds exactly one time-based trigger whatever they
 * do (an add-on may keep one per user per document), it replaces the triggers of earlier
 * versions, and it sends the day's reminders once, from the reminder hour on.
 */
import { runDueTriggers, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { publishFallSlots, readyHub, runIn } from "./harness";

const ADVISOR = "niamh.zhang@school.test";
const HOUR = 3_600_000;

const handlersOf = (hub: ReturnType<typeof readyHub>) =>
  hub.ws.triggers.of(hub.coordinator).map((t) => t.handler);

describe("the hourly background trigger", () => {
  it("is one trigger of the hub owner's after a docs run, publishing slots and Check installation", () => {
    const hub = readyHub();
    expect(
      runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).error,
    ).toBeUndefined();
    publishFallSlots(hub, ADVISOR);
    publishFallSlots(hub, hub.coordinator);
    runIn(hub, "checkInstallation", hub.coordinator);
    expect(handlersOf(hub)).toEqual(["runBackgroundWork"]);
    expect(hub.ws.triggers.of(ADVISOR)).toEqual([]);
  });

  it("replaces the triggers an earlier version made", () => {
    const hub = readyHub();
    for (const handler of ["continueConferenceDocs", "sendBookingReminders"]) {
      hub.ws.triggers.add({
        owner: hub.coordinator,
        handler,
        repeat: "every",
        everyMs: 24 * HOUR,
        nextRunMs: hub.ws.now() + HOUR,
      });
    }
    publishFallSlots(hub, ADVISOR);
    expect(handlersOf(hub)).toEqual(["runBackgroundWork"]);
  });

  it("runs every hour, and reminds a booking once, on the first run from 7 in the school's time zone", () => {
    const hub = readyHub();
    publishFallSlots(hub, ADVISOR);
    const slots = runIn(hub, "getSchedule", ADVISOR, {}).value as { slots: { id: string }[] };
    const slotId = slots.slots[0]!.id;
    runIn(hub, "changeBooking", ADVISOR, { action: "book", studentId: "6001", slotId });
    const reminded = () => {
      const [header, ...rows] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Schedule")).map(
        (record) => record.fields,
      );
      const row = rows.find((r) => r[header!.indexOf("Slot ID")] === slotId);
      return row?.[header!.indexOf("Reminded")] ?? "";
    };

    const start = hub.ws.now();
    const beforeSeven = runDueTriggers(hub.ws, Date.parse("2026-11-30T11:30:00Z"));
    expect(beforeSeven.length).toBeGreaterThanOrEqual(
      Math.floor((Date.parse("2026-11-30T11:30:00Z") - start) / HOUR),
    );
    expect(beforeSeven.every((r) => r.ok && r.report.fn === "runBackgroundWork")).toBe(true);
    expect(reminded()).toBe("");

    runDueTriggers(hub.ws, Date.parse("2026-11-30T13:30:00Z"));
    const at = reminded();
    expect(at).not.toBe("");
    const localHour = Number(
      new Intl.DateTimeFormat("en-US", {
        timeZone: "America/New_York",
        hour: "numeric",
        hourCycle: "h23",
      }).format(new Date(at)),
    );
    expect(localHour).toBe(7);

    const drafts = hub.ws.gmail.draftsOf(hub.coordinator).length;
    runDueTriggers(hub.ws, Date.parse("2026-12-01T13:30:00Z"));
    expect(reminded()).toBe(at);
    expect(hub.ws.gmail.draftsOf(hub.coordinator).length).toBe(drafts);
  });
});
