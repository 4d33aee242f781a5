/*
 * Import roster from Google Classroom, on the built bundle and the emulated Classroom API: a
 * teacher imports their course of 30 students with guardians (students already on the roster
 * keep their IDs and grades, new ones are added), a coordinator imports a course of 65 read over
 * three pages of students, Google's refusal of a course the caller does not teach reaches them
 * with nothing written, a teacher cannot import a colleague's course, and a token that is not
 * the caller's is refused by the web app. An import failing at any write, run again, ends as a
 * fault-free one with each student, class and guardian once.
 */
import { run, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

const DOMAIN = "school.test";

interface ImportResult {
  imported: boolean;
  problems?: string[];
  warnings: string[];
  classIds: string[];
  summary?: { added: number; updated: number; deactivated: number };
}

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((record) => [...record.fields]);
}

const teachersOf = (hub: DemoHub) =>
  hub.school.staff.filter((s) => s.roles.includes("teacher")).map((s) => s.email);

interface Seeded {
  teacher: string;
  colleague: string;
  biology: string;
  lecture: string;
  colleagues: string;
  known: { id: string; email: string; grade: string }[];
}

/** Classroom as the school uses it: the teacher's course of 30, a colleague's course, and a lecture of 65. */
function seedClassroom(hub: DemoHub): Seeded {
  const classroom = hub.ws.classroom;
  const [teacher, colleague] = teachersOf(hub) as [string, string];
  const now = hub.ws.now();
  const biology = classroom.createCourse({ name: "Biology 7", owner: teacher, section: "P3" }, now);
  const known = hub.school.students.slice(0, 10);
  for (const student of known) {
    classroom.addStudent(biology.id, {
      email: student.email,
      givenName: student.givenName,
      familyName: student.familyName,
    });
    classroom.addGuardian(student.email, {
      email: `classroom.parent.${student.id.toLowerCase()}@gmail.test`,
      givenName: "Cam",
      familyName: student.familyName,
    });
  }
  for (let i = 1; i <= 20; i++) {
    const email = `new.student${i}@${DOMAIN}`;
    classroom.addStudent(biology.id, { email, givenName: `Nova${i}`, familyName: "Newman" });
    classroom.addGuardian(email, {
      email: `newman.family${i}@gmail.test`,
      givenName: "Nel",
      familyName: "Newman",
    });
  }
  const colleagues = classroom.createCourse({ name: "Art 8", owner: colleague }, now);
  classroom.addStudent(colleagues.id, {
    email: `art.only@${DOMAIN}`,
    givenName: "Ari",
    familyName: "Artis",
  });
  const lecture = classroom.createCourse({ name: "Science lecture", owner: colleague }, now);
  for (let i = 1; i <= 65; i++) {
    classroom.addStudent(lecture.id, {
      email: `lecture${i}@${DOMAIN}`,
      givenName: `Lee${i}`,
      familyName: "Lecture",
    });
  }
  classroom.makeAdmin(hub.coordinator);
  return {
    teacher,
    colleague,
    biology: biology.id,
    lecture: lecture.id,
    colleagues: colleagues.id,
    known: known.map((s) => ({ id: s.id, email: s.email, grade: s.grade })),
  };
}

const sidebar = (hub: DemoHub, fn: string, as: string, ...args: unknown[]) =>
  run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });

const lastWebAppReport = (hub: DemoHub) =>
  [...hub.ws.history].reverse().find((r) => r.fn === "doPost")!;

