/* Settings are validated as a whole before they are saved, and round-trip through the tab's rows. */
import {
  DEFAULT_SETTINGS,
  describeProblem,
  type Settings,
  settingsToRows,
  validateSettings,
} from "../../../src/domain/settings/settings";
import { settingsFromRows, splitList } from "../../../src/domain/settings/settings-text";

const good: Settings = {
  ...DEFAULT_SETTINGS,
  schoolName: "Rosa Parks Middle School",
  term: "Fall 2026",
  conferenceStart: "2026-11-30",
  conferenceEnd: "2026-12-04",
};

describe("validateSettings", () => {
  it("accepts a complete school", () => {
    expect(validateSettings(good)).toEqual([]);
  });

  it("names every bad field, its value and why, in one pass", () => {
    const problems = validateSettings({
      ...good,
      schoolName: " ",
      term: "Fall/Spring",
      grades: ["6", "seventh"],
      timeZone: "Eastern",
      defaultLanguage: "English",
      conferenceEnd: "2026-11-01",
      slotMinutes: [15, 3],
    });
    expect(problems.map(describeProblem)).toEqual([
      "School name: is required.",
      "Term “Fall/Spring”: cannot contain / or \\ (it names folders).",
      "Grades “seventh”: is not a grade (use 6, 7, 8 … or K).",
      "Time zone “Eastern”: is not a time zone name such as America/New_York.",
      "Default language “English”: is not a language code such as en or pt-BR.",
      "Conference window end “2026-11-01”: is before the window's start.",
      "Slot lengths (minutes) “3”: must be a whole number of minutes from 5 to 120.",
    ]);
  });

  it("accepts time zones with three parts and regional languages", () => {
    const settings = {
      ...good,
      timeZone: "America/Argentina/Buenos_Aires",
      defaultLanguage: "pt-BR",
    };
    expect(validateSettings(settings)).toEqual([]);
  });
});

describe("the Settings tab", () => {
  it("round-trips every setting through its rows", () => {
    expect(settingsFromRows(settingsToRows(good))).toEqual(good);
  });

  it("fills settings missing from the tab with defaults", () => {
    const settings = settingsFromRows([["School name", "Rosa Parks"]]);
    expect(settings.schoolName).toBe("Rosa Parks");
    expect(settings.grades).toEqual(DEFAULT_SETTINGS.grades);
  });

  it("splits lists on commas and semicolons, dropping blanks and repeats", () => {
    expect(splitList(" 6, 7;8,, 6 ")).toEqual(["6", "7", "8"]);
  });
});

describe("a setting's size", () => {
  it("refuses a text longer than the 50,000 characters a Settings cell holds, naming it", () => {
    const long = { ...good, guardianEmailTemplate: "x".repeat(50_001) };
    const problems = validateSettings(long).map(describeProblem);
    expect(problems).toEqual([
      `Guardian email template “${"x".repeat(40)}…”: is 50001 characters; a Settings cell holds at most 50000.`,
    ]);
  });
});
