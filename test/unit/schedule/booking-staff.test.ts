/* Cancelling bookings and slots, moving a booking, and recording no-shows and held conferences. */
import {
  decideCancelBooking,
  decideCancelSlot,
  decideHeld,
  decideMove,
  decideNoShow,
} from "../../../src/domain/schedule/booking";
import { eventIdOf } from "../../../src/domain/schedule/ids";
import type { Slot } from "../../../src/domain/schedule/model";
import { refusal } from "./refusals";
import {
  ADA,
  BO,
  bookedSlot,
  DEC1_1PM,
  familyContext,
  NOW,
  plus,
  slot,
  staffContext,
} from "./school";

const cleared = (s: Slot, status: Slot["status"]): Slot => ({
  ...s,
  status,
  studentId: "",
  bookedBy: "",
  bookedAt: "",
  calendarEventId: "",
  remindedAt: "",
});

const zoe = bookedSlot(DEC1_1PM, "S1");
const open = slot(plus(DEC1_1PM, 15));
const yesterday = bookedSlot("2026-11-19T18:00:00.000Z", "S2");

describe("decideCancelBooking", () => {
  it("lets a family cancel its own student's booking: the slot reopens and they are told", () => {
    const decision = decideCancelBooking(
      { slotId: zoe.id, studentId: "S1" },
      familyContext([zoe, open]),
    );
    expect(decision.changes).toEqual([{ before: zoe, after: cleared(zoe, "open") }]);
    expect(decision.notices).toEqual([
      { kind: "cancelled", studentId: "S1", slotId: zoe.id, start: DEC1_1PM, previousStart: "" },
    ]);
    expect(decision.log[0]).toMatchObject({
      actor: "family:tok-mai",
      action: "cancel",
      studentId: "S1",
      detail: `cancelled booking ${zoe.id} (Tue Dec 1 1:00 PM)`,
    });
  });

  it("lets staff cancel any student's booking", () => {
    const mia = bookedSlot(DEC1_1PM, "S3", { hostEmail: BO });
    const decision = decideCancelBooking({ slotId: mia.id, studentId: "S3" }, staffContext([mia]));
    expect(decision.changes[0]?.after.status).toBe("open");
    expect(decision.log[0]?.actor).toBe(ADA);
  });

  it("refuses a family cancelling another family's booking, or a booking that is not there", () => {
    const mia = bookedSlot(plus(DEC1_1PM, 30), "S3");
    expect(
      refusal(() => decideCancelBooking({ slotId: mia.id, studentId: "S3" }, familyContext([mia])))
        .code,
    ).toBe("not-your-student");
    expect(
      refusal(() => decideCancelBooking({ slotId: zoe.id, studentId: "S2" }, familyContext([zoe]))),
    ).toEqual({
      code: "no-booking",
      message: "There is no booking for student “S2” at Tue Dec 1 1:00 PM.",
    });
    expect(
      refusal(() => decideCancelBooking({ slotId: open.id, studentId: "S1" }, staffContext([open])))
        .code,
    ).toBe("no-booking");
  });

  it("refuses cancelling a conference whose time has passed", () => {
    expect(
      refusal(() =>
        decideCancelBooking({ slotId: yesterday.id, studentId: "S2" }, staffContext([yesterday])),
      ).code,
    ).toBe("slot-past");
  });
});

describe("decideCancelSlot", () => {
  it("cancels an open slot with no one to tell", () => {
    const decision = decideCancelSlot({ slotId: open.id, reason: "" }, staffContext([open]));
    expect(decision.changes).toEqual([{ before: open, after: cleared(open, "cancelled") }]);
    expect(decision.notices).toEqual([]);
  });

  it("cancels a booked slot and tells the student's family, logging the reason", () => {
    const decision = decideCancelSlot(
      { slotId: zoe.id, reason: " Staff meeting " },
      staffContext([zoe]),
    );
    expect(decision.changes[0]?.after.status).toBe("cancelled");
    expect(decision.notices).toEqual([
      { kind: "cancelled", studentId: "S1", slotId: zoe.id, start: DEC1_1PM, previousStart: "" },
    ]);
    expect(decision.log[0]).toMatchObject({
      action: "cancel",
      studentId: "S1",
      detail: `cancelled slot ${zoe.id} (Tue Dec 1 1:00 PM): Staff meeting`,
    });
  });

  it("changes nothing for a slot already cancelled, and refuses a family link", () => {
    const gone = slot(DEC1_1PM, { status: "cancelled" });
    expect(decideCancelSlot({ slotId: gone.id, reason: "" }, staffContext([gone]))).toEqual({
      changes: [],
      log: [],
      notices: [],
    });
    expect(
      refusal(() => decideCancelSlot({ slotId: zoe.id, reason: "" }, familyContext([zoe]))).code,
    ).toBe("not-your-student");
  });
});

