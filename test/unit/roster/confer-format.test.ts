/* Confer's own three tables, from a messy real-world export and from pasted sheets. */
import {
  formatProblem,
  type PastedTable,
  type Roster,
  readConferRoster,
  validateRoster,
} from "../../../src/domain/roster";

const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };

const studentsCsv =
  "\uFEFF student id , GIVEN NAME,Family Name,Preferred Name, email ,Grade,Advisor Email," +
  "Guardian 1 Name,Guardian 1 Email,Guardian 1 Language,Guardian 1 Relationship," +
  "Guardian 2 Name,Guardian 2 Email,Guardian 2 Language,Guardian 2 Relationship," +
  "Guardian 3 Name,Guardian 3 Email,Guardian 3 Language,Guardian 3 Relationship\r\n" +
  ' S001 ,  Zoë  ,"O\'Brien-Núñez",Zo,Zoe.OBrien@Students.School.Test,6,MS.LI@school.test,' +
  '"Núñez, María",Maria.Nunez@Mail.TEST,es,Mother,Seán O\'Brien,sean@mail.test,,Father,' +
  '"Abuela\r\nRosa",rosa@mail.test,pt-br,Grandmother\r\n' +
  "S002,José,García,,jose@students.school.test, 7 ,mr.ode@school.test,,,,,,,,,,,,\r\n" +
  "\r\n";

const staffCsv =
  "Roles,Email,Name\n" +
  '"teacher; advisor",Ms.Li@School.test, Mei Li \n' +
  "teacher advisor coordinator,mr.ode@school.test,Chidi Ode\n";

const classesCsv =
  "Class ID,Course,Period,Grade,Teacher Email,Student IDs\r" +
  'M6-1,"Math, Grade 6",1,6,MS.LI@school.test,S001; S002\r' +
  "SCI-7,Science,3,7,mr.ode@school.test,S002\r";

const expected: Roster = {
  students: [
    {
      id: "S001",
      givenName: "Zoë",
      familyName: "O'Brien-Núñez",
      preferredName: "Zo",
      email: "zoe.obrien@students.school.test",
      grade: "6",
      advisorEmail: "ms.li@school.test",
      guardians: [
        {
          name: "Núñez, María",
          email: "maria.nunez@mail.test",
          language: "es",
          relationship: "Mother",
        },
        { name: "Seán O'Brien", email: "sean@mail.test", language: "en", relationship: "Father" },
        {
          name: "Abuela Rosa",
          email: "rosa@mail.test",
          language: "pt-BR",
          relationship: "Grandmother",
        },
      ],
      active: true,
    },
    {
      id: "S002",
      givenName: "José",
      familyName: "García",
      preferredName: "",
      email: "jose@students.school.test",
      grade: "7",
      advisorEmail: "mr.ode@school.test",
      guardians: [],
      active: true,
    },
  ],
  staff: [
    { email: "ms.li@school.test", name: "Mei Li", roles: ["teacher", "advisor"] },
    {
      email: "mr.ode@school.test",
      name: "Chidi Ode",
      roles: ["teacher", "advisor", "coordinator"],
    },
  ],
  classes: [
    {
      id: "M6-1",
      course: "Math, Grade 6",
      period: "1",
      grade: "6",
      teacherEmail: "ms.li@school.test",
      studentIds: ["S001", "S002"],
    },
    {
      id: "SCI-7",
      course: "Science",
      period: "3",
      grade: "7",
      teacherEmail: "mr.ode@school.test",
      studentIds: ["S002"],
    },
  ],
};

