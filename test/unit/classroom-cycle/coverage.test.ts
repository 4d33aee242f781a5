/* Coverage of a classroom cycle: who has not had a conference, who missed it, and the feedback prompt. */
import { cancelCycle } from "../../../src/domain/classroom-cycle/cancel";
import { coverage } from "../../../src/domain/classroom-cycle/coverage";
import { markHeld, moveStudent } from "../../../src/domain/classroom-cycle/edits";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { classOf, PLAN } from "./school";

const plan = { ...PLAN, days: PLAN.days.slice(0, 2), periods: PLAN.periods.slice(0, 1) };
const schedule = proposeCycle(plan, classOf("7A", 10));
const MON = "2026-12-07";
const TUE = "2026-12-08";
const WED = "2026-12-09";

describe("coverage", () => {
  it("lists who has not had a conference and who missed theirs, with the feedback prompt", () => {
    const ran = markHeld(schedule, "7A-02", MON);
    const result = coverage(ran, [
      { studentId: "7A-01", day: MON, result: "held", purpose: "goals" },
      { studentId: "7A-03", day: MON, result: "no-show", purpose: "Feedback on a piece of work" },
      { studentId: "7A-04", day: MON, result: "no-show", purpose: "coaching" },
      { studentId: "7A-05", day: MON, result: "held" },
      { studentId: "7A-06", day: TUE, result: "held" },
      { studentId: "7A-07", day: TUE, result: "held" },
      { studentId: "7A-08", day: TUE, result: "held" },
      { studentId: "7A-09", day: TUE, result: "held" },
    ]);
    expect(result.notYetHad.map((n) => [n.studentId, n.studentName, n.classId, n.why])).toEqual([
      ["7A-03", "Ann Chen", "7A", "missed 2026-12-07 at 10:25"],
      ["7A-04", "Ann Diaz", "7A", "missed 2026-12-07 at 10:35"],
      ["7A-10", "Ann Jones", "7A", "scheduled 2026-12-08 at 10:45"],
    ]);
    expect(result.noShows).toEqual([
      {
        studentId: "7A-03",
        studentName: "Ann Chen",
        classId: "7A",
        day: MON,
        purpose: "Feedback on a piece of work",
        prompt: "Record short video feedback and share it with Ann Chen.",
      },
      { studentId: "7A-04", studentName: "Ann Diaz", classId: "7A", day: MON, purpose: "coaching" },
    ]);
  });

  it("keeps a no-show listed after the student is moved, until a conference is held", () => {
    const roomy = proposeCycle({ ...plan, days: PLAN.days.slice(0, 3) }, classOf("7A", 10));
    const moved = moveStudent(roomy, "7A-03", WED).schedule;
    const outcomes = [
      { studentId: "7A-03", day: MON, result: "no-show" as const, purpose: "feedback" },
    ];
    expect(coverage(moved, outcomes).notYetHad.find((n) => n.studentId === "7A-03")?.why).toBe(
      "missed 2026-12-07, now scheduled 2026-12-09 at 10:05",
    );
    const heldLater = [...outcomes, { studentId: "7A-03", day: WED, result: "held" as const }];
    expect(coverage(moved, heldLater).noShows).toEqual([]);
  });

  it("lists students left unplaced with why, and nobody once all are held", () => {
    const cancelled = cancelCycle(schedule, { day: TUE, time: "08:00" }).schedule;
    const result = coverage(cancelled, [{ studentId: "7A-01", day: MON, result: "held" }]);
    expect(result.notYetHad.map((n) => [n.studentName, n.why])).toEqual([
      ["Ann Baker", "scheduled 2026-12-07 at 10:15"],
      ["Ann Chen", "scheduled 2026-12-07 at 10:25"],
      ["Ann Diaz", "scheduled 2026-12-07 at 10:35"],
      ["Ann Evans", "scheduled 2026-12-07 at 10:45"],
      ["Ann Fox", "not scheduled: the cycle was cancelled from 2026-12-08"],
      ["Ann Garcia", "not scheduled: the cycle was cancelled from 2026-12-08"],
      ["Ann Hill", "not scheduled: the cycle was cancelled from 2026-12-08"],
      ["Ann Ito", "not scheduled: the cycle was cancelled from 2026-12-08"],
      ["Ann Jones", "not scheduled: the cycle was cancelled from 2026-12-08"],
    ]);
    const all = schedule.assignments.map((a) => ({
      studentId: a.studentId,
      day: a.day,
      result: "held" as const,
    }));
    expect(coverage(schedule, all)).toEqual({ notYetHad: [], noShows: [] });
  });
});
