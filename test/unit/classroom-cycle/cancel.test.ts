/* Cancelling in a classroom cycle: a day, a student, the rest of the cycle, and who is told what. */
import { cancelCycle, cancelDay, cancelStudent } from "../../../src/domain/classroom-cycle/cancel";
import { markHeld, moveStudent } from "../../../src/domain/classroom-cycle/edits";
import type { CycleSchedule } from "../../../src/domain/classroom-cycle/model";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { classOf, NOW, PLAN, STUDENTS } from "./school";

const oneClass = proposeCycle({ ...PLAN, periods: PLAN.periods.slice(0, 1) }, classOf("7A"));
const MON = "2026-12-07";
const DRILL = { day: MON, time: "10:20" };
const place = (day: string, start: string, end: string) => ({ day, start, end });
const on = (schedule: CycleSchedule, day: string, classId = "7A") =>
  schedule.assignments
    .filter((a) => a.day === day && a.classId === classId)
    .map((a) => `${a.start} ${a.studentName}${a.status === "held" ? " (held)" : ""}`);

describe("cancelDay", () => {
  it("reschedules all 5 of a fire drill's students into the next free places, and returns 5 notices", () => {
    const change = cancelDay(oneClass, MON, DRILL);
    expect(on(change.schedule, MON)).toEqual([]);
    expect(change.schedule.cancelledDays).toEqual([MON]);
    expect(on(change.schedule, "2026-12-14")).toEqual([
      "10:05 Ann Xu",
      "10:15 Ann Young",
      "10:25 Ann Zhou",
      "10:35 Ann Abbott",
      "10:45 Ann Adler",
    ]);
    expect(on(change.schedule, "2026-12-15")).toEqual([
      "10:05 Ann Baker",
      "10:15 Ann Brown",
      "10:25 Ann Chen",
    ]);
    expect(change.notices).toEqual([
      {
        studentId: "7A-01",
        studentName: "Ann Abbott",
        classId: "7A",
        before: place(MON, "10:05", "10:15"),
        after: place("2026-12-14", "10:35", "10:45"),
      },
      {
        studentId: "7A-27",
        studentName: "Ann Adler",
        classId: "7A",
        before: place(MON, "10:15", "10:25"),
        after: place("2026-12-14", "10:45", "10:55"),
      },
      {
        studentId: "7A-02",
        studentName: "Ann Baker",
        classId: "7A",
        before: place(MON, "10:25", "10:35"),
        after: place("2026-12-15", "10:05", "10:15"),
      },
      {
        studentId: "7A-28",
        studentName: "Ann Brown",
        classId: "7A",
        before: place(MON, "10:35", "10:45"),
        after: place("2026-12-15", "10:15", "10:25"),
      },
      {
        studentId: "7A-03",
        studentName: "Ann Chen",
        classId: "7A",
        before: place(MON, "10:45", "10:55"),
        after: place("2026-12-15", "10:25", "10:35"),
      },
    ]);
    expect(change.schedule.assignments).toHaveLength(28);
  });

  it("gives the same change whatever order the schedule lists its conferences in", () => {
    const reordered = { ...oneClass, assignments: [...oneClass.assignments].reverse() };
    expect(cancelDay(reordered, MON, DRILL)).toEqual(cancelDay(oneClass, MON, DRILL));
  });

  it("never moves a held conference", () => {
    const held = markHeld(oneClass, "7A-01", MON);
    const change = cancelDay(held, MON, DRILL);
    expect(on(change.schedule, MON)).toEqual(["10:05 Ann Abbott (held)"]);
    expect(change.notices.map((n) => n.studentName)).toEqual([
      "Ann Adler",
      "Ann Baker",
      "Ann Brown",
      "Ann Chen",
    ]);
  });

  it("cancels both classes' periods, and never places anyone today or before now", () => {
    const both = proposeCycle(PLAN, STUDENTS);
    const change = cancelDay(both, "2026-12-08", { day: MON, time: "08:00" });
    expect(change.notices).toHaveLength(10);
    expect(
      change.notices.every(
        (n) => n.after !== "cancelled, not yet rescheduled" && n.after.day > MON,
      ),
    ).toBe(true);
    expect(on(change.schedule, "2026-12-14", "7B")).toHaveLength(5);
    const roomToday = moveStudent(both, "7A-01", "2026-12-16").schedule;
    const later = cancelDay(roomToday, "2026-12-08", { day: MON, time: "08:00" });
    expect(on(later.schedule, MON)).toHaveLength(4);
  });

  it("lists the students no free place is left for as unplaced, telling them it is cancelled", () => {
    const tight = proposeCycle({ ...PLAN, days: PLAN.days.slice(0, 6) }, STUDENTS);
    const change = cancelDay(tight, MON, DRILL);
    const unplaced = change.notices.filter((n) => n.after === "cancelled, not yet rescheduled");
    expect(unplaced.map((n) => n.studentName)).toEqual([
      "Ann Baker",
      "Ann Brown",
      "Ann Chen",
      "Ben Baker",
      "Ben Brown",
      "Ben Chen",
    ]);
    expect(change.schedule.unplaced[0]).toEqual({
      studentId: "7A-02",
      studentName: "Ann Baker",
      classId: "7A",
      reason: "no free place is left in 7A's period on the cycle's days after 2026-12-07",
    });
    expect(change.schedule.assignments).toHaveLength(50);
  });

  it("refuses a day not in the cycle, a cancelled day and a past day", () => {
    const cancelled = cancelDay(oneClass, MON, DRILL).schedule;
    expect(() => cancelDay(cancelled, MON, DRILL)).toThrow(
      "2026-12-07 is already cancelled, so nothing was cancelled.",
    );
    expect(() => cancelDay(oneClass, "2026-12-12", DRILL)).toThrow(
      "2026-12-12 is not one of the cycle's days, so nothing was cancelled.",
    );
    expect(() => cancelDay(oneClass, MON, { day: "2026-12-08", time: "08:00" })).toThrow(
      "2026-12-07 is past (today is 2026-12-08), so nothing was cancelled.",
    );
  });
});

