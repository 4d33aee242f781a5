/*
 * The seeded demo school (scripts/demo-school): the same seed makes the same school; its size and
 * shape match a middle school (3 grades of ~30, 1-3 guardians, 12 teachers, 6 advisors, ~6
 * classes a student, no timetable clashes); names keep accents, apostrophes and hyphens while
 * emails are folded to ASCII and unique; and its roster files follow /work/brief/ROSTER.md with
 * RFC 4180 quoting and CRLF, checked with a parser written here and with Confer's own importer.
 */

import { Workspace } from "../../emulator";
import {
  DEFAULT_DEMO_SEED,
  type DemoSchool,
  generateDemoSchool,
  messyConferCsv,
  seedWorkspace,
  toConferCsv,
  toOneRosterCsv,
} from "../../scripts/demo-school";
import { csvField } from "../../scripts/demo-school/csv";
import { readConferRoster, readOneRoster, validateRoster } from "../../src/domain/roster";

/** RFC 4180: fields split by commas, records by CRLF (LF accepted), quotes doubled inside quoted fields. */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || (char === "\r" && text[i + 1] === "\n")) {
      if (char === "\r") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

/** Line breaks outside quoted fields, as written. */
function recordBreaks(text: string): string[] {
  const breaks: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === "\n") breaks.push(text[i - 1] === "\r" ? "\r\n" : "\n");
  }
  return breaks;
}

const school = generateDemoSchool();
const teachers = school.staff.filter((m) => m.roles.includes("teacher"));
const settings = { grades: ["6", "7", "8"], defaultLanguage: "en" };

