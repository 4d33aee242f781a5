/* The teacher's edits to a classroom cycle: swaps, moves and held marks, and their refusals. */
import { markHeld, moveStudent, swapStudents } from "../../../src/domain/classroom-cycle/edits";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { PLAN, STUDENTS } from "./school";

const schedule = proposeCycle(PLAN, STUDENTS);
const placeOf = (s: typeof schedule, id: string) => {
  const a = s.assignments.find((x) => x.studentId === id);
  return a && [a.day, a.start, a.end];
};
const MON = "2026-12-07";
const TUE = "2026-12-08";
/** A day of the plan that the proposal leaves empty. */
const SPARE = "2026-12-15";

describe("swapStudents", () => {
  it("swaps two students' places and tells both", () => {
    const change = swapStudents(schedule, "7A-01", "7A-04");
    expect(placeOf(change.schedule, "7A-01")).toEqual([TUE, "10:05", "10:15"]);
    expect(placeOf(change.schedule, "7A-04")).toEqual([MON, "10:05", "10:15"]);
    expect(change.notices).toEqual([
      {
        studentId: "7A-01",
        studentName: "Ann Abbott",
        classId: "7A",
        before: { day: MON, start: "10:05", end: "10:15" },
        after: { day: TUE, start: "10:05", end: "10:15" },
      },
      {
        studentId: "7A-04",
        studentName: "Ann Diaz",
        classId: "7A",
        before: { day: TUE, start: "10:05", end: "10:15" },
        after: { day: MON, start: "10:05", end: "10:15" },
      },
    ]);
    expect(change.schedule.assignments).toHaveLength(56);
  });

  it("refuses students of two classes, a held conference and an unknown student", () => {
    expect(() => swapStudents(schedule, "7A-01", "7B-01")).toThrow(
      "Ann Abbott is in 7A and Ben Abbott in 7B, so Ann Abbott and Ben Abbott were not swapped; move each instead.",
    );
    expect(() => swapStudents(markHeld(schedule, "7A-01", MON), "7A-01", "7A-04")).toThrow(
      "Ann Abbott's conference on 2026-12-07 at 10:05 was held, so Ann Abbott and Ann Diaz were not swapped.",
    );
    expect(() => swapStudents(schedule, "7A-01", "9Z-99")).toThrow(
      "Student 9Z-99 is not in this cycle.",
    );
  });
});

describe("moveStudent", () => {
  it("moves to the earliest free time of a day with room, and tells the student", () => {
    const change = moveStudent(schedule, "7A-01", SPARE);
    expect(placeOf(change.schedule, "7A-01")).toEqual([SPARE, "10:05", "10:15"]);
    expect(change.notices).toEqual([
      {
        studentId: "7A-01",
        studentName: "Ann Abbott",
        classId: "7A",
        before: { day: MON, start: "10:05", end: "10:15" },
        after: { day: SPARE, start: "10:05", end: "10:15" },
      },
    ]);
  });

  it("moves to a given free time, even off the usual steps, within the period", () => {
    const change = moveStudent(schedule, "7A-01", SPARE, "10:42");
    expect(placeOf(change.schedule, "7A-01")).toEqual([SPARE, "10:42", "10:52"]);
    expect(() => moveStudent(change.schedule, "7A-02", SPARE, "10:35")).toThrow(
      "2026-12-15 at 10:35 is taken by Ann Abbott (10:42–10:52), so Ann Baker was not moved.",
    );
  });

  it("moves within the same day, and changes nothing when the place is the same", () => {
    const lastOfMonday = moveStudent(schedule, "7A-01", MON, "10:05");
    expect(lastOfMonday).toEqual({ schedule, notices: [] });
  });

  it("refuses a full day, naming who is on it", () => {
    expect(() => moveStudent(schedule, "7A-01", TUE, "10:05")).toThrow(
      "2026-12-08 is full for 7A: 5 students already (Ann Diaz, Ann Evans, Ann Fox, Ann Garcia, Ann Hill), so Ann Abbott was not moved.",
    );
  });

  it("refuses a time outside the period, a taken time, a cancelled or unknown day, and the past", () => {
    const roomy = moveStudent(schedule, "7A-02", SPARE).schedule;
    expect(() => moveStudent(roomy, "7A-01", MON, "11:00")).toThrow(
      "11:00–11:10 is outside 7A's period 10:05–10:55, so Ann Abbott was not moved.",
    );
    expect(() => moveStudent(roomy, "7A-01", MON, "10:00")).toThrow(
      "10:00–10:10 is outside 7A's period 10:05–10:55, so Ann Abbott was not moved.",
    );
    expect(() => moveStudent(roomy, "7A-03", MON, "10:30")).toThrow(
      "2026-12-07 at 10:30 is taken by Ann Brown (10:35–10:45), so Ann Chen was not moved.",
    );
    expect(() => moveStudent(roomy, "7A-03", MON, "ten")).toThrow(
      "“ten” is not a clock time (HH:MM), so Ann Chen was not moved.",
    );
    expect(() => moveStudent(roomy, "7A-03", "2026-12-12")).toThrow(
      "2026-12-12 is not one of the cycle's days, so Ann Chen was not moved.",
    );
    expect(() => moveStudent({ ...roomy, cancelledDays: [SPARE] }, "7A-03", SPARE)).toThrow(
      "2026-12-15 is cancelled, so Ann Chen was not moved.",
    );
    expect(() =>
      moveStudent(schedule, "7A-03", SPARE, "10:05", { day: SPARE, time: "10:30" }),
    ).toThrow(
      "2026-12-15 at 10:05 is already past (now 2026-12-15 10:30), so Ann Chen was not moved.",
    );
  });

  it("never moves a held conference", () => {
    const held = markHeld(schedule, "7A-01", MON);
    expect(() => moveStudent(held, "7A-01", SPARE)).toThrow(
      "Ann Abbott's conference on 2026-12-07 at 10:05 was held, so Ann Abbott was not moved.",
    );
  });

  it("places a student the plan could not hold", () => {
    const short = proposeCycle({ ...PLAN, days: PLAN.days.slice(0, 5) }, STUDENTS);
    expect(() => moveStudent(short, "7A-24", MON)).toThrow(
      "2026-12-07 is full for 7A: 5 students already (Ann Abbott, Ann Adler, Ann Baker, Ann Brown, Ann Chen), so Ann Xu was not placed.",
    );
    const change = moveStudent({ ...short, plan: PLAN }, "7A-24", SPARE);
    expect(placeOf(change.schedule, "7A-24")).toEqual([SPARE, "10:05", "10:15"]);
    expect(change.schedule.unplaced.map((u) => u.studentId)).toEqual([
      "7A-25",
      "7A-26",
      "7B-24",
      "7B-25",
      "7B-26",
    ]);
    expect(change.notices).toEqual([
      {
        studentId: "7A-24",
        studentName: "Ann Xu",
        classId: "7A",
        before: "not yet scheduled",
        after: { day: SPARE, start: "10:05", end: "10:15" },
      },
    ]);
  });
});

describe("markHeld", () => {
  it("marks a conference held once, and refuses a day without one", () => {
    const held = markHeld(schedule, "7A-01", MON);
    expect(held.assignments.find((a) => a.studentId === "7A-01")?.status).toBe("held");
    expect(markHeld(held, "7A-01", MON)).toBe(held);
    expect(() => markHeld(schedule, "7A-01", TUE)).toThrow(
      "Ann Abbott has no conference on 2026-12-08 to mark held.",
    );
  });
});
