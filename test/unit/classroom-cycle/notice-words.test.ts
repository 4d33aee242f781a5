/* What a student of the classroom cycle reads about their conference, and its calendar instants. */
import type { Assignment, CycleNotice } from "../../../src/domain/classroom-cycle/model";
import {
  classroomConferenceLine,
  noticeText,
  placeInstants,
} from "../../../src/domain/classroom-cycle/notice-words";

const MON = { day: "2026-12-07", start: "10:05", end: "10:15" };
const NEXT = { day: "2026-12-14", start: "13:35", end: "13:45" };
const ann = { studentId: "7A-01", studentName: "Ann Abbott", classId: "7A" };
const notice = (before: CycleNotice["before"], after: CycleNotice["after"]): CycleNotice => ({
  ...ann,
  before,
  after,
});

describe("classroom notice words", () => {
  it("tells a student their conference moved, was cancelled, or is set", () => {
    expect(noticeText(notice(MON, NEXT), "en")).toBe(
      "Your conference on Monday, December 7, 2026, 10:05 – 10:15 AM has moved to Monday, December 14, 2026, 1:35 – 1:45 PM.",
    );
    expect(noticeText(notice(MON, "cancelled, not yet rescheduled"), "en")).toBe(
      "Your conference on Monday, December 7, 2026, 10:05 – 10:15 AM is cancelled. Your teacher will give you a new time.",
    );
    expect(noticeText(notice("not yet scheduled", NEXT), "en")).toBe(
      "Your conference is on Monday, December 14, 2026, 1:35 – 1:45 PM.",
    );
  });

  it("writes the doc's Conference line with the objective, or not scheduled yet", () => {
    const assignment: Assignment = {
      ...ann,
      ...MON,
      status: "planned",
      extra: false,
      objective: "Lab report conclusion",
    };
    expect(classroomConferenceLine(assignment, "en")).toBe(
      "Conference: Monday, December 7, 2026, 10:05 – 10:15 AM · We will work on: Lab report conclusion",
    );
    expect(classroomConferenceLine(undefined, "en")).toBe("Conference: not scheduled yet");
  });

  it("gives the calendar's instants in the school's time zone", () => {
    expect(placeInstants(MON, "America/New_York")).toEqual({
      start: "2026-12-07T15:05:00.000Z",
      end: "2026-12-07T15:15:00.000Z",
    });
  });
});
