/* Reading a classroom cycle's plan: good forms give a plan, and each bad field is named and why. */
import {
  describePlanProblem,
  type PlanForm,
  parsePlanForm,
} from "../../../src/domain/classroom-cycle/plan-form";

const TODAY = "2026-12-04";
const SIZES = { "7A": 28, "7B": 28 };
const PERIODS = [
  { classId: "7A", start: "10:05", end: "10:55" },
  { classId: "7B", start: "13:00", end: "13:50" },
];
const form = (overrides: PlanForm = {}): PlanForm => ({
  from: "2026-12-07",
  to: "2026-12-18",
  weekdays: [1, 2, 3, 4, 5],
  periods: PERIODS,
  perDay: 5,
  minutes: 10,
  ...overrides,
});

const messages = (input: unknown, sizes: Record<string, number> = SIZES) => {
  const reading = parsePlanForm(input, sizes, TODAY);
  return reading.ok ? [] : reading.problems.map(describePlanProblem);
};

describe("parsePlanForm", () => {
  it("reads a date range and weekdays as the school days in it", () => {
    const reading = parsePlanForm(form({ weekdays: "1,3,5" }), SIZES, TODAY);
    expect(reading).toEqual({
      ok: true,
      plan: {
        days: ["2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18"],
        periods: PERIODS,
        perDay: 5,
        minutes: 10,
      },
    });
  });

  it("reads a list of days, sorted, and writes clock times as HH:MM", () => {
    const reading = parsePlanForm(
      form({
        from: "",
        to: "",
        days: "2026-12-15, 2026-12-07 2026-12-08;2026-12-09,2026-12-10,2026-12-11",
        periods: [
          { classId: "7A", start: "9:05", end: "9:55" },
          { classId: "7B", start: "13:00", end: "13:50" },
        ],
      }),
      SIZES,
      TODAY,
    );
    expect(reading.ok && reading.plan.days).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-15",
    ]);
    expect(reading.ok && reading.plan.periods[0]).toEqual({
      classId: "7A",
      start: "09:05",
      end: "09:55",
    });
  });

  it("says how many days are missing to reach every student", () => {
    expect(messages(form({ to: "2026-12-10" }))).toEqual([
      "Conference days “2026-12-07 … 2026-12-10”: give 4 days; 28 students of 7A at 5 a day need 6, so 2 days are missing.",
    ]);
    expect(messages(form({ to: "2026-12-11" }))).toEqual([
      "Conference days “2026-12-07 … 2026-12-11”: give 5 days; 28 students of 7A at 5 a day need 6, so 1 day is missing.",
    ]);
  });

  it("refuses past, duplicate and unreal days", () => {
    expect(
      messages(
        form({
          from: undefined,
          to: undefined,
          days: ["2026-12-03", "2026-12-07", "2026-12-07", "2026-02-30", "Monday"],
        }),
      ),
    ).toEqual([
      "Conference days “2026-12-03”: is in the past (today is 2026-12-04).",
      "Conference days “2026-12-07”: is given twice.",
      "Conference days “2026-02-30”: is not a real date.",
      "Conference days “Monday”: is not a date (YYYY-MM-DD).",
    ]);
  });

  it("refuses more than 60 days", () => {
    expect(messages(form({ to: "2027-03-31" }))).toEqual([
      "Conference days “2026-12-07 … 2027-03-01”: gives more than 60 days; a cycle has at most 60.",
    ]);
  });

  it("refuses a list and a range together, and a range without weekdays", () => {
    expect(messages(form({ days: ["2026-12-07"] }))).toEqual([
      "Conference days “2026-12-07”: give either a list of days or a date range, not both.",
    ]);
    expect(messages(form({ weekdays: [] }))).toEqual([
      "Weekdays: are required with a date range: numbers 1 (Mon) to 5 (Fri).",
    ]);
    expect(messages(form({ weekdays: [1, 6] }))).toEqual([
      "Weekdays “6”: is not a school weekday: 1 (Mon) to 5 (Fri).",
    ]);
    expect(messages(form({ to: "2026-12-01" }))).toEqual([
      "To “2026-12-01”: is in the past (today is 2026-12-04).",
    ]);
    expect(messages(form({ from: "2026-12-09", to: "2026-12-08" }))).toEqual([
      "To “2026-12-08”: is before From (2026-12-09).",
    ]);
    expect(messages(form({ from: "2026-12-12", to: "2026-12-13" }), { "7A": 1, "7B": 1 })).toEqual([
      "Weekdays “1,2,3,4,5”: no Mon, Tue, Wed, Thu, Fri falls between 2026-12-12 and 2026-12-13.",
    ]);
  });

  it("refuses a period too short for the day's students, and a class without one", () => {
    expect(
      messages(
        form({
          periods: [
            { classId: "7A", start: "10:05", end: "10:45" },
            { classId: "7C", start: "11:00", end: "12:00" },
          ],
        }),
      ),
    ).toEqual([
      "Class period “7C 11:00–12:00”: 7C is not one of this round's classes.",
      "Class period “7B”: class 7B has no period.",
      "Class period “7A 10:05–10:45”: is 40 minutes; 5 students of 10 minutes need 50.",
    ]);
    expect(
      messages(form({ periods: [{ classId: "7A", start: "10:65", end: "11:00" }] }), { "7A": 5 }),
    ).toEqual(["Class period “7A 10:65–11:00”: start “10:65” is not a clock time (HH:MM)."]);
    expect(
      messages(form({ periods: [{ classId: "7A", start: "11:00", end: "10:00" }] }), { "7A": 5 }),
    ).toEqual(["Class period “7A 11:00–10:00”: ends before it starts."]);
    expect(messages(form({ periods: [] }), {})).toEqual([
      "Class period: is required: one for each class.",
    ]);
    expect(messages(form({ periods: undefined }), { "7A": 5 })).toEqual([
      "Class period “7A”: class 7A has no period.",
    ]);
  });

  it("refuses a conference length other than 5 or 10 and students a day outside 1–15", () => {
    expect(messages(form({ minutes: 15, perDay: 16 }))).toEqual([
      "Students a day “16”: must be a whole number from 1 to 15.",
      "Minutes each “15”: must be 5 or 10.",
    ]);
    expect(messages(form({ minutes: "", perDay: "" }))).toEqual([
      "Students a day: is required: a whole number from 1 to 15.",
      "Minutes each: is required: 5 or 10.",
    ]);
  });
});
