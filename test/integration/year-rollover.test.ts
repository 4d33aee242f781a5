/*
 * A new school year on the built bundle: a grade 6–8 school runs its fall round (docs, teacher
 * comments, a SMART goal), then imports next year's roster with every student a grade up, its
 * eighth graders gone, new sixth graders and one student with a new advisor. Returning students
 * keep their row, docs, comments (moved whole to their new grade's tab) and goals; leavers turn
 * inactive with all of it kept; the next round gives returning students a new doc that carries
 * their goal forward, newcomers a first doc, and leavers none.
 */
import { type DriveFile, run, sheetToCsv } from "../../emulator";
import { type DemoSchool, type DemoStudent, toConferCsv } from "../../scripts/demo-school";
import { FIRST_DOC } from "../../src/domain/conference-docs/carry-forward";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";
import { FALL_2026 } from "./round-forms";

const FALL_2027 = {
  ...FALL_2026,
  name: "Fall 2027 student-led",
  preparationFrom: "2027-11-01",
  preparationTo: "2027-11-19",
  commentsFrom: "2027-11-08",
  commentsTo: "2027-11-24",
  conferenceFrom: "2027-11-30",
  conferenceTo: "2027-12-03",
};
const GOAL = "Read one chapter book every week";
const SMART = {
  Specific: "Read one chapter book",
  Measurable: "20 pages a day",
  Achievable: "With my library card",
  Relevant: "Reading helps in every class",
  "Time-bound": "By the spring conference",
};

let clock = Date.UTC(2026, 10, 23, 14);

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function importSchool(hub: DemoHub, school: DemoSchool) {
  const files = toConferCsv(school);
  return runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  }).value as {
    imported: boolean;
    problems?: string[];
    warnings?: string[];
    addedGrades?: string[];
    summary?: { added: number; updated: number; deactivated: number };
    regraded?: number;
  };
}

function docOf(hub: DemoHub, student: DemoStudent, round: string): DriveFile | undefined {
  return hub.ws.drive
    .all()
    .find(
      (f) =>
        !f.trashed &&
        f.appProperties.conferStudentId === student.id &&
        f.name === `${student.familyName}, ${student.givenName} · ${round}`,
    );
}

function saveComments(hub: DemoHub, classId: string, teacher: string, texts: Map<string, string>) {
  const result = runIn(hub, "saveComments", teacher, {
    classId,
    teacherEmail: teacher,
    entries: [...texts].map(([studentId, text]) => ({ studentId, text })),
  }).value as { results: { outcome: string }[] };
  expect(result.results.every((r) => r.outcome === "saved")).toBe(true);
}

const nextGrade = (grade: string) => String(Number(grade) + 1);

/** Next year's school: a grade up, the eighth graders gone, three new sixth graders, one new advisor. */
function nextYear(school: DemoSchool, movedId: string, newAdvisor: string) {
  const newcomers: DemoStudent[] = ["Amara", "Bruno", "Chiara"].map((givenName, i) => ({
    id: `6${101 + i}`,
    givenName,
    familyName: "Newcomb",
    preferredName: "",
    email: `${givenName.toLowerCase()}.newcomb@school.test`,
    grade: "6",
    advisorEmail: school.advisors.find((a) => a.grade === "8")!.advisorEmail,
    guardians: [],
  }));
  const returning = school.students
    .filter((s) => s.grade !== "8")
    .map((s) => ({
      ...s,
      grade: nextGrade(s.grade),
      advisorEmail: s.id === movedId ? newAdvisor : s.advisorEmail,
    }));
  const stay = new Set(returning.map((s) => s.id));
  const classes = [
    ...school.classes
      .filter((c) => c.grade !== "8")
      .map((c) => ({
        ...c,
        id: `${c.id.replace(/-(\d)/, (_, g: string) => `-${nextGrade(g)}`)}-2027`,
        grade: nextGrade(c.grade),
        studentIds: c.studentIds.filter((id) => stay.has(id)),
      })),
    {
      id: "MATH-6N-2027",
      course: "Math" as const,
      period: 1,
      grade: "6",
      teacherEmail: school.classes.find((c) => c.id === "MATH-6A")!.teacherEmail,
      studentIds: newcomers.map((s) => s.id),
    },
  ];
  return { ...school, students: [...returning, ...newcomers], classes, newcomers };
}

