/* Proposing a classroom cycle: everyone reached in the fewest days, helpers first, deterministic. */
import { ClassroomRefusedError } from "../../../src/domain/classroom-cycle/errors";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { ANN, classOf, PLAN, STUDENTS } from "./school";

describe("proposeCycle", () => {
  it("reaches all 56 students of two classes of 28 at 5 a day in 6 days", () => {
    const schedule = proposeCycle(PLAN, STUDENTS);
    expect(schedule.assignments).toHaveLength(56);
    expect(schedule.unplaced).toEqual([]);
    expect(new Set(schedule.assignments.map((a) => a.studentId)).size).toBe(56);
    expect([...new Set(schedule.assignments.map((a) => a.day))]).toEqual(PLAN.days.slice(0, 6));
    for (const day of PLAN.days.slice(0, 5)) {
      for (const classId of ["7A", "7B"]) {
        const ofDay = schedule.assignments.filter((a) => a.day === day && a.classId === classId);
        expect(ofDay).toHaveLength(5);
      }
    }
    expect(schedule.assignments.filter((a) => a.day === "2026-12-14")).toHaveLength(6);
  });

  it("gives consecutive times from the start of each class's period", () => {
    const schedule = proposeCycle(PLAN, STUDENTS);
    const monday7A = schedule.assignments.filter(
      (a) => a.day === "2026-12-07" && a.classId === "7A",
    );
    expect(monday7A.map((a) => [a.studentName, a.start, a.end])).toEqual([
      ["Ann Abbott", "10:05", "10:15"],
      ["Ann Adler", "10:15", "10:25"],
      ["Ann Baker", "10:25", "10:35"],
      ["Ann Brown", "10:35", "10:45"],
      ["Ann Chen", "10:45", "10:55"],
    ]);
    const monday7B = schedule.assignments.filter(
      (a) => a.day === "2026-12-07" && a.classId === "7B",
    );
    expect(monday7B.map((a) => a.start)).toEqual(["13:00", "13:10", "13:20", "13:30", "13:40"]);
    expect(schedule.assignments[0]).toEqual({
      studentId: "7A-01",
      studentName: "Ann Abbott",
      classId: "7A",
      day: "2026-12-07",
      start: "10:05",
      end: "10:15",
      status: "planned",
      extra: false,
    });
  });

  it("puts students who asked for help first, then the others in their order", () => {
    const students = classOf("7A").map((s) =>
      ["Zhou", "Moore"].includes(s.order)
        ? { ...s, askedForHelp: true, objective: "Essay draft" }
        : s,
    );
    const schedule = proposeCycle({ ...PLAN, periods: PLAN.periods.slice(0, 1) }, students);
    expect(
      schedule.assignments.slice(0, 3).map((a) => [a.studentName, a.start, a.objective]),
    ).toEqual([
      ["Ann Moore", "10:05", "Essay draft"],
      ["Ann Zhou", "10:15", "Essay draft"],
      ["Ann Abbott", "10:25", undefined],
    ]);
  });

  it("gives the same schedule whatever order the students come in", () => {
    const reversed = [...STUDENTS].reverse();
    const shuffled = STUDENTS.filter((_, i) => i % 2 === 0).concat(
      STUDENTS.filter((_, i) => i % 2),
    );
    const schedule = proposeCycle(PLAN, STUDENTS);
    expect(proposeCycle(PLAN, reversed)).toEqual(schedule);
    expect(proposeCycle(PLAN, shuffled)).toEqual(schedule);
  });

  it("lists the students the plan's days cannot hold as unplaced, with why", () => {
    const schedule = proposeCycle({ ...PLAN, days: PLAN.days.slice(0, 5) }, STUDENTS);
    expect(schedule.assignments).toHaveLength(50);
    expect(schedule.unplaced.map((u) => u.studentName)).toEqual([
      "Ann Xu",
      "Ann Young",
      "Ann Zhou",
      "Ben Xu",
      "Ben Young",
      "Ben Zhou",
    ]);
    expect(schedule.unplaced[0]).toEqual({
      studentId: "7A-24",
      studentName: "Ann Xu",
      classId: "7A",
      reason: "the plan's 5 days hold 25 of 7A's 28 students",
    });
  });

  it("refuses a student listed twice or in a class without a period", () => {
    expect(() => proposeCycle(PLAN, [ANN, ANN])).toThrow(
      new ClassroomRefusedError(
        "Student 7A-01 (Ann Abbott) is listed twice, so no schedule was proposed.",
      ),
    );
    expect(() => proposeCycle(PLAN, [{ ...ANN, classId: "8C" }])).toThrow(
      "Ann Abbott's class 8C has no period in the plan, so no schedule was proposed.",
    );
  });
});
