/* Which update a family gets for each state of the student's conference. */
import {
  chooseUpdate,
  conferenceStateOf,
  countByKind,
  withHeldInDoc,
} from "../../../src/domain/guardian-updates/update-kind";
import type { Slot, SlotStatus } from "../../../src/domain/schedule/model";

function slot(
  id: string,
  status: SlotStatus,
  start: string,
  kind: Slot["kind"] = "conference",
): Slot {
  return {
    id,
    round: "Fall",
    kind,
    hostEmail: "ana@school.test",
    start,
    minutes: 15,
    location: "",
    studentId: status === "open" ? "" : "S1",
    bookedBy: "",
    bookedAt: "",
    status,
    calendarEventId: "",
    remindedAt: "",
  };
}

describe("conferenceStateOf", () => {
  it("is not booked with no slot, an open one or only a cancelled one", () => {
    expect(conferenceStateOf([], "S1")).toEqual({ kind: "not-booked" });
    expect(conferenceStateOf([slot("a", "cancelled", "2026-12-01T13:00:00.000Z")], "S1")).toEqual({
      kind: "not-booked",
    });
  });

  it("is booked at the earliest booked conference time; office hours do not count", () => {
    const slots = [
      slot("o", "booked", "2026-11-01T13:00:00.000Z", "office-hours"),
      slot("b", "booked", "2026-12-02T13:00:00.000Z"),
      slot("a", "booked", "2026-12-01T13:00:00.000Z"),
    ];
    expect(conferenceStateOf(slots, "S1")).toEqual({
      kind: "booked",
      start: "2026-12-01T13:00:00.000Z",
      minutes: 15,
    });
    expect(conferenceStateOf(slots, "S2")).toEqual({ kind: "not-booked" });
  });

  it("is held once any conference is marked held, missed after a no-show", () => {
    expect(
      conferenceStateOf(
        [
          slot("a", "held", "2026-12-01T13:00:00.000Z"),
          slot("b", "booked", "2026-12-03T13:00:00.000Z"),
        ],
        "S1",
      ),
    ).toEqual({ kind: "held" });
    expect(conferenceStateOf([slot("a", "no-show", "2026-12-01T13:00:00.000Z")], "S1")).toEqual({
      kind: "missed",
    });
  });
});

describe("chooseUpdate", () => {
  it("sends 'we met, here is the plan' only when held and the plan is written", () => {
    expect(chooseUpdate({ kind: "held" }, true)).toEqual({ kind: "met" });
    expect(chooseUpdate({ kind: "held" }, false)).toEqual({
      kind: "none",
      reason: expect.stringContaining("Post-Conference Plan is not written"),
    });
  });

  it("never says they met before the conference, whatever the plan says", () => {
    const booked = { kind: "booked", start: "2026-12-01T13:00:00.000Z", minutes: 15 } as const;
    expect(chooseUpdate(booked, true)).toEqual({ kind: "booked" });
    expect(chooseUpdate(booked, false)).toEqual({ kind: "booked" });
    expect(chooseUpdate({ kind: "not-booked" }, true)).toEqual({ kind: "invite" });
    expect(chooseUpdate({ kind: "not-booked" }, false)).toEqual({ kind: "invite" });
    expect(chooseUpdate({ kind: "missed" }, true)).toEqual({
      kind: "none",
      reason: expect.stringContaining("missed"),
    });
  });
});

describe("countByKind", () => {
  it("counts the drafts of each kind in words", () => {
    expect(countByKind(["met", "invite", "met", "booked"])).toBe(
      "2 plans after the conference, 1 note of the booked time, 1 invitation to book",
    );
    expect(countByKind([])).toBe("no drafts");
  });
});

describe("withHeldInDoc", () => {
  it("counts a conference marked held in the doc as held, else keeps the schedule's state", () => {
    expect(withHeldInDoc({ kind: "not-booked" }, true)).toEqual({ kind: "held" });
    expect(withHeldInDoc({ kind: "not-booked" }, false)).toEqual({ kind: "not-booked" });
  });
});