describe("cancelStudent", () => {
  it("drops one conference and puts the student in the next free place of another day", () => {
    const change = cancelStudent(oneClass, "7A-01", NOW);
    expect(change.notices).toEqual([
      {
        studentId: "7A-01",
        studentName: "Ann Abbott",
        classId: "7A",
        before: place(MON, "10:05", "10:15"),
        after: place("2026-12-14", "10:35", "10:45"),
      },
    ]);
    expect(on(change.schedule, MON)).toHaveLength(4);
  });

  it("never puts the student back on the day cancelled for them", () => {
    const lastDay = cancelStudent(oneClass, "7A-25", NOW);
    expect(lastDay.notices[0]?.after).toEqual(place("2026-12-15", "10:05", "10:15"));
  });

  it("refuses a held conference", () => {
    expect(() => cancelStudent(markHeld(oneClass, "7A-01", MON), "7A-01", DRILL)).toThrow(
      "Ann Abbott's conference on 2026-12-07 at 10:05 was held, so it was not cancelled.",
    );
  });
});

describe("cancelCycle", () => {
  const WED = { day: "2026-12-09", time: "12:00" };

  it("unschedules everyone not yet held from today, telling each of them", () => {
    const held = markHeld(oneClass, "7A-11", "2026-12-09");
    const change = cancelCycle(held, WED);
    expect(change.notices).toHaveLength(17);
    expect(change.notices.every((n) => n.after === "cancelled, not yet rescheduled")).toBe(true);
    expect(on(change.schedule, "2026-12-09")).toEqual(["10:25 Ann Khan (held)"]);
    expect(change.schedule.assignments).toHaveLength(11);
    expect(change.schedule.unplaced).toHaveLength(17);
    expect(change.schedule.unplaced[0]?.reason).toBe("the cycle was cancelled from 2026-12-09");
    expect(change.schedule.cancelledDays).toEqual(PLAN.days.slice(2));
  });

  it("cancels from a later day, and reschedules into replacement days until they are full", () => {
    const change = cancelCycle(oneClass, NOW, {
      from: "2026-12-10",
      replacementDays: ["2027-01-05", "2027-01-04"],
    });
    expect(change.notices).toHaveLength(13);
    expect(on(change.schedule, "2027-01-04")).toHaveLength(5);
    expect(on(change.schedule, "2027-01-05")).toHaveLength(5);
    expect(change.schedule.unplaced.map((u) => [u.studentName, u.reason])).toEqual([
      ["Ann Xu", "the replacement days (2027-01-04, 2027-01-05) are full for 7A"],
      ["Ann Young", "the replacement days (2027-01-04, 2027-01-05) are full for 7A"],
      ["Ann Zhou", "the replacement days (2027-01-04, 2027-01-05) are full for 7A"],
    ]);
    expect(change.schedule.plan.days.slice(-2)).toEqual(["2027-01-04", "2027-01-05"]);
    expect(on(change.schedule, "2026-12-09")).toHaveLength(5);
  });

  it("refuses a bad start or replacement day", () => {
    expect(() => cancelCycle(oneClass, WED, { from: "2026-12-08" })).toThrow(
      "From “2026-12-08” is not today or a later day (today is 2026-12-09), so nothing was cancelled.",
    );
    expect(() => cancelCycle(oneClass, WED, { replacementDays: ["2026-12-09"] })).toThrow(
      "Replacement day “2026-12-09” is not after today (2026-12-09), so nothing was cancelled.",
    );
    expect(() =>
      cancelCycle(oneClass, WED, { replacementDays: ["2027-01-04", "2027-01-04"] }),
    ).toThrow("Replacement day “2027-01-04” is given twice, so nothing was cancelled.");
    expect(() =>
      cancelCycle(oneClass, NOW, { from: "2026-12-10", replacementDays: [MON] }),
    ).toThrow(
      "Replacement day “2026-12-07” is already one of the cycle's days, so nothing was cancelled.",
    );
  });
});
