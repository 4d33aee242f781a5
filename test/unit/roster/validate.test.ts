/* Whole-roster validation: every problem in one run, each at its file, row and column. */
import {
  formatProblem,
  type Problem,
  readConferRoster,
  unreadRoster,
  validateRoster,
} from "../../../src/domain/roster";

const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };

const students = [
  "Student ID,Given Name,Family Name,Email,Grade,Advisor Email,Guardian 1 Name,Guardian 1 Email,Guardian 1 Language,Guardian 1 Relationship",
  "S1,Ana,Lopez,Ana@Students.School.test,6,adv@school.test,,,,",
  "S2,Ben,Ode,,6,adv@school.test,,,,",
  "S3,Cy,Ode,not-an-email,6,adv@school.test,,,,",
  "S1,Dee,Ode,dee@students.school.test,6,adv@school.test,,,,",
  "S4,Eve,Ode,ana@students.school.test,7,adv@school.test,,,,",
  "S5,Fay,Ode,fay@students.school.test,9,adv@school.test,,,,",
  "S6,Gus,Ode,gus@students.school.test,8,ms.li@school.test,,,,",
  "S7,Hal,Ode,hal@students.school.test,8,t.only@school.test,,,,",
  "S8,Ida,Ode,ida@students.school.test,8,adv@school.test,Mum Ode,,es,Mother",
  "S9,Jo,Ode,jo@students.school.test,8,adv@school.test,Dad Ode,dad@,English,Father",
  "S10,Kim,Ode,kim@students.school.test,8,bad@,,,,",
  "S11,Lu,Ode,ADV@school.test,8,adv@school.test,,,,",
  "S12,Max,Ode,max@students.school.test,8,,,,,",
].join("\n");

const staff = [
  "Email,Name,Roles",
  "adv@school.test,Ada Vance,advisor; teacher",
  't.only@school.test,Tom Only,"teacher, principal"',
  "nope,No Pe,teacher",
  ",Miss Ing,teacher",
  "ADV@school.test,Ada Again,teacher",
].join("\n");

const classes = [
  "Class ID,Course,Period,Grade,Teacher Email,Student IDs",
  "M1,Math,1,6,ghost@school.test,S1;S999",
  "M2,Art,2,5,adv@school.test,S2",
].join("\n");

const problem = (
  file: string,
  row: number,
  field: string,
  value: string,
  reason: string,
  person: string,
) => ({ file, row, field, value, reason, person }) satisfies Problem;

