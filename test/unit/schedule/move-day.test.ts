/* Snow day: a whole day's slots move to another day, bookings and all, or nothing moves. */
import { decideMoveDay } from "../../../src/domain/schedule/booking";
import { BookingRefusedError, ScheduleInputError } from "../../../src/domain/schedule/errors";
import { eventIdOf, slotIdOf } from "../../../src/domain/schedule/ids";
import type { Slot } from "../../../src/domain/schedule/model";
import { refusal } from "./refusals";
import { ADA, BO, bookedSlot, DEC1_1PM, familyContext, plus, slot, staffContext } from "./school";

const DEC3_1PM = "2026-12-03T18:00:00.000Z";
const zoe = bookedSlot(DEC1_1PM, "S1");
const open = slot(plus(DEC1_1PM, 15));
const kim = bookedSlot(plus(DEC1_1PM, 30), "S2");
const mia = bookedSlot(DEC1_1PM, "S3", { hostEmail: BO });
const dec1 = [zoe, open, kim, mia];
const request = { hostEmail: ADA, fromDate: "2026-12-01", toDate: "2026-12-03" };

const cancelled = (s: Slot): Slot => ({
  ...s,
  status: "cancelled",
  studentId: "",
  bookedBy: "",
  bookedAt: "",
  calendarEventId: "",
  remindedAt: "",
});

describe("decideMoveDay", () => {
  it("moves a host's open and booked slots to the same local times, telling each family", () => {
    const decision = decideMoveDay(request, staffContext(dec1));
    const zoeId = slotIdOf(ADA, DEC3_1PM);
    const openId = slotIdOf(ADA, plus(DEC3_1PM, 15));
    const kimId = slotIdOf(ADA, plus(DEC3_1PM, 30));
    expect(decision.changes).toEqual([
      { before: zoe, after: cancelled(zoe) },
      {
        before: null,
        after: {
          ...zoe,
          id: zoeId,
          start: DEC3_1PM,
          calendarEventId: eventIdOf(zoeId, "S1"),
        },
      },
      { before: open, after: cancelled(open) },
      { before: null, after: { ...open, id: openId, start: plus(DEC3_1PM, 15) } },
      { before: kim, after: cancelled(kim) },
      {
        before: null,
        after: {
          ...kim,
          id: kimId,
          start: plus(DEC3_1PM, 30),
          calendarEventId: eventIdOf(kimId, "S2"),
        },
      },
    ]);
    expect(decision.notices).toEqual([
      { kind: "moved", studentId: "S1", slotId: zoeId, start: DEC3_1PM, previousStart: DEC1_1PM },
      {
        kind: "moved",
        studentId: "S2",
        slotId: kimId,
        start: plus(DEC3_1PM, 30),
        previousStart: plus(DEC1_1PM, 30),
      },
    ]);
    expect(decision.log.map((e) => [e.action, e.slotId, e.studentId, e.detail])).toEqual([
      ["move-day", zoe.id, "S1", `to ${zoeId} (Thu Dec 3 1:00 PM)`],
      ["move-day", zoeId, "S1", `from ${zoe.id} (Tue Dec 1 1:00 PM)`],
      ["move-day", open.id, "", `to ${openId} (Thu Dec 3 1:15 PM)`],
      ["move-day", openId, "", `from ${open.id} (Tue Dec 1 1:15 PM)`],
      ["move-day", kim.id, "S2", `to ${kimId} (Thu Dec 3 1:30 PM)`],
      ["move-day", kimId, "S2", `from ${kim.id} (Tue Dec 1 1:30 PM)`],
    ]);
  });

  it("reuses open slots that already exist at those times, and leaves finished slots alone", () => {
    const waiting = slot(DEC3_1PM);
    const waitingToo = slot(plus(DEC3_1PM, 15));
    const done = bookedSlot("2026-12-01T17:00:00.000Z", "S4", { status: "held" });
    const decision = decideMoveDay(request, staffContext([...dec1, waiting, waitingToo, done]));
    const targets = decision.changes.filter((c) => c.after.status !== "cancelled");
    expect(targets.map((c) => [c.before?.id ?? null, c.after.id, c.after.studentId])).toEqual([
      [waiting.id, waiting.id, "S1"],
      [null, slotIdOf(ADA, plus(DEC3_1PM, 30)), "S2"],
    ]);
    expect(decision.changes.some((c) => c.before?.id === done.id)).toBe(false);
  });

  it("moves every host's slots when no host is named", () => {
    const decision = decideMoveDay({ ...request, hostEmail: null }, staffContext(dec1));
    expect(decision.notices.map((n) => n.studentId).sort()).toEqual(["S1", "S2", "S3"]);
    expect(decision.changes.filter((c) => c.before === null).map((c) => c.after.hostEmail)).toEqual(
      [ADA, BO, ADA, ADA],
    );
  });

  it("keeps local times across the fall clock change", () => {
    const october = bookedSlot("2026-10-30T17:00:00.000Z", "S1");
    const decision = decideMoveDay(
      { hostEmail: ADA, fromDate: "2026-10-30", toDate: "2026-11-02" },
      staffContext([october], { now: "2026-10-29T12:00:00.000Z" }),
    );
    expect(decision.notices[0]?.start).toBe("2026-11-02T18:00:00.000Z");
  });

  it("refuses the whole move when a target time is booked by someone else", () => {
    const taken = bookedSlot(plus(DEC3_1PM, 30), "S4");
    const error = refusal(() => decideMoveDay(request, staffContext([...dec1, taken])));
    expect(error).toEqual({
      code: "slot-taken",
      message:
        "Thu Dec 3 1:30 PM (ada@school.test) is already taken by another booking, so nothing was moved.",
    });
  });

  it("refuses the whole move when a target overlaps another slot of the host", () => {
    const offset = slot(plus(DEC3_1PM, 20));
    expect(() => decideMoveDay(request, staffContext([...dec1, offset]))).toThrow(
      new ScheduleInputError(
        "To date",
        "2026-12-03",
        "Thu Dec 3 1:15 PM (ada@school.test) overlaps the slot at Thu Dec 3 1:20 PM, so nothing was moved",
      ),
    );
  });

  it("ignores another host's slot at the same time", () => {
    const bosDec3 = bookedSlot(DEC3_1PM, "S3", { hostEmail: BO });
    expect(decideMoveDay(request, staffContext([...dec1, bosDec3])).changes).toHaveLength(6);
  });

  it("names a day with nothing to move", () => {
    expect(() => decideMoveDay({ ...request, fromDate: "2026-12-02" }, staffContext(dec1))).toThrow(
      "From date “2026-12-02”: has no open or booked slots for ada@school.test.",
    );
  });

  it("refuses a target day that is not in the future, or is the same day", () => {
    expect(() => decideMoveDay({ ...request, toDate: "2026-11-20" }, staffContext(dec1))).toThrow(
      "To date “2026-11-20”: must be after today (2026-11-20).",
    );
    expect(() => decideMoveDay({ ...request, toDate: "2026-12-01" }, staffContext(dec1))).toThrow(
      "To date “2026-12-01”: is the day being moved; choose another day.",
    );
    expect(() => decideMoveDay({ ...request, toDate: "Dec 3" }, staffContext(dec1))).toThrow(
      ScheduleInputError,
    );
  });

  it("refuses a family link", () => {
    expect(() => decideMoveDay(request, familyContext(dec1))).toThrow(BookingRefusedError);
  });
});