describe("a new school year", () => {
  const hub = readyHub({ now: () => clock });
  const { school } = hub;
  const sixth = school.students.filter((s) => s.grade === "6");
  const eighth = school.students.filter((s) => s.grade === "8");
  const [valentina, moving] = sixth as [DemoStudent, DemoStudent];
  const leaver = eighth[0]!;
  const oldAdvisor = moving.advisorEmail;
  const newAdvisor = school.advisors.find(
    (a) => a.grade === "6" && a.advisorEmail !== oldAdvisor,
  )!.advisorEmail;
  const year2 = nextYear(school, moving.id, newAdvisor);
  const before: Record<string, string[][]> = {};
  const earlierText = new Map<string, string>();

  it("runs a fall round: docs for every student, teachers' comments, SMART goals", () => {
    expect(runIn(hub, "openRound", hub.coordinator, FALL_2026).value).toMatchObject({
      opened: true,
    });
    const docs = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value as {
      created: number;
      problems: unknown[];
    };
    expect(docs).toMatchObject({ created: school.students.length, problems: [] });
    for (const id of ["MATH-6A", "MATH-7A", "MATH-8A"]) {
      const math = school.classes.find((c) => c.id === id)!;
      const texts = new Map(math.studentIds.map((s) => [s, `${id}: ${s} works steadily.`]));
      saveComments(hub, math.id, math.teacherEmail, texts);
    }
    // A column past Confer's own, as a newer Confer may keep there, must move with its row.
    for (const grade of ["6", "7", "8"]) {
      const name = `Grade ${grade} Comments`;
      expect(writeCellByHand(hub, hub.coordinator, name, "L1", "Round").ok).toBe(true);
      expect(writeCellByHand(hub, hub.coordinator, name, "L2", FALL_2026.name).ok).toBe(true);
    }
    for (const student of [valentina, moving, leaver]) {
      const docId = docOf(hub, student, FALL_2026.name)!.id;
      const plan = run(hub.ws, {
        fn: "writeConferencePlan",
        args: [{ smart: SMART, ownWords: `${GOAL} (${student.givenName})` }],
        as: student.advisorEmail,
        containerId: docId,
        kind: "sidebar",
      });
      expect(plan.error).toBeUndefined();
    }
    for (const name of ["Students", "Conference Docs", "Comment Log"])
      before[name] = tab(hub, name);
    for (const grade of ["6", "7", "8"]) {
      before[grade] = tab(hub, `Grade ${grade} Comments`).slice(1);
    }
    expect(before["6"]!.length).toBeGreaterThan(0);
    expect(before["6"]![0]).toHaveLength(12);
    expect(before["6"]![0]![11]).toBe(FALL_2026.name);
    for (const student of school.students) {
      const doc = docOf(hub, student, FALL_2026.name)!;
      earlierText.set(student.id, readDoc(hub.ws, hub.coordinator, doc.id).text);
    }
    expect(earlierText.get(valentina.id)).toContain(`${GOAL} (Valentina)`);
  });

  it("refuses next year's roster while two students in it share an ID, and writes nothing", () => {
    const [first, second, ...rest] = year2.students;
    const twin = { ...second!, id: first!.id };
    const refused = importSchool(hub, { ...year2, students: [first!, twin, ...rest] });
    expect(refused.imported).toBe(false);
    expect(refused.problems?.[0]).toBe(
      `students.csv row 3 (${twin.givenName} ${twin.familyName}, Student ID ${twin.id}), Student ID "${twin.id}": duplicate student ID: also on row 2`,
    );
    expect(tab(hub, "Students")).toEqual(before.Students);
  });

  it("imports next year's roster: returning students a grade up in their own rows, leavers inactive, newcomers active", () => {
    clock = Date.UTC(2027, 8, 6, 14);
    for (const s of year2.newcomers) hub.ws.users.add(s.email, `${s.givenName} ${s.familyName}`);
    const result = importSchool(hub, year2);
    expect(result).toMatchObject({
      imported: true,
      summary: { added: 3, deactivated: eighth.length },
      regraded: before["6"]!.length + before["7"]!.length,
    });
    const cell = columnsOf(hub, "Students");
    const rows = tab(hub, "Students");
    const old = before.Students!;
    expect(rows).toHaveLength(old.length + 3);
    old.slice(1).forEach((was, i) => {
      const now = rows[i + 1]!;
      const id = cell(was, "Student ID");
      expect(cell(now, "Student ID")).toBe(id);
      const leaving = cell(was, "Grade") === "8";
      expect(cell(now, "Grade")).toBe(leaving ? "8" : nextGrade(cell(was, "Grade")));
      expect(cell(now, "Active")).toBe(leaving ? "no" : "yes");
      expect(cell(now, "Email")).toBe(cell(was, "Email"));
      expect(cell(now, "Advisor Email")).toBe(
        id === moving.id ? newAdvisor : cell(was, "Advisor Email"),
      );
    });
    expect(rows.slice(-3).map((r) => [cell(r, "Student ID"), cell(r, "Active")])).toEqual(
      year2.newcomers.map((s) => [s.id, "yes"]),
    );
  });

  it("keeps every earlier doc as it was, with its row and its student's access", () => {
    expect(tab(hub, "Conference Docs")).toEqual(before["Conference Docs"]);
    for (const student of school.students) {
      const doc = docOf(hub, student, FALL_2026.name)!;
      expect(hub.ws.drive.roleOf(student.email, doc)).toBe("editor");
      const read = readDoc(hub.ws, student.email, doc.id);
      expect(read.status).toBe(200);
      expect(read.text).toBe(earlierText.get(student.id));
    }
    expect(earlierText.get(leaver.id)).toContain(`${GOAL} (${leaver.givenName})`);
  });

  it("moves each returning student's comments, whole, to their new grade's tab, and keeps the leavers'", () => {
    expect(tab(hub, "Grade 6 Comments").slice(1)).toEqual([]);
    expect(tab(hub, "Grade 7 Comments").slice(1)).toEqual(before["6"]);
    expect(tab(hub, "Grade 8 Comments").slice(1)).toEqual([...before["8"]!, ...before["7"]!]);
    const log = tab(hub, "Comment Log");
    const added = log.slice(before["Comment Log"]!.length);
    expect(added.map((r) => r[2])).toEqual(
      Array(before["6"]!.length + before["7"]!.length).fill("regrade"),
    );
    expect(log.slice(0, before["Comment Log"]!.length)).toEqual(before["Comment Log"]);
  });

  it("opens next year's round: a new doc for each returning student carrying their goal, a first doc for newcomers, none for leavers", () => {
    runIn(hub, "closeRound", hub.coordinator, FALL_2026.name);
    runIn(hub, "openRound", hub.coordinator, FALL_2027);
    const docs = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value as {
      created: number;
      problems: unknown[];
    };
    expect(docs).toMatchObject({ created: year2.students.length, problems: [] });
    for (const student of eighth) expect(docOf(hub, student, FALL_2027.name)).toBeUndefined();
    for (const student of [valentina, moving]) {
      const doc = docOf(hub, student, FALL_2027.name)!;
      const text = readDoc(hub.ws, student.email, doc.id).text;
      const earlier = docOf(hub, student, FALL_2026.name)!;
      expect(text).toContain(
        `My goal last time (${FALL_2026.name}) was: ${GOAL} (${student.givenName})`,
      );
      expect(text).toContain(
        `${FALL_2026.name}: https://docs.google.com/document/d/${earlier.id}/edit`,
      );
      expect(text).toContain("Grade 7");
    }
    for (const student of year2.newcomers) {
      const doc = docOf(hub, student, FALL_2027.name)!;
      expect(readDoc(hub.ws, student.email, doc.id).text).toContain(FIRST_DOC);
    }
    const cell = columnsOf(hub, "Conference Docs");
    const rows = tab(hub, "Conference Docs");
    expect(rows.filter((r) => cell(r, "Round") === FALL_2027.name)).toHaveLength(
      year2.students.length,
    );
  });

  it("files new comments in the new grades' tabs, in next year's comment window", () => {
    clock = Date.UTC(2027, 10, 10, 14);
    const seventhMath = year2.classes.find((c) => c.id === "MATH-7A-2027")!;
    saveComments(
      hub,
      seventhMath.id,
      seventhMath.teacherEmail,
      new Map([[valentina.id, "Year two: a strong start."]]),
    );
    saveComments(
      hub,
      "MATH-6N-2027",
      seventhMath.teacherEmail,
      new Map([[year2.newcomers[0]!.id, "Welcome to the school."]]),
    );
    const seventhRows = tab(hub, "Grade 7 Comments").slice(1);
    expect(seventhRows.slice(0, -1)).toEqual(before["6"]);
    expect(seventhRows.at(-1)).toEqual(expect.arrayContaining(["Year two: a strong start."]));
    expect(tab(hub, "Grade 6 Comments").slice(1)).toEqual([
      expect.arrayContaining([year2.newcomers[0]!.id, "Welcome to the school."]),
    ]);
  });

  it("shares the new doc, and the earlier one, with a student's new advisor only", () => {
    const doc = docOf(hub, moving, FALL_2027.name)!;
    expect(hub.ws.drive.roleOf(newAdvisor, doc)).toBe("editor");
    expect(hub.ws.drive.roleOf(oldAdvisor, doc)).toBeUndefined();
    const earlier = docOf(hub, moving, FALL_2026.name)!;
    expect(hub.ws.drive.roleOf(moving.email, earlier)).toBe("editor");
    expect(hub.ws.drive.roleOf(newAdvisor, earlier)).toBe("editor");
    expect(hub.ws.drive.roleOf(oldAdvisor, earlier)).toBeUndefined();
    expect(readDoc(hub.ws, newAdvisor, earlier.id).text).toBe(earlierText.get(moving.id));
    const cell = columnsOf(hub, "Conference Docs");
    const row = tab(hub, "Conference Docs").find((r) => cell(r, "Doc ID") === earlier.id)!;
    expect([cell(row, "Grade"), cell(row, "Advisor Email"), cell(row, "Shared With")]).toEqual([
      "6",
      newAdvisor,
      `${moving.email}, ${newAdvisor}`,
    ]);
    const others = (rows: string[][]) => rows.filter((r) => cell(r, "Doc ID") !== earlier.id);
    expect(
      others(tab(hub, "Conference Docs")).slice(0, before["Conference Docs"]!.length - 1),
    ).toEqual(others(before["Conference Docs"]!));
    const again = runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value;
    expect(again).toMatchObject({ created: 0, accessRepaired: 0, problems: [] });
  });
});

