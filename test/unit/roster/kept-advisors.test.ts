/*
 * A re-import that gives a student no advisor keeps the one the Assign advisors sidebar gave them,
 * while that advisor is still active staff with the advisor role; an import that names one wins,
 * and an advisor the import gave before is not kept by an import without one.
 */
import { importRoster } from "../../../src/domain/roster";
import type { Roster } from "../../../src/domain/roster/model";

const settings = { grades: ["6"], defaultLanguage: "en" };
const STAFF_HEADER = "Email,Name,Roles";
const staff = (...rows: string[]) => [STAFF_HEADER, ...rows].join("\r\n");
const ADVISORS = staff(
  "ana@school.test,Ana Díaz,teacher; advisor",
  "ben@school.test,Ben Ortiz,teacher; advisor",
);
const classes =
  "Class ID,Course,Period,Grade,Teacher Email,Student IDs\r\nM6,Math,1,6,ana@school.test,S1 S2\r\n";
const students = (s1Advisor: string, s2Advisor = "") =>
  [
    "Student ID,Given Name,Family Name,Preferred Name,Email,Grade,Advisor Email",
    `S1,Zoë,Obi,,s1@school.test,6,${s1Advisor}`,
    `S2,Luc,Pérez,,s2@school.test,6,${s2Advisor}`,
  ].join("\r\n");

function imported(current: Roster, s1: string, assigned: Map<string, string>, staffCsv = ADVISORS) {
  const outcome = importRoster(
    { format: "confer", students: students(s1), staff: staffCsv, classes },
    settings,
    current,
    assigned,
  );
  if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
  return outcome;
}

describe("an import after an advisor was assigned in the sidebar", () => {
  const first = imported({ students: [], staff: [], classes: [] }, "", new Map());
  const current: Roster = {
    ...first.roster,
    students: first.roster.students.map((s) =>
      s.id === "S1" ? { ...s, advisorEmail: "ben@school.test" } : s,
    ),
  };
  const assigned = new Map([["S1", "ben@school.test"]]);

  it("keeps that advisor when the import gives none, and does not list the student as needing one", () => {
    const outcome = imported(current, "", assigned);
    expect(outcome.roster.students.map((s) => [s.id, s.advisorEmail])).toEqual([
      ["S1", "ben@school.test"],
      ["S2", ""],
    ]);
    expect(outcome.needsAdvisor).toEqual(["Luc Pérez, Student ID S2"]);
    expect(outcome.warnings.map((w) => w.person)).toEqual(["Luc Pérez, Student ID S2"]);
  });

  it("takes the advisor an import names instead", () => {
    const outcome = imported(current, "ana@school.test", assigned);
    expect(outcome.roster.students[0]!.advisorEmail).toBe("ana@school.test");
  });

  it("does not keep an advisor the import gave, nor one who is no longer an advisor", () => {
    const fromImport = imported(current, "", new Map([["S1", "ana@school.test"]]));
    expect(fromImport.roster.students[0]!.advisorEmail).toBe("");
    expect(fromImport.needsAdvisor).toContain("Zoë Obi, Student ID S1");
    const demoted = imported(
      current,
      "",
      assigned,
      staff("ana@school.test,Ana Díaz,teacher; advisor", "ben@school.test,Ben Ortiz,teacher"),
    );
    expect(demoted.roster.students[0]!.advisorEmail).toBe("");
    expect(demoted.needsAdvisor).toContain("Zoë Obi, Student ID S1");
  });
});
