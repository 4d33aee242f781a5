/*
 * A classroom round on the built bundle: a teacher opens one for two of their classes from
 * Confer ▸ Classroom conferences… and creates its docs. Each student of either class gets exactly
 * one doc, named for the round, in the teacher's folder of the round, shared with the student and
 * (through the folder) the teacher only; a re-run makes none. Other teachers, students and their
 * advisors are refused or kept out, and an advisor's student-led docs and Status do not change.
 */
import { type DriveFile, run } from "../../emulator";
import { readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";

const ROUND = "Period 2 · Q3 conferences";
const FORM = {
  name: ROUND,
  preparationFrom: "2026-11-23",
  preparationTo: "2026-12-04",
  conferenceFrom: "2026-11-30",
  conferenceTo: "2027-01-29",
};

interface Progress {
  created: number;
  skipped: number;
  remaining: number;
  inScope: number;
  problems: unknown[];
  continuing: boolean;
}

function teacherWithTwoClasses(hub: DemoHub) {
  const byTeacher = new Map<string, string[]>();
  for (const c of hub.school.classes)
    byTeacher.set(c.teacherEmail, [...(byTeacher.get(c.teacherEmail) ?? []), c.id]);
  const [teacher, classIds] = [...byTeacher].find(([, ids]) => ids.length >= 2)!;
  const other = [...byTeacher.keys()].find((email) => email !== teacher)!;
  return { teacher, classIds: classIds.slice(0, 2), other };
}

function classmates(hub: DemoHub, classIds: readonly string[]) {
  const ids = new Set(
    hub.school.classes.filter((c) => classIds.includes(c.id)).flatMap((c) => c.studentIds),
  );
  return hub.school.students.filter((s) => ids.has(s.id));
}

const call = (hub: DemoHub, fn: string, as: string, ...args: unknown[]) =>
  run(hub.ws, { fn, args, as, containerId: hub.hubId, kind: "sidebar" });

const roundDocs = (hub: DemoHub): DriveFile[] =>
  hub.ws.drive
    .all()
    .filter(
      (f) => !f.trashed && f.appProperties.conferTerm === ROUND && f.mimeType.includes("document"),
    );

function createAll(hub: DemoHub, teacher: string): Progress[] {
  const runs: Progress[] = [];
  for (let i = 0; i < 10; i++) {
    const progress = runIn(hub, "createClassroomDocs", teacher, ROUND).value as Progress;
    runs.push(progress);
    if (progress.remaining === 0) break;
  }
  return runs;
}

describe("a classroom round", () => {
  const hub = readyHub();
  const { teacher, classIds, other } = teacherWithTwoClasses(hub);
  const students = classmates(hub, classIds);
  const studentAdvisor = students.find((s) => s.advisorEmail !== teacher)!;
  const advisor = studentAdvisor.advisorEmail;
  let statusBefore: unknown;
  let adviseeDocsBefore: string[];

  beforeAll(() => {
    runIn(hub, "createConferenceDocs", advisor, { kind: "advisor", advisorEmail: advisor });
    statusBefore = runIn(hub, "getStatus", advisor, {}).value;
    adviseeDocsBefore = hub.ws.drive
      .all()
      .filter((f) => f.appProperties.conferStudentId && f.appProperties.conferTerm !== ROUND)
      .map((f) => `${f.id} ${f.parents.join(",")}`)
      .sort();
    expect(adviseeDocsBefore.length).toBeGreaterThan(0);
    expect((statusBefore as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it("is opened by the teacher for two of their own classes, and listed in their sidebar", () => {
    const opened = runIn(hub, "openClassroomRound", teacher, { ...FORM, classIds }).value as {
      opened: boolean;
      round: { kind: string; hostEmail: string; classIds: string[]; conference: unknown };
    };
    expect(opened.opened).toBe(true);
    expect(opened.round).toMatchObject({
      kind: "classroom",
      hostEmail: teacher,
      classIds,
      conference: { from: "2026-11-30", to: "2027-01-29" },
    });
    const view = runIn(hub, "getClassroomConferences", teacher).value as {
      classes: { id: string }[];
      rounds: { round: { name: string }; docs: number }[];
    };
    expect(view.classes.map((c) => c.id)).toEqual(
      hub.school.classes.filter((c) => c.teacherEmail === teacher).map((c) => c.id),
    );
    expect(view.rounds.map((r) => [r.round.name, r.docs])).toEqual([[ROUND, 0]]);
    const theirs = runIn(hub, "getClassroomConferences", other).value as { rounds: unknown[] };
    expect(theirs.rounds).toEqual([]);
    const coordinator = runIn(hub, "getClassroomConferences", hub.coordinator).value as {
      rounds: { round: { name: string } }[];
    };
    expect(coordinator.rounds.map((r) => r.round.name)).toEqual([ROUND]);
  });

  it("refuses a second open round of the same name, and another teacher's class by its ID", () => {
    const again = runIn(hub, "openClassroomRound", teacher, { ...FORM, classIds }).value as {
      opened: boolean;
      problems: { field: string; message: string }[];
    };
    expect(again.opened).toBe(false);
    expect(again.problems[0]!.message).toMatch(
      /^Round name “Period 2 · Q3 conferences”: you already have an open classroom round named/,
    );
    const theft = runIn(hub, "openClassroomRound", other, {
      ...FORM,
      name: "Borrowed",
      classIds: [classIds[0]],
    }).value as { opened: boolean; problems: { field: string; message: string }[] };
    expect(theft.opened).toBe(false);
    expect(theft.problems).toEqual([
      {
        field: "classIds",
        message: expect.stringContaining(`Classes “${classIds[0]}”: `),
      },
    ]);
    expect(theft.problems[0]!.message).toContain(`is taught by ${teacher}, not by ${other}`);
  });

  it("gives each student of both classes exactly one doc, in the teacher's folder, shared with the student and teacher only", () => {
    const runs = createAll(hub, teacher);
    expect(runs.flatMap((r) => r.problems)).toEqual([]);
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(students.length);
    const docs = roundDocs(hub);
    expect(docs.map((d) => d.appProperties.conferStudentId).sort()).toEqual(
      students.map((s) => s.id).sort(),
    );
    const folderIds = new Set(docs.flatMap((d) => d.parents));
    expect(folderIds.size).toBe(1);
    const folder = hub.ws.drive.get([...folderIds][0]!)!;
    const roundFolder = hub.ws.drive.get(folder.parents[0]!)!;
    expect(roundFolder.name).toBe(ROUND);
    expect(folder.name).toContain(`(${teacher})`);
    expect([...folder.editors]).toEqual([teacher]);
    for (const student of students) {
      const doc = docs.find((d) => d.appProperties.conferStudentId === student.id)!;
      expect(doc.name).toBe(`${student.familyName}, ${student.givenName} · ${ROUND}`);
      expect([...doc.editors, ...doc.commenters, ...doc.viewers]).toEqual([student.email]);
      expect(doc.owner).toBe(hub.coordinator);
    }
    const one = docs.find((d) => d.appProperties.conferStudentId === studentAdvisor.id)!;
    const { text } = readDoc(hub.ws, teacher, one.id);
    const teacherName = hub.school.staff.find((s) => s.email === teacher)!.name;
    expect(text).toContain(`Teacher: ${teacherName}`);
    for (const line of [
      "☐ 1:1 coaching on a piece of work",
      "☐ I'm good",
      "If you ticked “I'm good”:",
      "What is going well?",
      "What would you like to get better at?",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("Teacher comments");
    expect(text).not.toContain("Parent Communication");
    expect(readDoc(hub.ws, studentAdvisor.email, one.id).status).toBe(200);
    expect(readDoc(hub.ws, advisor, one.id).status).not.toBe(200);
    expect(readDoc(hub.ws, other, one.id).status).not.toBe(200);
  });

  it("opens its doc in My conference as a classroom doc for its student only, and keeps the round out of other teachers' and the coordinator's working round", () => {
    const one = roundDocs(hub).find((d) => d.appProperties.conferStudentId === studentAdvisor.id)!;
    const mine = (as: string) =>
      run(hub.ws, { fn: "getMyConference", as, containerId: one.id, kind: "sidebar" });
    expect(mine(studentAdvisor.email).value).toMatchObject({
      role: "student",
      kind: "classroom",
      round: ROUND,
    });
    const theirs = mine(advisor);
    expect(JSON.stringify(theirs)).not.toContain(studentAdvisor.givenName);
    expect(JSON.stringify(theirs)).toContain("Open a conference doc in Google Docs first.");
    const names = (as: string) =>
      (runIn(hub, "listRounds", as).value as { rounds: { name: string }[] }).rounds.map(
        (r) => r.name,
      );
    expect(names(teacher)).toContain(ROUND);
    expect(names(other)).not.toContain(ROUND);
    expect(names(hub.coordinator)).toContain(ROUND);
    expect((runIn(hub, "listRounds", hub.coordinator).value as { current: string }).current).toBe(
      "",
    );
  });

  it("makes no doc on a re-run", () => {
    const before = roundDocs(hub).length;
    const again = runIn(hub, "createClassroomDocs", teacher, ROUND).value as Progress;
    expect(again).toMatchObject({ created: 0, skipped: students.length, remaining: 0 });
    expect(roundDocs(hub).length).toBe(before);
    const view = runIn(hub, "getClassroomConferences", teacher).value as {
      rounds: { docs: number }[];
    };
    expect(view.rounds[0]!.docs).toBe(students.length);
  });

  it("refuses another teacher, a student of the class, and a student of another class", () => {
    const theirs = call(hub, "createClassroomDocs", other, ROUND);
    expect(theirs.ok).toBe(false);
    expect(theirs.error?.message).toBe(
      `Only ${teacher}, who hosts “${ROUND}”, can make its docs; ${other} cannot.`,
    );
    const ids = new Set(students.map((s) => s.id));
    const outsider = hub.school.students.find((s) => !ids.has(s.id))!;
    for (const student of [students[0]!, outsider]) {
      for (const fn of ["getClassroomConferences", "createClassroomDocs", "openClassroomRound"]) {
        const refused = call(hub, fn, student.email, fn === "openClassroomRound" ? FORM : ROUND);
        expect(refused.ok).toBe(false);
        expect(refused.error?.message).toMatch(/teachers and coordinators/);
      }
    }
    expect(roundDocs(hub).length).toBe(students.length);
  });

  it("leaves an advisor's student-led docs and Status as they were, re-run included", () => {
    const rerun = runIn(hub, "createConferenceDocs", advisor, {
      kind: "advisor",
      advisorEmail: advisor,
    }).value as Progress & { accessRepaired: number };
    expect(rerun).toMatchObject({ created: 0, accessRepaired: 0 });
    expect(runIn(hub, "getStatus", advisor, {}).value).toEqual(statusBefore);
    const after = hub.ws.drive
      .all()
      .filter((f) => f.appProperties.conferStudentId && f.appProperties.conferTerm !== ROUND)
      .map((f) => `${f.id} ${f.parents.join(",")}`)
      .sort();
    expect(after).toEqual(adviseeDocsBefore);
    const one = roundDocs(hub).find((d) => d.appProperties.conferStudentId === studentAdvisor.id)!;
    expect(readDoc(hub.ws, advisor, one.id).status).not.toBe(200);
  });

  it("cannot become Settings' term, whatever its case, and Settings stay as they were", () => {
    const before = runIn(hub, "getSettings", hub.coordinator).value;
    const saved = runIn(hub, "saveSettings", hub.coordinator, {
      term: ` ${ROUND.toUpperCase()} `,
    }).value as { saved: boolean; problems: { field: string; message: string }[] };
    expect(saved.saved).toBe(false);
    expect(saved.problems).toEqual([
      {
        field: "term",
        message: `Term “${ROUND.toUpperCase()}”: is ${teacher}'s classroom round; the term names the school's conference round, so give it a name of its own.`,
      },
    ]);
    expect(runIn(hub, "getSettings", hub.coordinator).value).toEqual(before);
  });

  it("is closed by its teacher, and then makes no docs", () => {
    const closed = runIn(hub, "closeClassroomRound", teacher, ROUND).value as { message: string };
    expect(closed.message).toBe(`“${ROUND}” is closed.`);
    const late = call(hub, "createClassroomDocs", teacher, ROUND);
    expect(late.error?.message).toBe(
      `“${ROUND}” is closed; docs are made only for an open classroom round.`,
    );
  });

  it("carries a student's last classroom doc with the same teacher into their next round's doc", () => {
    const next = "Period 2 · Q4 conferences";
    const opened = runIn(hub, "openClassroomRound", teacher, {
      ...FORM,
      name: next,
      classIds: [classIds[0]],
      conferenceFrom: "2027-02-01",
      conferenceTo: "2027-03-26",
    }).value as { opened: boolean };
    expect(opened.opened).toBe(true);
    const made = runIn(hub, "createClassroomDocs", teacher, next).value as Progress;
    const members = classmates(hub, [classIds[0]!]);
    expect(made).toMatchObject({ created: members.length, problems: [] });
    const student = members.find((s) => s.advisorEmail === advisor) ?? members[0]!;
    const q3 = roundDocs(hub).find((d) => d.appProperties.conferStudentId === student.id)!;
    const q4 = hub.ws.drive
      .all()
      .find(
        (f) =>
          f.appProperties.conferTerm === next && f.appProperties.conferStudentId === student.id,
      )!;
    const { text } = readDoc(hub.ws, student.email, q4.id);
    expect(text).toContain(`${ROUND}: https://docs.google.com/document/d/${q3.id}/edit`);
    expect(text).toContain(`My goal last time (${ROUND}) was:`);
    expect(text).not.toContain(`${hub.school.term}: https://`);
  });
});