describe("readConferRoster", () => {
  it("reads a messy export into a clean roster", () => {
    const parsed = readConferRoster({
      students: studentsCsv,
      staff: staffCsv,
      classes: classesCsv,
    });
    expect(parsed.problems).toEqual([]);
    const result = validateRoster(parsed, settings);
    expect(result).toEqual({ ok: true, roster: expected, warnings: [], addedGrades: [] });
  });

  it("reports problems at the line a record starts on, past a quoted line break", () => {
    const students = studentsCsv.replace(",mr.ode@school.test,", ",nobody@school.test,");
    const parsed = readConferRoster({ students, staff: staffCsv, classes: classesCsv });
    const result = validateRoster(parsed, settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'students.csv row 4 (José García, Student ID S002), Advisor Email "nobody@school.test": not a staff member with the advisor role',
    ]);
  });

  it("reads pasted tables the same way, numbering rows as the sheet does", () => {
    const students: PastedTable = [
      ["Student ID", "Given Name", "Family Name", "Email", "Grade", "Advisor Email"],
      [1042, "Ana", "Lopez", "ana@students.school.test", 6, "ms.li@school.test"],
      [],
      [1043, "Ben", "Ode", "ben@students.school.test", 9, "ms.li@school.test"],
    ];
    const staff: PastedTable = [
      ["Email", "Name", "Roles"],
      ["ms.li@school.test", "Mei Li", "advisor"],
    ];
    const classes: PastedTable = [
      ["Class ID", "Course", "Period", "Grade", "Teacher Email", "Student IDs"],
    ];
    const names = { students: "Students sheet", staff: "Staff sheet", classes: "Classes sheet" };
    const parsed = readConferRoster({ students, staff, classes }, names);
    expect(parsed.roster.students.map((s) => s.id)).toEqual(["1042", "1043"]);
    const result = validateRoster(parsed, settings);
    expect(result.ok && result.roster.students.map((s) => s.grade)).toEqual(["6", "9"]);
    expect(result).toMatchObject({
      addedGrades: ["9"],
      warnings: [
        {
          file: "Students sheet",
          row: 4,
          field: "Grade",
          value: "9",
          reason: "not one of the school's grades (6, 7, 8): added to Settings",
          person: "Ben Ode, Student ID 1043",
        },
      ],
    });
  });

  it("reports missing columns, unknown roles and broken quoting in one run", () => {
    const parsed = readConferRoster({
      students: "Student ID,Given Name,Email,Grade\nS1,Ana,ana@x.test,6\n",
      staff: "Email,Name,Roles\nms.li@school.test,Mei Li,teacher; principal\n",
      classes: 'Class ID,Course,Period,Grade,Teacher Email,Student IDs\nM1,"Math,1,6\n',
    });
    expect(parsed.problems.map(formatProblem)).toEqual([
      "students.csv row 1, Family Name: this column is missing from the header row",
      "students.csv row 1, Advisor Email: this column is missing from the header row",
      'staff.csv row 2 (Mei Li, ms.li@school.test), Roles "principal": not a role: use teacher, advisor or coordinator',
      'classes.csv row 2: a quoted field opens on this line and is never closed (a closing " is missing)',
    ]);
    expect(validateRoster(parsed, settings)).toEqual({
      ok: false,
      problems: parsed.problems,
      warnings: [],
    });
  });

  it("reports only the missing column, not its echo in every row that refers to it", () => {
    const parsed = readConferRoster({
      students:
        "Student ID,Given Name,Family Name,Email,Grade,Advisor Email\nS1,Ana,Li,a@x.test,6,m@x.test\n",
      staff: "Email,Name\nm@x.test,Mei Li\n",
      classes: "Class ID,Course,Period,Grade,Teacher Email,Student IDs\nM1,Math,1,6,m@x.test,S1\n",
    });
    expect(validateRoster(parsed, settings)).toEqual({
      ok: false,
      problems: [
        {
          file: "staff.csv",
          row: 1,
          field: "Roles",
          value: "",
          reason: "this column is missing from the header row",
        },
      ],
      warnings: [],
    });
  });

  it("ignores an all-empty guardian group but keeps one with only a language", () => {
    const parsed = readConferRoster({
      students:
        "Student ID,Given Name,Family Name,Email,Grade,Advisor Email,Guardian 1 Name,Guardian 1 Email,Guardian 2 Name,Guardian 2 Language\n" +
        "S1,Ana,Lopez,ana@x.test,6,ms.li@school.test,,,,fr\n",
      staff: "Email,Name,Roles\nms.li@school.test,Mei Li,advisor\n",
      classes: "Class ID,Course,Period,Grade,Teacher Email,Student IDs\n",
    });
    expect(parsed.roster.students[0]?.guardians).toEqual([
      { name: "", email: "", language: "fr", relationship: "" },
    ]);
    expect(parsed.sources.students[0]?.guardians[0]?.labels.email).toBe("Guardian 2 Email");
  });

  it("names the person or class on each problem's row", () => {
    const parsed = readConferRoster({
      students:
        "Student ID,Given Name,Family Name,Email,Grade,Advisor Email,Guardian 1 Name,Guardian 1 Email\n" +
        "1042,Ana,Chen,ana@students.school.test,6,ms.li@school.test,Wei Chen,\n" +
        ",,,,6,ms.li@school.test,,\n",
      staff: "Email,Name,Roles\nms.li@school.test,Mei Li,advisor; principal\n",
      classes:
        "Class ID,Course,Period,Grade,Teacher Email,Student IDs\nM6-1,Math 6,1,6,ghost@school.test,1042\n",
    });
    const result = validateRoster(parsed, settings);
    expect(result.warnings.map(formatProblem)).toEqual([
      "students.csv row 2 (Ana Chen, Student ID 1042), Guardian 1 Email: no email: kept, but gets no drafts",
      "students.csv row 3, Email: no email: imported; their doc is shared once they have one",
    ]);
    expect(result.ok || result.problems.map(formatProblem)).toEqual([
      "students.csv row 3, Student ID: missing",
      "students.csv row 3, Given Name: missing",
      "students.csv row 3, Family Name: missing",
      'staff.csv row 2 (Mei Li, ms.li@school.test), Roles "principal": not a role: use teacher, advisor or coordinator',
      'classes.csv row 2 (Math 6, Class ID M6-1), Teacher Email "ghost@school.test": not a staff member',
    ]);
  });
});
