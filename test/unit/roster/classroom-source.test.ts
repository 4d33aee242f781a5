/*
 * Google Classroom courses as a roster import: the same validation, warnings and merge as the
 * files, applied as a delta (nobody deactivated), with known students matched by email.
 */
import { importClassroom } from "../../../src/domain/roster";
import {
  CLASSROOM_SCOPES,
  parseClassroomImport,
  tokenProblem,
} from "../../../src/domain/roster/classroom-request";
import type { ClassroomCourse, ClassroomUpload } from "../../../src/domain/roster/classroom-source";
import type { Roster } from "../../../src/domain/roster/model";

const SETTINGS = { grades: ["6", "7", "8"], defaultLanguage: "en" };

const CURRENT: Roster = {
  students: [
    {
      id: "1042",
      givenName: "Ana",
      familyName: "Chen",
      preferredName: "Annie",
      email: "ana.chen@school.test",
      grade: "7",
      advisorEmail: "ms.li@school.test",
      guardians: [
        { name: "Wei Chen", email: "wei@family.test", language: "zh", relationship: "mother" },
      ],
      active: true,
    },
    {
      id: "1043",
      givenName: "Ben",
      familyName: "Ode",
      preferredName: "",
      email: "ben.ode@school.test",
      grade: "8",
      advisorEmail: "ms.li@school.test",
      guardians: [],
      active: true,
    },
  ],
  staff: [
    { email: "ms.li@school.test", name: "May Li", roles: ["advisor"], active: true },
    { email: "boss@school.test", name: "Casey Boss", roles: ["coordinator"], active: true },
  ],
  classes: [],
};

const profile = (given: string, family: string, email?: string) => ({
  name: { givenName: given, familyName: family, fullName: `${given} ${family}` },
  ...(email ? { emailAddress: email } : {}),
});

const COURSE: ClassroomCourse = {
  id: "6001",
  name: "Biology 7",
  section: "P3",
  ownerId: "t1",
  teachers: [{ userId: "t1", profile: profile("Tom", "Teach", "tom@school.test") }],
  students: [
    { userId: "u1", profile: profile("Ana", "Chen", "Ana.Chen@school.test") },
    { userId: "u2", profile: profile("Nova", "New", "nova@school.test") },
  ],
};

const upload = (overrides: Partial<ClassroomUpload> = {}): ClassroomUpload => ({
  courses: [COURSE],
  guardians: [
    { studentId: "u1", guardianProfile: profile("Wei", "Chen", "wei@family.test") },
    { studentId: "u1", guardianProfile: profile("Jun", "Chen", "jun@family.test") },
    { studentId: "u2", guardianProfile: profile("Nel", "New", "nel@family.test") },
  ],
  ...overrides,
});

