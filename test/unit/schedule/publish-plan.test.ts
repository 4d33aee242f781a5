/* Planning the slots a request makes: breaks, re-runs, overlaps, the past, and clock changes. */
import { slotIdOf } from "../../../src/domain/schedule/ids";
import {
  type PublishRequest,
  parsePublishRequest,
  planSlots,
} from "../../../src/domain/schedule/publish";
import { ADA, BO, NOW, slot, TZ } from "./school";

const day = (overrides: Record<string, unknown> = {}): PublishRequest =>
  parsePublishRequest(
    {
      kind: "conference",
      round: "Fall 2026",
      location: "Room 12",
      minutes: 15,
      days: ["2026-12-01"],
      startTime: "13:00",
      endTime: "14:00",
      breaks: [{ start: "13:30", end: "13:40" }],
      ...overrides,
    },
    ADA,
  );

const starts = (plan: ReturnType<typeof planSlots>) => plan.added.map((s) => s.start);

describe("planSlots", () => {
  it("makes back-to-back slots, resuming after a break, while they end by the end time", () => {
    const plan = planSlots(day(), { timeZone: TZ, now: NOW, existing: [] });
    expect(starts(plan)).toEqual([
      "2026-12-01T18:00:00.000Z",
      "2026-12-01T18:15:00.000Z",
      "2026-12-01T18:40:00.000Z",
    ]);
    expect(plan.unchanged).toBe(0);
    expect(plan.skipped).toEqual([]);
    expect(plan.added[0]).toEqual({
      id: slotIdOf(ADA, "2026-12-01T18:00:00.000Z"),
      round: "Fall 2026",
      kind: "conference",
      hostEmail: ADA,
      start: "2026-12-01T18:00:00.000Z",
      minutes: 15,
      location: "Room 12",
      studentId: "",
      bookedBy: "",
      bookedAt: "",
      status: "open",
      calendarEventId: "",
      remindedAt: "",
    });
  });

  it("adds nothing when the same request is published again", () => {
    const first = planSlots(day(), { timeZone: TZ, now: NOW, existing: [] });
    const again = planSlots(day(), { timeZone: TZ, now: NOW, existing: first.added });
    expect(again).toEqual({ added: [], unchanged: 3, skipped: [] });
  });

  it("counts a booked or cancelled slot with the same ID as unchanged, never a duplicate", () => {
    const existing = [
      slot("2026-12-01T18:00:00.000Z", { status: "booked", studentId: "S1" }),
      slot("2026-12-01T18:15:00.000Z", { status: "cancelled" }),
    ];
    const plan = planSlots(day(), { timeZone: TZ, now: NOW, existing });
    expect(plan.unchanged).toBe(2);
    expect(starts(plan)).toEqual(["2026-12-01T18:40:00.000Z"]);
  });

  it("skips a slot that overlaps another live slot of the same host, naming its time", () => {
    const existing = [
      slot("2026-12-01T18:05:00.000Z", { minutes: 20 }),
      slot("2026-12-01T18:40:00.000Z", { hostEmail: BO }),
      slot("2026-12-01T18:45:00.000Z", { status: "cancelled" }),
    ];
    const plan = planSlots(day(), { timeZone: TZ, now: NOW, existing });
    expect(starts(plan)).toEqual(["2026-12-01T18:40:00.000Z"]);
    expect(plan.skipped).toEqual([
      {
        start: "2026-12-01T18:00:00.000Z",
        reason: "overlaps your slot at Tue Dec 1 1:05 PM",
      },
      {
        start: "2026-12-01T18:15:00.000Z",
        reason: "overlaps your slot at Tue Dec 1 1:05 PM",
      },
    ]);
  });

  it("skips slots that start before now", () => {
    const plan = planSlots(day(), {
      timeZone: TZ,
      now: "2026-12-01T18:20:00.000Z",
      existing: [],
    });
    expect(starts(plan)).toEqual(["2026-12-01T18:40:00.000Z"]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["in the past", "in the past"]);
  });

  it("keeps the same local times across the fall change on 2026-11-01", () => {
    const plan = planSlots(
      day({ days: ["2026-10-31", "2026-11-01", "2026-11-02"], endTime: "13:30", breaks: [] }),
      { timeZone: TZ, now: "2026-10-01T00:00:00.000Z", existing: [] },
    );
    expect(starts(plan)).toEqual([
      "2026-10-31T17:00:00.000Z",
      "2026-10-31T17:15:00.000Z",
      "2026-11-01T18:00:00.000Z",
      "2026-11-01T18:15:00.000Z",
      "2026-11-02T18:00:00.000Z",
      "2026-11-02T18:15:00.000Z",
    ]);
  });

  it("uses the first 1:00 and 1:30 AM when the clocks go back", () => {
    const plan = planSlots(
      day({ days: ["2026-11-01"], minutes: 30, startTime: "00:30", endTime: "02:30", breaks: [] }),
      { timeZone: TZ, now: "2026-10-01T00:00:00.000Z", existing: [] },
    );
    expect(starts(plan)).toEqual([
      "2026-11-01T04:30:00.000Z",
      "2026-11-01T05:00:00.000Z",
      "2026-11-01T05:30:00.000Z",
      "2026-11-01T07:00:00.000Z",
    ]);
  });

  it("skips local times that do not exist when the clocks go forward on 2027-03-14", () => {
    const plan = planSlots(
      day({ days: ["2027-03-14"], minutes: 30, startTime: "01:30", endTime: "03:30", breaks: [] }),
      { timeZone: TZ, now: NOW, existing: [] },
    );
    expect(starts(plan)).toEqual(["2027-03-14T06:30:00.000Z", "2027-03-14T07:00:00.000Z"]);
    expect(plan.skipped).toEqual([
      {
        start: "2027-03-14T07:00:00.000Z",
        reason: "02:00 does not happen on 2027-03-14 (the clocks go forward)",
      },
      {
        start: "2027-03-14T07:30:00.000Z",
        reason: "02:30 does not happen on 2027-03-14 (the clocks go forward)",
      },
    ]);
  });

  it("makes office hours on the chosen weekdays between two dates", () => {
    const request = parsePublishRequest(
      {
        kind: "office-hours",
        round: "Office hours",
        location: "https://meet.google.com/abc",
        minutes: 10,
        weekdays: [2, 4],
        from: "2026-12-01",
        to: "2026-12-10",
        startTime: "08:00",
        endTime: "08:20",
      },
      ADA,
    );
    const plan = planSlots(request, { timeZone: TZ, now: NOW, existing: [] });
    expect(starts(plan)).toEqual([
      "2026-12-01T13:00:00.000Z",
      "2026-12-01T13:10:00.000Z",
      "2026-12-03T13:00:00.000Z",
      "2026-12-03T13:10:00.000Z",
      "2026-12-08T13:00:00.000Z",
      "2026-12-08T13:10:00.000Z",
      "2026-12-10T13:00:00.000Z",
      "2026-12-10T13:10:00.000Z",
    ]);
    expect(plan.added.every((s) => s.kind === "office-hours" && s.minutes === 10)).toBe(true);
  });

  it("refuses office hours in a round that already holds conference slots", () => {
    const request = parsePublishRequest(
      {
        kind: "office-hours",
        round: "Fall 2026",
        minutes: 10,
        weekdays: [2],
        from: "2026-12-01",
        to: "2026-12-10",
        startTime: "08:00",
        endTime: "08:20",
      },
      ADA,
    );
    expect(() =>
      planSlots(request, { timeZone: TZ, now: NOW, existing: [slot("2026-12-02T18:00:00.000Z")] }),
    ).toThrow(
      "Round “Fall 2026”: already holds conference slots; give office hours a round of their own.",
    );
  });
});