describe("the demo school's shape", () => {
  it("is the same school for the same seed, and another for another seed", () => {
    expect(generateDemoSchool(school.seed)).toEqual(school);
    expect(toConferCsv(generateDemoSchool(school.seed))).toEqual(toConferCsv(school));
    expect(generateDemoSchool(school.seed + 1).students).not.toEqual(school.students);
  });

  it.each([2026, 7, 99])("has grades 6, 7 and 8 of about 30 students each (seed %i)", (seed) => {
    const s = generateDemoSchool(seed);
    for (const grade of ["6", "7", "8"]) {
      const n = s.students.filter((st) => st.grade === grade).length;
      expect(n).toBeGreaterThanOrEqual(27);
      expect(n).toBeLessThanOrEqual(33);
    }
    expect(s.students.every((st) => s.grades.includes(st.grade))).toBe(true);
  });

  it("gives every student 1 to 3 guardians, with a language and a relationship", () => {
    const languages = new Set(["en", "es", "fr", "pt-BR", "zh-CN", "vi", "ar"]);
    for (const student of school.students) {
      expect(student.guardians.length).toBeGreaterThanOrEqual(1);
      expect(student.guardians.length).toBeLessThanOrEqual(3);
      for (const g of student.guardians) {
        expect(languages.has(g.language)).toBe(true);
        expect(g.relationship).not.toBe("");
        expect(g.email).not.toMatch(/@school\.test$/);
      }
    }
    const counts = new Map<string, number>();
    for (const g of school.guardians) counts.set(g.language, (counts.get(g.language) ?? 0) + 1);
    const [mostCommon] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(mostCommon).toBe("en");
    expect(counts.size).toBeGreaterThanOrEqual(5);
    expect(new Set(school.students.map((s) => s.guardians.length))).toEqual(new Set([1, 2, 3]));
  });

  it("has about 12 teachers, 6 of them advisors, and a coordinator at coordinator@school.test", () => {
    expect(teachers.length).toBe(12);
    expect(school.staff.filter((m) => m.roles.includes("advisor")).length).toBe(6);
    expect(school.staff.filter((m) => m.roles.includes("coordinator"))).toEqual([
      expect.objectContaining({ email: "coordinator@school.test", roles: ["coordinator"] }),
    ]);
    for (const teacher of teachers) {
      expect(
        school.classes.filter((c) => c.teacherEmail === teacher.email).length,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("puts each student in exactly one advisor's group of about 15 in their grade", () => {
    expect(school.advisors.length).toBe(6);
    expect(new Set(school.advisors.map((a) => a.advisorEmail)).size).toBe(6);
    for (const advisory of school.advisors) {
      expect(advisory.studentIds.length).toBeGreaterThanOrEqual(13);
      expect(advisory.studentIds.length).toBeLessThanOrEqual(17);
    }
    for (const student of school.students) {
      const groups = school.advisors.filter((a) => a.studentIds.includes(student.id));
      expect(groups).toHaveLength(1);
      expect(groups[0]!.advisorEmail).toBe(student.advisorEmail);
      expect(groups[0]!.grade).toBe(student.grade);
    }
  });

  it("enrols every student in about 6 classes across subjects, with no clash of periods", () => {
    for (const student of school.students) {
      const classes = school.classes.filter((c) => c.studentIds.includes(student.id));
      expect(classes.length).toBeGreaterThanOrEqual(5);
      expect(classes.length).toBeLessThanOrEqual(7);
      expect(new Set(classes.map((c) => c.course)).size).toBe(classes.length);
      expect(new Set(classes.map((c) => c.period)).size).toBe(classes.length);
      expect(classes.every((c) => c.grade === student.grade)).toBe(true);
    }
    for (const teacher of teachers) {
      const periods = school.classes
        .filter((c) => c.teacherEmail === teacher.email)
        .map((c) => c.period);
      expect(new Set(periods).size).toBe(periods.length);
    }
    expect(new Set(school.classes.map((c) => c.course))).toEqual(
      new Set(["Math", "English", "Science", "Social Studies", "Spanish", "Art", "Music", "PE"]),
    );
    expect(school.classes.every((c) => c.period >= 1 && c.period <= 7)).toBe(true);
  });
});

describe("the demo school's names and emails", () => {
  const names = [
    ...school.students.flatMap((s) => [s.givenName, s.familyName]),
    ...school.guardians.map((g) => g.name),
    ...school.staff.map((m) => m.name),
  ];

  it("keeps accents, apostrophes and hyphens in names", () => {
    const everyone = names.join("|");
    for (const name of [
      "Zoë",
      "José",
      "Jean-Luc",
      "Nguyễn",
      "O'Brien",
      "Saint-Pierre",
      "D'Angelo",
      "Ó Súilleabháin",
      "Müller-Lüdenscheid",
    ]) {
      expect(everyone).toContain(name);
    }
    expect(names.filter((n) => /'/.test(n)).length).toBeGreaterThan(3);
    expect(names.filter((n) => /-/.test(n)).length).toBeGreaterThan(3);
    expect(names.filter((n) => /[^ -~]/.test(n)).length).toBeGreaterThan(20);
  });

  it("folds names into lowercase ASCII given.family@school.test addresses", () => {
    const oSullivan = school.students.find((s) => s.familyName === "Ó Súilleabháin")!;
    expect(oSullivan.email).toMatch(/\.osuilleabhain\d*@school\.test$/);
    const obrien = school.students.find((s) => s.familyName === "O'Brien")!;
    expect(obrien.email).toMatch(/\.obrien\d*@school\.test$/);
    for (const person of [...school.students, ...school.staff]) {
      expect(person.email).toMatch(/^[a-z0-9-]+\.?[a-z0-9-]*@school\.test$/);
    }
  });

  it("never gives two people the same email", () => {
    const emails = [...school.students, ...school.staff, ...school.guardians].map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("adds every person to the Workspace and deploys as the coordinator", () => {
    const ws = new Workspace();
    seedWorkspace(ws, school);
    expect(ws.users.all()).toHaveLength(
      school.staff.length + school.students.length + school.guardians.length,
    );
    expect(ws.script.owner).toBe("coordinator@school.test");
    expect(ws.users.require(school.students[0]!.email)).toMatchObject({
      domain: "school.test",
      externalMail: false,
    });
    expect(ws.users.require(school.guardians[0]!.email).domain).not.toBe("school.test");
  });
});

function rows(csv: string): Record<string, string>[] {
  const [header, ...body] = parseRfc4180(csv);
  return body.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ""])));
}

describe("roster files (RFC 4180, /work/brief/ROSTER.md)", () => {
  it("quotes a field only when it holds a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("O'Brien")).toBe("O'Brien");
    expect(csvField("Smith, Jr.")).toBe('"Smith, Jr."');
    expect(csvField('Ana "Nana" Pérez')).toBe('"Ana ""Nana"" Pérez"');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("writes Confer's three tables with CRLF line ends and the spec's headers", () => {
    const files = toConferCsv(school);
    for (const text of Object.values(files)) {
      expect(text.endsWith("\r\n")).toBe(true);
      expect(recordBreaks(text).every((b) => b === "\r\n")).toBe(true);
    }
    expect(parseRfc4180(files["students.csv"])[0]!.slice(0, 11)).toEqual([
      "Student ID",
      "Given Name",
      "Family Name",
      "Preferred Name",
      "Email",
      "Grade",
      "Advisor Email",
      "Guardian 1 Name",
      "Guardian 1 Email",
      "Guardian 1 Language",
      "Guardian 1 Relationship",
    ]);
    expect(parseRfc4180(files["staff.csv"])[0]).toEqual(["Email", "Name", "Roles"]);
    expect(parseRfc4180(files["classes.csv"])[0]).toEqual([
      "Class ID",
      "Course",
      "Period",
      "Grade",
      "Teacher Email",
      "Student IDs",
    ]);
  });

  it("round-trips every value, even ones with commas, quotes and line breaks", () => {
    const tricky: DemoSchool = structuredClone(school) as DemoSchool;
    const first = tricky.students[0]!.guardians[0]! as { name: string; relationship: string };
    first.name = 'Ana "Nana" Pérez, Jr.';
    first.relationship = "Aunt\r\n(weekdays)";
    const parsed = rows(toConferCsv(tricky)["students.csv"]);
    expect(parsed).toHaveLength(tricky.students.length);
    tricky.students.forEach((student, i) => {
      const row = parsed[i]!;
      expect([
        row["Student ID"],
        row["Given Name"],
        row["Family Name"],
        row.Email,
        row.Grade,
      ]).toEqual([student.id, student.givenName, student.familyName, student.email, student.grade]);
      student.guardians.forEach((g, n) => {
        expect(row[`Guardian ${n + 1} Name`]).toBe(g.name);
        expect(row[`Guardian ${n + 1} Relationship`]).toBe(g.relationship);
        expect(row[`Guardian ${n + 1} Language`]).toBe(g.language);
      });
    });
    const classes = rows(toConferCsv(school)["classes.csv"]);
    expect(classes.map((c) => c["Student IDs"]!.split("; "))).toEqual(
      school.classes.map((c) => c.studentIds),
    );
  });

  it("writes a OneRoster set whose links all resolve, with homerooms for advisors", () => {
    const files = toOneRosterCsv(school);
    expect(Object.keys(files).sort()).toEqual([
      "academicSessions.csv",
      "classes.csv",
      "enrollments.csv",
      "orgs.csv",
      "users.csv",
    ]);
    for (const text of Object.values(files))
      expect(recordBreaks(text).every((b) => b === "\r\n")).toBe(true);
    const users = rows(files["users.csv"]);
    const ids = new Set(users.map((u) => u.sourcedId));
    const student = users.find((u) => u.role === "student" && u.agentSourcedIds!.includes(","))!;
    expect(files["users.csv"]).toContain(`"${student.agentSourcedIds}"`);
    for (const agent of student.agentSourcedIds!.split(",")) expect(ids.has(agent)).toBe(true);
    expect(student.grades).toMatch(/^0[678]$/);
    const classes = rows(files["classes.csv"]);
    expect(classes.filter((c) => c.classType === "homeroom")).toHaveLength(6);
    const classIds = new Set(classes.map((c) => c.sourcedId));
    for (const e of rows(files["enrollments.csv"])) {
      expect(classIds.has(e.classSourcedId!)).toBe(true);
      expect(ids.has(e.userSourcedId!)).toBe(true);
    }
  });

  it("imports cleanly through Confer's own roster reader, in both formats and the messy variant", () => {
    const confer = toConferCsv(school);
    const oneRoster = toOneRosterCsv(school);
    const messy = messyConferCsv(school);
    const tables = (f: typeof confer) => ({
      students: f["students.csv"],
      staff: f["staff.csv"],
      classes: f["classes.csv"],
    });
    const clean = validateRoster(readConferRoster(tables(confer)), settings);
    const fromMessy = validateRoster(readConferRoster(tables(messy)), settings);
    const fromOneRoster = validateRoster(
      readOneRoster({
        users: oneRoster["users.csv"],
        classes: oneRoster["classes.csv"],
        enrollments: oneRoster["enrollments.csv"],
      }),
      settings,
    );
    expect(clean.ok && fromMessy.ok && fromOneRoster.ok).toBe(true);
    if (!clean.ok || !fromMessy.ok || !fromOneRoster.ok) return;
    expect(clean.roster.students).toHaveLength(school.students.length);
    expect(fromMessy.roster.staff).toEqual(clean.roster.staff);
    expect(fromMessy.roster.classes).toEqual(clean.roster.classes);
    expect(fromMessy.roster.students.map((s) => s.email)).toEqual(
      clean.roster.students.map((s) => s.email),
    );
    expect(fromOneRoster.roster.students.map((s) => [s.id, s.advisorEmail])).toEqual(
      clean.roster.students.map((s) => [s.id, s.advisorEmail]),
    );
  });

  it("makes the messy variant messy: BOM, LF, mixed-case emails, a quoted comma and line break", () => {
    const messy = messyConferCsv(school);
    expect(messy["students.csv"].startsWith("\uFEFF")).toBe(true);
    expect(recordBreaks(messy["students.csv"])).toContain("\n");
    expect(messy["students.csv"]).toMatch(/[A-Z][a-z]*\.[A-Za-z-]+@school\.test/i);
    expect(messy["students.csv"]).toMatch(/@SCHOOL\.TEST/);
    expect(messy["students.csv"]).toContain('"Stepparent, lives with family"');
    expect(messy["students.csv"]).toMatch(/"[^",]+\r\n[^",]+"/);
  });
});

describe("a demo school of a chosen size", () => {
  const big = generateDemoSchool(DEFAULT_DEMO_SEED, { students: 3000 });

  it("has exactly that many students, each with their own ID and email", () => {
    expect(big.students).toHaveLength(3000);
    expect(new Set(big.students.map((s) => s.id)).size).toBe(3000);
    expect(new Set(big.students.map((s) => s.email)).size).toBe(3000);
  });

  it("gives every student an advisor on the staff, in classes with unique IDs", () => {
    const advisors = new Set(
      big.staff.filter((m) => m.roles.includes("advisor")).map((m) => m.email),
    );
    expect(big.students.every((s) => advisors.has(s.advisorEmail))).toBe(true);
    expect(advisors.size).toBeGreaterThanOrEqual(150);
    expect(new Set(big.classes.map((c) => c.id)).size).toBe(big.classes.length);
    expect(new Set(big.staff.map((m) => m.email)).size).toBe(big.staff.length);
  });

  it("leaves the seeded school as it was when no size is asked for", () => {
    expect(generateDemoSchool(DEFAULT_DEMO_SEED)).toEqual(generateDemoSchool());
    expect(generateDemoSchool().students.length).toBeLessThan(100);
  });
});
