/* A whole import: validated first, then merged; a failed import returns every problem and no roster. */
import {
  asTableSource,
  formatProblem,
  importRoster,
  importSummaryText,
} from "../../../src/domain/roster";

const settings = { grades: ["6", "7"], defaultLanguage: "en" };
const empty = { students: [], staff: [], classes: [] };

const staff = "Email,Name,Roles\r\nana.diaz@school.test,Ana Díaz,teacher; advisor\r\n";
const classes =
  "Class ID,Course,Period,Grade,Teacher Email,Student IDs\r\nM6-1,Math,1,6,ana.diaz@school.test,S1 S2\r\n";
const students = [
  "Student ID,Given Name,Family Name,Preferred Name,Email,Grade,Advisor Email,Guardian 1 Name,Guardian 1 Email,Guardian 1 Language,Guardian 1 Relationship",
  "S1,Zoë,O'Brien,,Zoe.OBrien@School.test,6,ana.diaz@school.test,Mai Nguyễn,mai@gmail.test,vi,Mother",
  "S2,Jean-Luc,Saint-Pierre,JL,jl@school.test,6,ANA.DIAZ@school.test,,,,",
].join("\r\n");

describe("importRoster", () => {
  it("imports a clean set and summarises the merge", () => {
    const outcome = importRoster({ format: "confer", students, staff, classes }, settings, empty);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.roster.students.map((s) => s.email)).toEqual([
      "zoe.obrien@school.test",
      "jl@school.test",
    ]);
    expect(outcome.summary.added).toBe(2);
  });

  it("counts the guardians' languages of Confer's tables as from the file or the school default", () => {
    const withDefault = `${students}\r\nS3,Ana,Li,,ana.li@school.test,6,ana.diaz@school.test,Wei Li,wei@mail.test,,Father`;
    const outcome = importRoster(
      { format: "confer", students: withDefault, staff, classes },
      settings,
      empty,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.languages).toEqual([
      { language: "en", total: 1, from: { default: 1 } },
      { language: "vi", total: 1, from: { file: 1 } },
    ]);
  });

  it("reports every problem with file, row and field, and returns no roster", () => {
    const bad = `${students}\r\nS1,Ana,Li,,not-an-email,9,ghost@school.test,,,,`;
    const outcome = importRoster(
      { format: "confer", students: bad, staff, classes },
      settings,
      empty,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^students\.csv row 4 \(Ana Li, Student ID S1\), Student ID "S1": .*duplicate/i,
        ),
        expect.stringMatching(
          /^students\.csv row 4 \(Ana Li, Student ID S1\), Email "not-an-email"/,
        ),
        expect.stringMatching(
          /^students\.csv row 4 \(Ana Li, Student ID S1\), Advisor Email "ghost@school\.test"/,
        ),
      ]),
    );
    expect(outcome.warnings.map(formatProblem)).toContain(
      'students.csv row 4 (Ana Li, Student ID S1), Grade "9": not one of the school\'s grades (6, 7): added to Settings',
    );
    expect("roster" in outcome).toBe(false);
  });

  it("names a missing file instead of importing half a roster", () => {
    const outcome = importRoster(
      { format: "confer", students, staff, classes: " " },
      settings,
      empty,
    );
    expect(outcome.ok ? [] : outcome.messages).toEqual([
      "classes.csv: the file is missing or empty",
    ]);
  });

  it("reads cells pasted from a sheet (tab-separated) like a CSV", () => {
    const pasted = students.replace(/,/g, "\t");
    expect(Array.isArray(asTableSource(pasted))).toBe(true);
    const outcome = importRoster(
      { format: "confer", students: pasted, staff, classes },
      settings,
      empty,
    );
    expect(outcome.ok).toBe(true);
  });

  it("tells the coordinator what was imported: students, staff, classes and guardians", () => {
    const outcome = importRoster({ format: "confer", students, staff, classes }, settings, empty);
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(importSummaryText(outcome.summary)).toBe(
      "Imported 2 students, 1 staff, 1 class and 1 guardian. " +
        "Students: 2 added, 0 updated, 0 now inactive, 0 back, 0 unchanged. " +
        "Staff: 1 added, 0 updated, 0 now inactive, 0 unchanged. " +
        "Classes: 1 added, 0 updated, 0 removed, 0 unchanged.",
    );
  });
});
