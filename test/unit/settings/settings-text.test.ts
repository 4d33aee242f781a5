/* Settings read from a form's text are refused field by field: each bad value named with why. */
import {
  describeProblem,
  roundOfUnmarkedRows,
  withEarlierRowsRound,
} from "../../../src/domain/settings/settings";
import {
  readSettingsText,
  settingsFromRows,
  settingsFromText,
} from "../../../src/domain/settings/settings-text";

const complete: Record<string, string> = {
  schoolName: "Rosa Parks Middle School",
  term: "Fall 2026",
  conferenceStart: "2026-12-07",
  conferenceEnd: "2026-12-18",
  slotMinutes: "15, 30",
  studentsEmailFamilies: "no",
  scheduleNotices: "draft",
  reminderHours: "24",
};

function read(changes: Record<string, string>) {
  const form = { ...complete, ...changes };
  return readSettingsText((key) => form[key]);
}

function refusals(changes: Record<string, string>): string[] {
  return read(changes).problems.map(describeProblem);
}

describe("reading the Settings form", () => {
  it("accepts a complete form, choices in any case", () => {
    const reading = read({ studentsEmailFamilies: "Yes", scheduleNotices: "SEND" });
    expect(reading.problems).toEqual([]);
    expect(reading.settings.studentsEmailFamilies).toBe(true);
    expect(reading.settings.scheduleNotices).toBe("send");
    expect(reading.settings.slotMinutes).toEqual([15, 30]);
  });

  it("refuses dates that are not on the calendar", () => {
    expect(refusals({ conferenceStart: "2026-13-01", conferenceEnd: "2027-02-30" })).toEqual([
      "Conference window start “2026-13-01”: is not a real date.",
      "Conference window end “2027-02-30”: is not a real date.",
    ]);
  });

  it("refuses a window that ends before it starts, or has only one end", () => {
    expect(refusals({ conferenceEnd: "2026-12-01" })).toEqual([
      "Conference window end “2026-12-01”: is before the window's start.",
    ]);
    expect(refusals({ conferenceEnd: "" })).toEqual([
      "Conference window end: is needed too: a window has a start and an end, or neither.",
    ]);
  });

  it("refuses a yes/no or draft/send field that is not one of its choices", () => {
    const reading = read({ studentsEmailFamilies: "maybe", scheduleNotices: "email" });
    expect(reading.problems.map(describeProblem)).toEqual([
      "Students may email their families “maybe”: must be yes or no.",
      "Schedule notices (draft or send) “email”: must be draft or send.",
    ]);
  });

  it("refuses numbers that are not whole numbers in range, naming the text typed", () => {
    expect(
      refusals({ reminderHours: "abc", officeHoursPerStudent: "2.5", signupLinkDays: "0" }),
    ).toEqual([
      "Reminder hours before a conference “abc”: must be a whole number from 1 to 168.",
      "Office hours per student each semester “2.5”: must be a whole number from 0 to 20.",
      "Sign-up links last (days) “0”: must be a whole number from 1 to 365.",
    ]);
    expect(refusals({ reminderHours: "" })).toEqual([
      "Reminder hours before a conference: must be a whole number from 1 to 168.",
    ]);
  });

  it("refuses slot lengths that are not a list of allowed minutes", () => {
    expect(refusals({ slotMinutes: "15, abc, 200" })).toEqual([
      "Slot lengths (minutes) “abc”: must be a whole number of minutes from 5 to 120.",
      "Slot lengths (minutes) “200”: must be a whole number of minutes from 5 to 120.",
    ]);
    expect(refusals({ slotMinutes: "abc" })).toEqual([
      "Slot lengths (minutes) “abc”: must be a whole number of minutes from 5 to 120.",
    ]);
    expect(refusals({ slotMinutes: "15, 200" })).toEqual([
      "Slot lengths (minutes) “200”: must be a whole number of minutes from 5 to 120.",
    ]);
    expect(refusals({ slotMinutes: " , " })).toEqual([
      "Slot lengths (minutes): needs at least one length, for example 15, 30.",
    ]);
  });

  it("names every bad field in one pass, in the form's order", () => {
    const fields = read({
      conferenceStart: "2026-13-01",
      studentsEmailFamilies: "maybe",
      reminderHours: "abc",
    }).problems.map((problem) => problem.field);
    expect(fields).toEqual(["conferenceStart", "studentsEmailFamilies", "reminderHours"]);
  });
});

describe("reading the Settings tab", () => {
  it("lets a default stand in for a cell that is not one of its choices or a number", () => {
    const settings = settingsFromRows([
      ["Students may email their families", "maybe"],
      ["Reminder hours before a conference", "abc"],
    ]);
    expect(settings.studentsEmailFamilies).toBe(false);
    expect(settings.reminderHours).toBe(24);
  });
});

describe("the round of rows from before rounds", () => {
  const base = settingsFromText(() => undefined);
  const fall = { ...base, term: "Fall 2026" };

  it("is the term until the term first changes, then the term they were written in", () => {
    expect(roundOfUnmarkedRows(fall)).toBe("Fall 2026");
    const spring = withEarlierRowsRound({ ...fall, term: "Spring 2027" }, fall);
    expect(spring.earlierRowsRound).toBe("Fall 2026");
    expect(roundOfUnmarkedRows(spring)).toBe("Fall 2026");
    const summer = withEarlierRowsRound({ ...spring, term: "Summer 2027" }, spring);
    expect(summer.earlierRowsRound).toBe("Fall 2026");
    expect(withEarlierRowsRound(fall, fall).earlierRowsRound).toBe("");
    expect(withEarlierRowsRound(fall, base).earlierRowsRound).toBe("");
  });
});