describe("import roster from Google Classroom", () => {
  const hub = readyHub();
  const seeded = seedClassroom(hub);
  const rosterBefore = () =>
    ["Students", "Staff", "Classes"].map((t) => sheetToCsv(hub.ws, hub.hubId, t));

  it("lists to a teacher only the Classroom courses they teach", () => {
    const view = runIn(hub, "listMyClassroomCourses", seeded.teacher, {}).value as {
      courses: { id: string; name: string; section: string }[];
    };
    expect(view.courses).toEqual([{ id: seeded.biology, name: "Biology 7", section: "P3" }]);
  });

  it("refuses, with Google's message, a course the teacher does not teach, and writes nothing", () => {
    const before = rosterBefore();
    const result = runIn(hub, "importMyClassroomCourses", seeded.teacher, {
      courseIds: [seeded.colleagues],
    }).value as ImportResult;
    expect(result.imported).toBe(false);
    expect(result.problems).toEqual([
      `Google Classroom course ${seeded.colleagues}: The caller does not have permission`,
    ]);
    expect(rosterBefore()).toEqual(before);
  });

  it("refuses a teacher a course they can see but do not teach, as a class of theirs", () => {
    const before = rosterBefore();
    hub.ws.classroom.addStudent(seeded.colleagues, seeded.teacher);
    const result = runIn(hub, "importMyClassroomCourses", seeded.teacher, {
      courseIds: [seeded.colleagues],
    }).value as ImportResult;
    expect(result.imported).toBe(false);
    expect(result.problems?.[0]).toMatch(/"Art 8".*you do not teach it/);
    expect(rosterBefore()).toEqual(before);
  });

  it("imports a teacher's course of 30 with its guardians, as their class", () => {
    const studentsBefore = tab(hub, "Students").length - 1;
    const result = runIn(hub, "importMyClassroomCourses", seeded.teacher, {
      courseIds: [seeded.biology],
      grade: "7",
    }).value as ImportResult;
    expect(result.problems).toBeUndefined();
    expect(result.imported).toBe(true);
    expect(result.classIds).toEqual([`gc-${seeded.biology}`]);
    expect(result.summary).toMatchObject({ added: 20, deactivated: 0 });

    const students = tab(hub, "Students").slice(1);
    expect(students).toHaveLength(studentsBefore + 20);
    const cell = columnsOf(hub, "Students");
    const byEmail = new Map(students.map((row) => [cell(row, "Email"), row]));
    for (let i = 1; i <= 20; i++) {
      const row = byEmail.get(`new.student${i}@${DOMAIN}`)!;
      expect(cell(row, "Given Name")).toBe(`Nova${i}`);
      expect(cell(row, "Grade")).toBe("7");
      expect(cell(row, "Guardians")).toContain(`<newman.family${i}@gmail.test>`);
      expect(cell(row, "Student ID")).toMatch(/^gc-\d+$/);
    }
    for (const known of seeded.known) {
      const row = byEmail.get(known.email)!;
      expect(cell(row, "Student ID")).toBe(known.id);
      expect(cell(row, "Grade")).toBe(known.grade);
    }

    const classCell = columnsOf(hub, "Classes");
    const klass = tab(hub, "Classes").find(
      (r) => classCell(r, "Class ID") === `gc-${seeded.biology}`,
    )!;
    expect(classCell(klass, "Course")).toBe("Biology 7");
    expect(classCell(klass, "Teacher Email")).toBe(seeded.teacher);
    expect(classCell(klass, "Student IDs").split(" ")).toHaveLength(30);

    const view = runIn(hub, "getClassroomConferences", seeded.teacher).value as {
      classes: { id: string; students: number }[];
    };
    expect(view.classes).toContainEqual(
      expect.objectContaining({ id: `gc-${seeded.biology}`, students: 30 }),
    );
  });

  it("leaves a student already on the roster as they were when a teacher imports them", () => {
    const cell = columnsOf(hub, "Students");
    const known = seeded.known[0]!;
    const row = tab(hub, "Students").find((r) => cell(r, "Student ID") === known.id)!;
    const guardians = hub.school.guardians.filter((g) => g.studentId === known.id);
    for (const g of guardians) expect(cell(row, "Guardians")).toContain(`<${g.email}>`);
    expect(cell(row, "Guardians")).not.toContain("classroom.parent");
  });

  it("lets a coordinator import the course as homeroom: its teacher advises, Classroom's guardians join the roster's", () => {
    const result = runIn(hub, "importClassroomCourses", hub.coordinator, {
      courseIds: [seeded.biology],
      homeroomCourseId: seeded.biology,
    }).value as ImportResult;
    expect(result.problems).toBeUndefined();
    expect(result.summary).toMatchObject({ added: 0, deactivated: 0 });
    const cell = columnsOf(hub, "Students");
    const students = tab(hub, "Students").slice(1);
    const known = seeded.known[0]!;
    const row = students.find((r) => cell(r, "Student ID") === known.id)!;
    expect(cell(row, "Advisor Email")).toBe(seeded.teacher);
    expect(cell(row, "Guardians")).toContain(
      `<classroom.parent.${known.id.toLowerCase()}@gmail.test>`,
    );
    for (const g of hub.school.guardians.filter((g) => g.studentId === known.id)) {
      expect(cell(row, "Guardians")).toContain(`<${g.email}>`);
    }
    const staffCell = columnsOf(hub, "Staff");
    const teacherRow = tab(hub, "Staff").find((r) => staffCell(r, "Email") === seeded.teacher)!;
    expect(staffCell(teacherRow, "Roles")).toMatch(/advisor/);
  });

  it("re-imports the same course with no duplicates and nobody deactivated", () => {
    const rows = tab(hub, "Students").length;
    const result = runIn(hub, "importMyClassroomCourses", seeded.teacher, {
      courseIds: [seeded.biology],
    }).value as ImportResult;
    expect(result.summary).toMatchObject({ added: 0, deactivated: 0 });
    expect(tab(hub, "Students")).toHaveLength(rows);
  });

  it("lets a coordinator import a course of 65 across three pages of students", () => {
    const before = tab(hub, "Students").length - 1;
    const result = runIn(hub, "importClassroomCourses", hub.coordinator, {
      courseIds: [seeded.lecture],
      grade: "8",
    }).value as ImportResult;
    expect(result.imported).toBe(true);
    const report = hub.ws.history[hub.ws.history.length - 1]!;
    expect(report.counts["Classroom.courses.students.list"]).toBe(3);
    expect(report.counts["Classroom.userProfiles.guardians.list"]).toBe(65);
    const cell = columnsOf(hub, "Students");
    const students = tab(hub, "Students").slice(1);
    expect(students).toHaveLength(before + 65);
    const emails = new Set(students.map((r) => cell(r, "Email")));
    for (let i = 1; i <= 65; i++) expect(emails.has(`lecture${i}@${DOMAIN}`)).toBe(true);
    const classCell = columnsOf(hub, "Classes");
    const klass = tab(hub, "Classes").find(
      (r) => classCell(r, "Class ID") === `gc-${seeded.lecture}`,
    )!;
    expect(classCell(klass, "Teacher Email")).toBe(seeded.colleague);
    expect(result.warnings.some((w) => /no guardian|guardian/i.test(w))).toBe(false);
  });

  it("refuses a token that is not the caller's, and writes nothing", () => {
    const before = rosterBefore();
    const forged = hub.ws.tokenFor(hub.coordinator);
    const body = JSON.stringify({
      action: "importMyClassroomCourses",
      args: [{ courseIds: [seeded.lecture] }, forged],
    });
    const result = run(hub.ws, {
      fn: "doPost",
      args: [
        {
          parameter: {},
          postData: { contents: body, type: "application/json", length: body.length },
        },
      ],
      as: hub.coordinator,
      activeUser: seeded.teacher,
      kind: "webapp",
    });
    const envelope = JSON.parse((result.value as { content: string }).content);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: "classroom-token",
        message: "The OAuth token sent with this request is not yours.",
      },
    });
    const unknown = JSON.stringify({
      action: "listMyClassroomCourses",
      args: [{}, "ya29.made-up"],
    });
    const refused = run(hub.ws, {
      fn: "doPost",
      args: [
        {
          parameter: {},
          postData: { contents: unknown, type: "application/json", length: unknown.length },
        },
      ],
      as: hub.coordinator,
      activeUser: seeded.teacher,
      kind: "webapp",
    });
    expect(JSON.parse((refused.value as { content: string }).content).error.message).toBe(
      "Google does not recognise the OAuth token sent with this request.",
    );
    expect(rosterBefore()).toEqual(before);
    expect(lastWebAppReport(hub).counts["Classroom.courses.list"]).toBeUndefined();
  });

  it("refuses a token without Classroom's read-only scopes", () => {
    const narrow = hub.ws.issueToken(seeded.teacher, [
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
    const body = JSON.stringify({ action: "listMyClassroomCourses", args: [{}, narrow] });
    const result = run(hub.ws, {
      fn: "doPost",
      args: [
        {
          parameter: {},
          postData: { contents: body, type: "application/json", length: body.length },
        },
      ],
      as: hub.coordinator,
      activeUser: seeded.teacher,
      kind: "webapp",
    });
    expect(JSON.parse((result.value as { content: string }).content).error.message).toMatch(
      /^Confer has not been given read access to Google Classroom \(missing classroom\.courses\.readonly/,
    );
  });

  it("keeps the import actions from a teacher acting as coordinator", () => {
    const result = sidebar(hub, "importClassroomCourses", seeded.teacher, {
      courseIds: [seeded.biology],
    });
    expect(result.ok).toBe(false);
    expect(result.error?.name).toBe("AccessRefusedError");
  });
});

describe("a Classroom import that fails at any write", () => {
  const WRITES = [
    "Range.setValues",
    "Range.setValue",
    "Properties.setProperty",
    "Properties.setProperties",
    "Properties.deleteProperty",
  ];
  const imports = {
    "a teacher's": (hub: DemoHub, seeded: Seeded) =>
      sidebar(hub, "importMyClassroomCourses", seeded.teacher, {
        courseIds: [seeded.biology],
        grade: "7",
      }),
    "a coordinator's homeroom": (hub: DemoHub, seeded: Seeded) =>
      sidebar(hub, "importClassroomCourses", hub.coordinator, {
        courseIds: [seeded.biology, seeded.lecture],
        homeroomCourseId: seeded.biology,
        grade: "7",
      }),
  };
  const state = (hub: DemoHub) => ({
    students: tab(hub, "Students").filter((r) => r.some((c) => c !== "")),
    staff: tab(hub, "Staff").filter((r) => r.some((c) => c !== "")),
    classes: tab(hub, "Classes").filter((r) => r.some((c) => c !== "")),
  });
  const once = (hub: DemoHub) => {
    const { students, classes } = state(hub);
    const cell = columnsOf(hub, "Students");
    const classCell = columnsOf(hub, "Classes");
    const ids = students.slice(1).map((r) => cell(r, "Student ID"));
    const emails = students.slice(1).map((r) => cell(r, "Email").toLowerCase());
    const classIds = classes.slice(1).map((r) => classCell(r, "Class ID"));
    const guardians = students
      .slice(1)
      .map((r) => cell(r, "Guardians").match(/<[^>]+>/g) ?? [])
      .filter((list) => new Set(list).size !== list.length);
    return {
      ids: new Set(ids).size === ids.length,
      emails: new Set(emails).size === emails.length,
      classIds: new Set(classIds).size === classIds.length,
      guardians,
    };
  };
  const ONCE = { ids: true, emails: true, classIds: true, guardians: [] };

  describe.each(Object.entries(imports))("%s import", (_, act) => {
    const clean = readyHub();
    const seededClean = seedClassroom(clean);
    const before = clean.ws.history.length;
    expect(act(clean, seededClean).error).toBeUndefined();
    const expected = state(clean);
    const counts = new Map<string, number>();
    for (const report of clean.ws.history.slice(before))
      for (const key of WRITES) counts.set(key, (counts.get(key) ?? 0) + (report.counts[key] ?? 0));
    const steps = [...counts].flatMap(([key, n]) =>
      Array.from({ length: n }, (_, i) => [key, i + 1] as [string, number]),
    );

    it("adds students and a class, each once, so a half-done or doubled import would show", () => {
      const fresh = state(readyHub());
      expect(expected.students.length).toBeGreaterThan(fresh.students.length + 19);
      expect(expected.classes.length).toBeGreaterThan(fresh.classes.length);
      expect(once(clean)).toEqual(ONCE);
      expect(steps.length).toBeGreaterThan(0);
    });

    it.each(steps)(
      "ends as a fault-free import, each student, class and guardian once, when %s call %i fails and it runs again",
      (call, nth) => {
        const hub = readyHub();
        const seeded = seedClassroom(hub);
        hub.ws.faults.inject({ call, nth });
        const first = act(hub, seeded);
        hub.ws.faults.clear();
        expect(once(hub)).toEqual(ONCE);
        if (!first.ok || !(first.value as ImportResult).imported) {
          const again = act(hub, seeded);
          expect(again.error).toBeUndefined();
          expect((again.value as ImportResult).imported).toBe(true);
        }
        expect(once(hub)).toEqual(ONCE);
        expect(state(hub)).toEqual(expected);
        expect(
          tab(hub, "Roster Import").filter((r) => r.some((c) => c !== "")).length,
        ).toBeLessThanOrEqual(1);
      },
    );
  });
});