describe("decideMove", () => {
  it("moves a booking to an open slot: the old reopens, the new carries it, the family is told", () => {
    const decision = decideMove({ slotId: zoe.id, toSlotId: open.id }, staffContext([zoe, open]));
    expect(decision.changes).toEqual([
      { before: zoe, after: cleared(zoe, "open") },
      {
        before: open,
        after: {
          ...open,
          status: "booked",
          studentId: "S1",
          bookedBy: zoe.bookedBy,
          bookedAt: NOW,
          calendarEventId: eventIdOf(open.id, "S1"),
          remindedAt: "",
        },
      },
    ]);
    expect(decision.notices).toEqual([
      {
        kind: "moved",
        studentId: "S1",
        slotId: open.id,
        start: open.start,
        previousStart: DEC1_1PM,
      },
    ]);
    expect(decision.log.map((e) => e.action)).toEqual(["move", "move"]);
  });

  it("allows the original host's slot even when that host is not the advisor", () => {
    const withBo = bookedSlot(DEC1_1PM, "S1", { hostEmail: BO });
    const boLater = slot(plus(DEC1_1PM, 30), { hostEmail: BO });
    const adaLater = slot(plus(DEC1_1PM, 30));
    const ctx = staffContext([withBo, boLater, adaLater]);
    expect(decideMove({ slotId: withBo.id, toSlotId: boLater.id }, ctx).changes).toHaveLength(2);
    expect(decideMove({ slotId: withBo.id, toSlotId: adaLater.id }, ctx).changes).toHaveLength(2);
  });

  it.each([
    ["no-booking", "open-from"],
    ["slot-taken", "taken"],
    ["slot-cancelled", "cancelled"],
    ["slot-past", "past"],
    ["wrong-host", "other-host"],
    ["wrong-round", "other-round"],
    ["slot-missing", "missing"],
  ])("refuses with %s", (code, target) => {
    const targets: Record<string, Slot> = {
      taken: bookedSlot(plus(DEC1_1PM, 30), "S4"),
      cancelled: slot(plus(DEC1_1PM, 45), { status: "cancelled" }),
      past: slot("2026-11-19T19:00:00.000Z"),
      "other-host": slot(plus(DEC1_1PM, 60), { hostEmail: BO }),
      "other-round": slot(plus(DEC1_1PM, 75), { round: "Spring 2027" }),
    };
    const ctx = staffContext([zoe, open, ...Object.values(targets)]);
    const from = target === "open-from" ? open.id : zoe.id;
    const to = targets[target]?.id ?? (target === "missing" ? "S-NOSUCHSLOT" : open.id);
    expect(refusal(() => decideMove({ slotId: from, toSlotId: to }, ctx)).code).toBe(code);
  });
});

describe("decideNoShow and decideHeld", () => {
  it("marks a booked conference that has started as a no-show, and says so", () => {
    const decision = decideNoShow({ slotId: yesterday.id }, staffContext([yesterday]));
    expect(decision.changes).toEqual([
      { before: yesterday, after: { ...yesterday, status: "no-show" } },
    ]);
    expect(decision.notices).toEqual([
      {
        kind: "no-show",
        studentId: "S2",
        slotId: yesterday.id,
        start: yesterday.start,
        previousStart: "",
      },
    ]);
    expect(decision.log[0]?.action).toBe("no-show");
  });

  it("refuses a no-show before the conference's time, and one for an open slot", () => {
    expect(() => decideNoShow({ slotId: zoe.id }, staffContext([zoe]))).toThrow(
      `Slot “${zoe.id} (Tue Dec 1 1:00 PM)”: has not started yet; mark it a no-show once its time has come.`,
    );
    const empty = slot("2026-11-19T19:00:00.000Z");
    expect(refusal(() => decideNoShow({ slotId: empty.id }, staffContext([empty]))).code).toBe(
      "no-booking",
    );
  });

  it("marks a conference held, without a notice, and corrects a no-show", () => {
    const held = decideHeld({ slotId: yesterday.id }, staffContext([yesterday]));
    expect(held.changes[0]?.after.status).toBe("held");
    expect(held.notices).toEqual([]);
    const missed = { ...yesterday, status: "no-show" as const };
    expect(decideHeld({ slotId: missed.id }, staffContext([missed])).changes[0]?.after.status).toBe(
      "held",
    );
    const done = { ...yesterday, status: "held" as const };
    expect(decideHeld({ slotId: done.id }, staffContext([done])).changes).toEqual([]);
  });
});
