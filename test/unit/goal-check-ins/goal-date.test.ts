/* The time-bound date in a SMART goal, for each way students write one, and the dates that are not. */
import { goalDateCell, goalDateIn, goalDateOf } from "../../../src/domain/goal-check-ins/goal-date";

const CONFERENCE = "2026-11-25";
const dateIn = (text: string) => {
  const found = goalDateIn(text, CONFERENCE);
  return found.kind === "found" ? found.date : found.kind;
};

describe("goalDateIn", () => {
  it.each([
    ["Raise my math grade to a B by 2027-03-15", "2027-03-15"],
    ["by 3/15/2027", "2027-03-15"],
    ["by 3/15/27", "2027-03-15"],
    ["by 3-15", "2027-03-15"],
    ["by 15/3/2027", "2027-03-15"],
    ["by March 15", "2027-03-15"],
    ["by Mar. 15th, 2027", "2027-03-15"],
    ["before march 15th", "2027-03-15"],
    ["by 15 March", "2027-03-15"],
    ["by the 15th of March 2027", "2027-03-15"],
    ["by the end of January", "2027-01-31"],
    ["by the end of Feb 2028", "2028-02-29"],
    ["by mid-February", "2027-02-15"],
    ["by the middle of May", "2027-05-15"],
    ["by the beginning of April", "2027-04-01"],
    ["by early April", "2027-04-01"],
    ["in 6 weeks", "2027-01-06"],
    ["within two weeks", "2026-12-09"],
    ["in 10 days", "2026-12-05"],
    ["in a month", "2026-12-25"],
    ["in 3 months", "2027-02-25"],
  ])("reads %s as %s", (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it("resolves a year-less date to the next such day after the conference", () => {
    expect(dateIn("by December 20")).toBe("2026-12-20");
    expect(dateIn("by November 25")).toBe("2027-11-25");
    expect(dateIn("by November 1")).toBe("2027-11-01");
    expect(dateIn("by 12/1")).toBe("2026-12-01");
  });

  it("finds a year-less February 29 in the next leap year", () => {
    expect(dateIn("by Feb 29")).toBe("2028-02-29");
  });

  it("reads a month-first numeric date as US schools write it, day-first only when it must be", () => {
    expect(dateIn("by 3/4/2027")).toBe("2027-03-04");
    expect(dateIn("by 13/4/2027")).toBe("2027-04-13");
  });

  it("prefers the date after 'by' to other dates in the goal", () => {
    expect(dateIn("Since December 1 I read daily; I will finish the book by January 20")).toBe(
      "2027-01-20",
    );
    expect(dateIn("Read on January 5 and February 5")).toBe("2027-01-05");
  });

  it("says why when the only dates are impossible or before the conference", () => {
    expect(goalDateIn("by February 30, 2027", CONFERENCE)).toEqual({
      kind: "invalid",
      text: "February 30, 2027",
      reason: "February 30, 2027 is not a day",
    });
    expect(goalDateIn("by 13/13/2027", CONFERENCE)).toMatchObject({
      kind: "invalid",
      reason: "13 is not a month",
    });
    expect(goalDateIn("by 2026-10-01", CONFERENCE)).toMatchObject({
      kind: "invalid",
      reason: "2026-10-01 is not after the conference (2026-11-25)",
    });
    expect(goalDateIn("by March 32", CONFERENCE)).toMatchObject({ kind: "invalid" });
  });

  it("finds no date in a goal without one", () => {
    expect(goalDateIn("Read more every day and ask for help sooner", CONFERENCE)).toEqual({
      kind: "none",
    });
    expect(goalDateIn("Get 4 out of 5 on quizzes", CONFERENCE)).toEqual({ kind: "none" });
    expect(goalDateIn("in 0 days", CONFERENCE)).toMatchObject({ kind: "invalid" });
  });
});

describe("goalDateOf", () => {
  it("takes the first text with a date, the Time-bound row being first", () => {
    expect(goalDateOf(["by January 8", "by March 1"], CONFERENCE)).toMatchObject({
      date: "2027-01-08",
    });
    expect(goalDateOf(["soon", "by March 1"], CONFERENCE)).toMatchObject({ date: "2027-03-01" });
  });

  it("shows what the Goal Date cell says for each answer", () => {
    expect(goalDateCell(goalDateOf(["by 2027-01-08"], CONFERENCE))).toBe("2027-01-08");
    expect(goalDateCell(goalDateOf(["soon"], CONFERENCE))).toBe("no date found");
    expect(goalDateCell(goalDateOf(["by February 30, 2027"], CONFERENCE))).toBe(
      "no date found: February 30, 2027 is not a day",
    );
  });
});