describe("validateRoster", () => {
  const result = validateRoster(readConferRoster({ students, staff, classes }), settings);

  it("reports every problem in the roster, in file and row order, and no roster", () => {
    expect(result).toEqual({
      ok: false,
      problems: [
        problem(
          "students.csv",
          4,
          "Email",
          "not-an-email",
          "not a valid email address",
          "Cy Ode, Student ID S3",
        ),
        problem(
          "students.csv",
          5,
          "Student ID",
          "S1",
          "duplicate student ID: also on row 2",
          "Dee Ode, Student ID S1",
        ),
        problem(
          "students.csv",
          6,
          "Email",
          "ana@students.school.test",
          "duplicate email: also on row 2",
          "Eve Ode, Student ID S4",
        ),
        problem(
          "students.csv",
          8,
          "Advisor Email",
          "ms.li@school.test",
          "not a staff member with the advisor role",
          "Gus Ode, Student ID S6",
        ),
        problem(
          "students.csv",
          9,
          "Advisor Email",
          "t.only@school.test",
          "a staff member, but without the advisor role",
          "Hal Ode, Student ID S7",
        ),
        problem(
          "students.csv",
          11,
          "Guardian 1 Email",
          "dad@",
          "not a valid email address",
          "Jo Ode, Student ID S9",
        ),
        problem(
          "students.csv",
          11,
          "Guardian 1 Language",
          "English",
          "not a language code (use a code such as en, es, pt-BR)",
          "Jo Ode, Student ID S9",
        ),
        problem(
          "students.csv",
          12,
          "Advisor Email",
          "bad@",
          "not a valid email address",
          "Kim Ode, Student ID S10",
        ),
        problem(
          "students.csv",
          13,
          "Email",
          "adv@school.test",
          "duplicate email: also a staff member's, on staff.csv row 2",
          "Lu Ode, Student ID S11",
        ),
        problem(
          "staff.csv",
          3,
          "Roles",
          "principal",
          "not a role: use teacher, advisor or coordinator",
          "Tom Only, t.only@school.test",
        ),
        problem("staff.csv", 4, "Email", "nope", "not a valid email address", "No Pe, nope"),
        problem(
          "staff.csv",
          5,
          "Email",
          "",
          "missing: Confer knows staff by their email address",
          "Miss Ing",
        ),
        problem(
          "staff.csv",
          6,
          "Email",
          "adv@school.test",
          "duplicate email: also on row 2",
          "Ada Again, ADV@school.test",
        ),
        problem(
          "classes.csv",
          2,
          "Teacher Email",
          "ghost@school.test",
          "not a staff member",
          "Math, Class ID M1",
        ),
        problem(
          "classes.csv",
          2,
          "Student IDs",
          "S999",
          "not a student ID in the students file",
          "Math, Class ID M1",
        ),
      ],
      warnings: [
        problem(
          "students.csv",
          3,
          "Email",
          "",
          "no email: imported; their doc is shared once they have one",
          "Ben Ode, Student ID S2",
        ),
        problem(
          "students.csv",
          7,
          "Grade",
          "9",
          "not one of the school's grades (6, 7, 8): added to Settings",
          "Fay Ode, Student ID S5",
        ),
        problem(
          "students.csv",
          10,
          "Guardian 1 Email",
          "",
          "no email: kept, but gets no drafts",
          "Ida Ode, Student ID S8",
        ),
        problem(
          "students.csv",
          14,
          "Advisor Email",
          "",
          "needs an advisor: imported without one",
          "Max Ode, Student ID S12",
        ),
        problem(
          "classes.csv",
          3,
          "Grade",
          "5",
          "not one of the school's grades (6, 7, 8): added to Settings",
          "Art, Class ID M2",
        ),
      ],
    });
  });

  it("words each problem for the coordinator", () => {
    if (result.ok) throw new Error("expected problems");
    const lines = result.problems.map(formatProblem);
    expect(lines).toContain(
      'students.csv row 8 (Gus Ode, Student ID S6), Advisor Email "ms.li@school.test": not a staff member with the advisor role',
    );
    expect(result.warnings.map(formatProblem)).toContain(
      "students.csv row 14 (Max Ode, Student ID S12), Advisor Email: needs an advisor: imported without one",
    );
  });

  it("accepts mixed-case emails and keeps accents, apostrophes and hyphens in names", () => {
    const ok = validateRoster(
      readConferRoster({
        students:
          "Student ID,Given Name,Family Name,Email,Grade,Advisor Email\n" +
          "S1,  Jean-Luc ,D’Angelo-Ñúñez,JL@Students.School.test,06,Adv@School.test\n",
        staff: "Email,Name,Roles\nADV@school.TEST,Ada Vance,ADVISOR\n",
        classes: "Class ID,Course,Period,Grade,Teacher Email,Student IDs\n",
      }),
      settings,
    );
    expect(ok).toEqual({
      ok: true,
      roster: {
        students: [
          {
            id: "S1",
            givenName: "Jean-Luc",
            familyName: "D’Angelo-Ñúñez",
            preferredName: "",
            email: "jl@students.school.test",
            grade: "6",
            advisorEmail: "adv@school.test",
            guardians: [],
            active: true,
          },
        ],
        staff: [{ email: "adv@school.test", name: "Ada Vance", roles: ["advisor"] }],
        classes: [],
      },
      warnings: [],
      addedGrades: [],
    });
  });

  it("writes names in one Unicode form, so decomposed accents match composed ones", () => {
    const decomposed = "Zoe\u0308";
    const ok = validateRoster(
      readConferRoster({
        students: `Student ID,Given Name,Family Name,Email,Grade,Advisor Email\nS1,${decomposed},Li,zl@x.test,7,a@x.test\n`,
        staff: "Email,Name,Roles\na@x.test,A,advisor\n",
        classes: "Class ID,Course,Period,Grade,Teacher Email,Student IDs\n",
      }),
      settings,
    );
    expect(ok.ok && ok.roster.students[0]?.givenName).toBe("Zoë");
  });
});

describe("validateRoster on a roster that was not read from files", () => {
  it("names each record's position and roster field", () => {
    const result = validateRoster(
      unreadRoster({
        students: [
          {
            id: "S1",
            givenName: "Ana",
            familyName: "Lopez",
            preferredName: "",
            email: "ana@students.school.test",
            grade: "6",
            advisorEmail: "adv@school.test",
            guardians: [{ name: "Luz", email: "luz@mail", language: "", relationship: "" }],
            active: true,
          },
        ],
        staff: [],
        classes: [],
      }),
      settings,
    );
    expect(result.ok || result.problems.map(formatProblem)).toEqual([
      'Students row 2 (Ana Lopez, Student ID S1), advisorEmail "adv@school.test": not a staff member with the advisor role',
      'Students row 2 (Ana Lopez, Student ID S1), guardian 1 email "luz@mail": not a valid email address',
    ]);
  });
});
