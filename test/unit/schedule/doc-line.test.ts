import type { SlotChange } from "../../../src/domain/schedule/decision";
import { conferenceLines } from "../../../src/domain/schedule/doc-line";
import type { Slot } from "../../../src/domain/schedule/model";

const slot = (id: string, start: string, studentId: string, status: Slot["status"]): Slot => ({
  id,
  round: "Fall",
  kind: "conference",
  hostEmail: "advisor@school.test",
  start,
  minutes: 15,
  location: "Room 12",
  studentId,
  bookedBy: studentId ? "parent@family.test" : "",
  bookedAt: "",
  status,
  calendarEventId: "",
  remindedAt: "",
});

const context = { now: "2026-11-23T14:00:00.000Z", timeZone: "America/New_York", locale: "en" };

describe("the Conference line in a student's doc", () => {
  it("names the new time and place of a booking that moved", () => {
    const old = slot("S-a", "2026-12-01T18:00:00.000Z", "6001", "booked");
    const next = slot("S-b", "2026-12-01T18:15:00.000Z", "6001", "booked");
    const changes: SlotChange[] = [
      { before: old, after: { ...old, studentId: "", status: "open" } },
      { before: { ...next, studentId: "", status: "open" }, after: next },
    ];
    const lines = conferenceLines(changes, [{ ...old, status: "open" }, next], context);
    expect(lines).toEqual(
      new Map([["6001", "Conference: Tuesday, December 1, 2026, 1:15 – 1:30 PM · Room 12"]]),
    );
  });

  it("says not scheduled when the only booking is cancelled", () => {
    const old = slot("S-a", "2026-12-01T18:00:00.000Z", "6001", "booked");
    const cancelled = { ...old, studentId: "", status: "cancelled" as const };
    const lines = conferenceLines([{ before: old, after: cancelled }], [cancelled], context);
    expect(lines.get("6001")).toBe("Conference: not scheduled yet");
  });

  it("keeps another upcoming booking when one of two office hours is cancelled", () => {
    const first = slot("S-a", "2026-12-01T18:00:00.000Z", "6001", "booked");
    const second = slot("S-b", "2026-12-08T18:00:00.000Z", "6001", "booked");
    const reopened = { ...first, studentId: "", status: "open" as const };
    const lines = conferenceLines(
      [{ before: first, after: reopened }],
      [reopened, second],
      context,
    );
    expect(lines.get("6001")).toMatch(/^Conference: Tuesday, December 8, 2026/);
  });

  it("leaves students alone when nothing about their booking changed", () => {
    const booked = slot("S-a", "2026-12-01T18:00:00.000Z", "6001", "booked");
    const reminded = { ...booked, remindedAt: "2026-11-30T12:00:00.000Z" };
    expect(conferenceLines([{ before: booked, after: reminded }], [reminded], context).size).toBe(
      0,
    );
  });
});
