/* Extra conference requests: one open request a student, an offered time checked like a move, or office hours. */
import {
  describeExtraRequest,
  offerExtraTime,
  pointToOfficeHours,
  requestExtra,
} from "../../../src/domain/classroom-cycle/extra-requests";
import { proposeCycle } from "../../../src/domain/classroom-cycle/propose";
import { classOf, PLAN } from "./school";

const schedule = proposeCycle({ ...PLAN, periods: PLAN.periods.slice(0, 1) }, classOf("7A"));
const ann = {
  studentId: "7A-01",
  studentName: "Ann Abbott",
  classId: "7A",
  askedAt: "2026-12-08T09:00:00Z",
};
const SPARE = "2026-12-15";

describe("extra conference requests", () => {
  it("adds a request to the teacher's list and refuses a second while it is open", () => {
    const list = requestExtra([], { ...ann, note: " My lab report " });
    expect(list).toEqual([{ ...ann, note: "My lab report", state: "open" }]);
    expect(list.map(describeExtraRequest)).toEqual([
      "Ann Abbott: asked 2026-12-08 (“My lab report”)",
    ]);
    expect(() => requestExtra(list, { ...ann, askedAt: "2026-12-09T09:00:00Z" })).toThrow(
      "Ann Abbott already asked for an extra conference on 2026-12-08, and it is still open.",
    );
  });

  it("offers a free time: the extra conference joins the schedule and the student is told", () => {
    const list = requestExtra([], ann);
    const { requests, change } = offerExtraTime(list, schedule, "7A-01", {
      day: SPARE,
      time: "10:25",
    });
    const offered = { day: SPARE, start: "10:25", end: "10:35" };
    expect(requests).toEqual([{ ...ann, note: "", state: "offered", offered }]);
    expect(change.notices).toEqual([
      {
        studentId: "7A-01",
        studentName: "Ann Abbott",
        classId: "7A",
        before: "not yet scheduled",
        after: offered,
      },
    ]);
    const extras = change.schedule.assignments.filter((a) => a.studentId === "7A-01");
    expect(extras.map((a) => [a.day, a.start, a.extra])).toEqual([
      ["2026-12-07", "10:05", false],
      [SPARE, "10:25", true],
    ]);
    expect(requests.map(describeExtraRequest)).toEqual(["Ann Abbott: offered 2026-12-15 at 10:25"]);
    expect(requestExtra(requests, { ...ann, askedAt: "2026-12-16T09:00:00Z" })).toHaveLength(2);
  });

  it("refuses a taken or full place, naming who holds it", () => {
    const list = requestExtra([], ann);
    expect(() =>
      offerExtraTime(list, schedule, "7A-01", { day: "2026-12-14", time: "10:15" }),
    ).toThrow(
      "2026-12-14 at 10:15 is taken by Ann Young (10:15–10:25), so no time was offered to Ann Abbott.",
    );
    expect(() => offerExtraTime(list, schedule, "7A-01", { day: "2026-12-08" })).toThrow(
      "2026-12-08 is full for 7A: 5 students already (Ann Diaz, Ann Evans, Ann Fox, Ann Garcia, Ann Hill), so no time was offered to Ann Abbott.",
    );
  });

  it("points a student to office hours, closing the request", () => {
    const list = pointToOfficeHours(requestExtra([], ann), "7A-01");
    expect(list[0]?.state).toBe("office-hours");
    expect(() => pointToOfficeHours(list, "7A-01")).toThrow(
      "Ann Abbott has no open request for an extra conference.",
    );
    expect(() => offerExtraTime(list, schedule, "7A-02", { day: SPARE })).toThrow(
      "Student 7A-02 has no open request for an extra conference.",
    );
  });
});
