/* The roster round-trips through the hub's rows, guardians and all. */
import {
  guardiansFromCell,
  guardiansToCell,
  rosterFromRows,
  studentToRow,
} from "../../../src/domain/hub/roster-rows";
import type { Student } from "../../../src/domain/roster/model";

const student: Student = {
  id: "S-0042",
  givenName: "Zoë",
  familyName: "O'Brien-Nguyễn",
  preferredName: "",
  email: "zoe.obrien@school.test",
  grade: "7",
  advisorEmail: "ana.diaz@school.test",
  guardians: [
    { name: "Mai Nguyễn", email: "mai@gmail.test", language: "vi", relationship: "Mother" },
    { name: "Seán O'Brien (Jr.)", email: "sean@outlook.test", language: "en", relationship: "" },
  ],
  active: true,
};

describe("roster rows", () => {
  it("writes guardians for people to read", () => {
    expect(guardiansToCell(student.guardians)).toBe(
      "Mai Nguyễn <mai@gmail.test> [vi] (Mother); Seán O'Brien (Jr.) <sean@outlook.test> [en]",
    );
  });

  it("round-trips a student with accents, apostrophes, hyphens and two guardians", () => {
    const roster = rosterFromRows([studentToRow(student)], [], []);
    expect(roster.students).toEqual([student]);
  });

  it("names the row of a guardian it cannot read", () => {
    expect(() => guardiansFromCell("Mai mai@gmail.test", "Students row 9, Guardians")).toThrow(
      "Students row 9, Guardians: the guardian “Mai mai@gmail.test” is not in the form Name <email> [language] (relationship).",
    );
  });

  it("skips blank rows and reads inactive students", () => {
    const row = studentToRow({ ...student, active: false });
    const roster = rosterFromRows([["", ""], row], [], []);
    expect(roster.students.map((s) => s.active)).toEqual([false]);
  });
});

describe("guardians whose names hold the cell's own marks", () => {
  const tricky = [
    {
      name: "Ana; María (Mamá) <Pérez> [x]",
      email: "ana@family.test",
      language: "es",
      relationship: "mother; (legal) guardian",
    },
    { name: "Back\\slash", email: "b@family.test", language: "en", relationship: "" },
  ];

  it("reads back exactly what was written", () => {
    const cell = guardiansToCell(tricky);
    expect(guardiansFromCell(cell, "Students row 2, Guardians")).toEqual(tricky);
  });

  it("still reads a cell written before escaping, with plain names", () => {
    expect(
      guardiansFromCell("Ann Lee <ann@family.test> [en] (mother); Bo <bo@family.test> [zh]", "x"),
    ).toEqual([
      { name: "Ann Lee", email: "ann@family.test", language: "en", relationship: "mother" },
      { name: "Bo", email: "bo@family.test", language: "zh", relationship: "" },
    ]);
  });

  it("names the row and the guardian it cannot read", () => {
    expect(() => guardiansFromCell("Ann Lee ann@family.test", "Students row 7, Guardians")).toThrow(
      "Students row 7, Guardians: the guardian “Ann Lee ann@family.test” is not in the form Name <email> [language] (relationship).",
    );
  });
});