describe("a roster with a grade the hub has no comment tab for yet", () => {
  it("is imported with a warning, the grade added to Settings and given its tab", () => {
    const hub = readyHub();
    const ninth: DemoStudent = { ...hub.school.students.at(-1)!, grade: "9" };
    const school = { ...hub.school, students: [...hub.school.students.slice(0, -1), ninth] };
    expect(importSchool(hub, school)).toMatchObject({
      imported: true,
      addedGrades: ["9"],
      warnings: [
        `students.csv row ${school.students.length + 1} (${ninth.givenName} ${ninth.familyName}, Student ID ${ninth.id}), Grade "9": not one of the school's grades (6, 7, 8): added to Settings`,
      ],
    });
    const grades = tab(hub, "Settings").find((row) => row[0] === "Grades")![1];
    expect(grades).toBe("6, 7, 8, 9");
    expect(tab(hub, "Grade 9 Comments")).toEqual([tab(hub, "Grade 8 Comments")[0]]);
    const math = hub.school.classes.find((c) => c.studentIds.includes(ninth.id))!;
    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, math.teacherEmail, "editor");
    const byHand = writeCellByHand(hub, math.teacherEmail, "Grade 9 Comments", "A2", "C-mine");
    expect(byHand.error?.message).toMatch(/protected cell/);
    saveComments(hub, math.id, math.teacherEmail, new Map([[ninth.id, "Moved up a year."]]));
    expect(tab(hub, "Grade 9 Comments").slice(1)).toEqual([
      expect.arrayContaining([ninth.id, "Moved up a year."]),
    ]);
  });
});