describe("a Google Classroom import", () => {
  it("adds new students and the teacher, updates a known one in place, and deactivates nobody", () => {
    const outcome = importClassroom(upload({ grade: "7" }), SETTINGS, CURRENT);
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    const { students, staff, classes } = outcome.roster;
    expect(students.map((s) => [s.id, s.active])).toEqual([
      ["1042", true],
      ["1043", true],
      ["gc-u2", true],
    ]);
    const ana = students[0]!;
    expect(ana).toMatchObject({
      preferredName: "Annie",
      grade: "7",
      advisorEmail: "ms.li@school.test",
    });
    expect(ana.guardians).toEqual([
      { name: "Wei Chen", email: "wei@family.test", language: "zh", relationship: "mother" },
      { name: "Jun Chen", email: "jun@family.test", language: "en", relationship: "" },
    ]);
    expect(students[2]).toMatchObject({ email: "nova@school.test", grade: "7", advisorEmail: "" });
    expect(staff.find((m) => m.email === "tom@school.test")?.roles).toEqual(["teacher"]);
    expect(staff.find((m) => m.email === "boss@school.test")?.roles).toEqual(["coordinator"]);
    expect(classes).toEqual([
      {
        id: "gc-6001",
        course: "Biology 7",
        period: "P3",
        grade: "7",
        teacherEmail: "tom@school.test",
        studentIds: ["1042", "gc-u2"],
      },
    ]);
    expect(outcome.summary).toMatchObject({ added: 1, deactivated: 0 });
    expect(outcome.summary.imported).toEqual({ students: 2, staff: 1, classes: 1, guardians: 3 });
    expect(outcome.needsAdvisor).toEqual(["Nova New, Student ID gc-u2"]);
  });

  it("warns about a new student with no grade, as a file import does", () => {
    const outcome = importClassroom(upload(), SETTINGS, CURRENT);
    expect(outcome.ok && outcome.warnings.map((w) => w.reason)).toContain(
      "no grade: imported; comments on them wait until they have one",
    );
  });

  it("tells only the warnings about what the courses hold", () => {
    const ben = { ...CURRENT.students[1]!, advisorEmail: "" };
    const current = { ...CURRENT, students: [CURRENT.students[0]!, ben] };
    const outcome = importClassroom(upload({ grade: "7" }), SETTINGS, current);
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.needsAdvisor).toEqual(["Nova New, Student ID gc-u2"]);
    expect(outcome.warnings.every((w) => w.file === 'Google Classroom course "Biology 7"')).toBe(
      true,
    );
  });

  it("makes a homeroom course's teacher its students' advisor", () => {
    const outcome = importClassroom(
      upload({ homeroomCourseId: "6001", grade: "7" }),
      SETTINGS,
      CURRENT,
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(
      outcome.roster.students.filter((s) => s.id !== "1043").map((s) => s.advisorEmail),
    ).toEqual(["tom@school.test", "tom@school.test"]);
    expect(outcome.roster.staff.find((m) => m.email === "tom@school.test")?.roles).toEqual([
      "teacher",
      "advisor",
    ]);
  });

  it("keeps a known student as they are in a teacher's import, and adds only that teacher", () => {
    const course = {
      ...COURSE,
      teachers: [
        ...COURSE.teachers,
        { userId: "t2", profile: profile("Co", "Teach", "co@school.test") },
      ],
    };
    const outcome = importClassroom(
      upload({ courses: [course], teacherEmail: "co@school.test", grade: "7" }),
      SETTINGS,
      {
        ...CURRENT,
        staff: [...CURRENT.staff, { email: "co@school.test", name: "Co T", roles: ["teacher"] }],
      },
    );
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.roster.students[0]).toEqual(CURRENT.students[0]);
    expect(outcome.roster.staff.map((m) => m.email)).not.toContain("tom@school.test");
    expect(outcome.roster.classes[0]?.teacherEmail).toBe("co@school.test");
  });

  it("names the course and person when Classroom gave no email", () => {
    const course = {
      ...COURSE,
      teachers: [{ userId: "t1", profile: profile("Tom", "Teach") }],
    };
    const outcome = importClassroom(upload({ courses: [course] }), SETTINGS, CURRENT);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.messages).toEqual([
      'Google Classroom course "Biology 7" (Biology 7, course id 6001), teacher emailAddress: missing: every class needs a teacher',
      'Google Classroom course "Biology 7" row 1 (Tom Teach), teacher emailAddress: missing: Confer knows staff by their email address',
    ]);
  });
});

describe("a Google Classroom import request", () => {
  it("takes course IDs and a homeroom among them, and refuses anything else", () => {
    expect(
      parseClassroomImport({ courseIds: ["6001", "d:bio"], homeroomCourseId: "6001" }, " tok "),
    ).toEqual({
      courseIds: ["6001", "d:bio"],
      homeroomCourseId: "6001",
      token: "tok",
    });
    expect(() => parseClassroomImport({ courseIds: [] }, "t")).toThrow("Choose at least one");
    expect(() => parseClassroomImport({ courseIds: ["a b"] }, "t")).toThrow(
      '"a b" is not a Google Classroom course ID.',
    );
    expect(() => parseClassroomImport({ courseIds: ["1"], homeroomCourseId: "2" }, "t")).toThrow(
      /homeroom/,
    );
  });

  it("accepts only the caller's token with every Classroom read-only scope", () => {
    const scopes = [...CLASSROOM_SCOPES];
    expect(tokenProblem("tom@school.test", { email: "tom@school.test", scopes })).toBeUndefined();
    expect(tokenProblem("tom@school.test", { email: "eve@school.test", scopes })).toMatch(
      /not yours/,
    );
    expect(tokenProblem("tom@school.test", undefined)).toMatch(/does not recognise/);
    expect(
      tokenProblem("tom@school.test", { email: "tom@school.test", scopes: scopes.slice(1) }),
    ).toMatch(/missing classroom\.courses\.readonly/);
  });
});
