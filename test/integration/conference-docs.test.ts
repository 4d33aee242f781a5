/*
 * Conference docs on the built bundle: every demo student gets exactly one doc, shared
 * with exactly that student and their advisor; re-runs never copy twice or touch a student's
 * writing; runs cut off by the execution limit or broken by a service error finish later.
 */
import { type DriveFile, run, runDueTriggers, sheetToCsv } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { editDoc, readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

interface Progress {
  created: number;
  skipped: number;
  remaining: number;
  inScope: number;
  problems: { student: string; problem: string }[];
  stoppedBecause?: string;
}

function createDocs(hub: DemoHub, scope: object = { kind: "all" }, as = hub.coordinator) {
  return run(hub.ws, {
    fn: "createConferenceDocs",
    args: [scope],
    as,
    containerId: hub.hubId,
    kind: "sidebar",
  });
}

function tabRows(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function conferenceDocs(hub: DemoHub): DriveFile[] {
  return hub.ws.drive
    .all()
    .filter((file) => file.appProperties.conferStudentId !== undefined && !file.trashed);
}

function peopleWithAccess(hub: DemoHub, doc: DriveFile): Map<string, string> {
  const people = [
    hub.coordinator,
    ...hub.school.staff.map((s) => s.email),
    ...hub.school.students.map((s) => s.email),
    ...hub.school.guardians.map((g) => g.email),
  ];
  const access = new Map<string, string>();
  for (const email of new Set(people)) {
    const role = hub.ws.drive.roleOf(email, doc);
    if (role) access.set(email, role);
  }
  return access;
}

function docText(hub: DemoHub, file: DriveFile): string {
  return readDoc(hub.ws, hub.coordinator, file.id).text;
}

describe("Create conference docs", () => {
  it("makes one doc per student, filled in, shared with exactly the student and advisor", () => {
    const hub = readyHub();
    const result = createDocs(hub);
    expect(result.error).toBeUndefined();
    const progress = result.value as Progress;
    expect(progress).toMatchObject({
      created: hub.school.students.length,
      remaining: 0,
      problems: [],
    });
    const docs = conferenceDocs(hub);
    expect(docs).toHaveLength(hub.school.students.length);
    for (const student of hub.school.students) {
      const doc = docs.find(
        (file) => file.name === `${student.familyName}, ${student.givenName} · ${hub.school.term}`,
      );
      expect(doc).toBeDefined();
      expect(doc!.owner).toBe(hub.coordinator);
      expect(doc!.linkAccess).toBe("PRIVATE");
      expect(peopleWithAccess(hub, doc!)).toEqual(
        new Map([
          [hub.coordinator, "owner"],
          [student.email, "editor"],
          [student.advisorEmail, "editor"],
        ]),
      );
      const text = docText(hub, doc!);
      expect(text).toContain(`Grade ${student.grade}`);
      expect(text).not.toContain("{{");
    }
  });

  it("never makes a second doc and keeps what a student wrote when run again", () => {
    const hub = readyHub();
    createDocs(hub);
    const student = hub.school.students[3]!;
    const doc = conferenceDocs(hub).find((file) => file.editors.has(student.email))!;
    const edit = editDoc(hub.ws, student.email, doc.id, [
      { insertText: { endOfSegmentLocation: {}, text: "My question: why do volcanoes erupt?" } },
    ]);
    expect(edit.status).toBe(200);
    const again = createDocs(hub).value as Progress;
    expect(again).toMatchObject({ created: 0, skipped: hub.school.students.length, remaining: 0 });
    expect(conferenceDocs(hub)).toHaveLength(hub.school.students.length);
    expect(docText(hub, doc)).toContain("why do volcanoes erupt?");
  });
});

describe("Conference docs, interrupted and resumed", () => {
  function docsPerStudent(hub: DemoHub): number[] {
    const docs = conferenceDocs(hub);
    return hub.school.students.map(
      (student) => docs.filter((d) => d.editors.has(student.email)).length,
    );
  }

  it("finishes a run cut off by the execution limit, by its trigger, with one doc each, its progress kept batch by batch", () => {
    const hub = readyHub();
    hub.ws.latency.set("Drive.files.copy", 200_000);
    const cut = createDocs(hub);
    expect(cut.error?.message).toMatch(/Exceeded maximum execution time/);
    const recorded = () => tabRows(hub, "Conference Docs").length - 1;
    expect(recorded()).toBeGreaterThan(0);
    expect(recorded()).toBeLessThan(hub.school.students.length);
    const info = run(hub.ws, {
      fn: "getDocsSidebarInfo",
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    const last = (
      info.value as { last: { created: number; remaining: number; continuing: boolean } }
    ).last;
    expect(last).toMatchObject({ created: recorded(), continuing: true });
    expect(last.remaining).toBe(hub.school.students.length - recorded());
    hub.ws.latency.set("Drive.files.copy", 1_500);
    const fired = runDueTriggers(hub.ws, hub.ws.now() + 60 * 60_000);
    expect(fired.map((r) => r.report.fn)).toContain("runBackgroundWork");
    expect(fired.every((r) => r.ok)).toBe(true);
    expect(docsPerStudent(hub)).toEqual(hub.school.students.map(() => 1));
    expect(recorded()).toBe(hub.school.students.length);
  });

  it("shows a run's progress from its start, to the advisor whose advisees it is for, when the first batch has not ended", () => {
    const hub = readyHub();
    const advisor = hub.school.students[0]!.advisorEmail;
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    hub.ws.latency.set("Drive.files.copy", 400_000);
    const cut = createDocs(hub, { kind: "advisor", advisorEmail: advisor });
    expect(cut.error?.message).toMatch(/Exceeded maximum execution time/);
    const info = run(hub.ws, {
      fn: "getDocsSidebarInfo",
      as: advisor,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(info.error).toBeUndefined();
    expect((info.value as { last: unknown }).last).toMatchObject({
      inScope: advisees.length,
      remaining: advisees.length,
      created: 0,
      continuing: true,
      members: `advisees of ${advisor}`,
    });
    const other = hub.school.students.find((s) => s.advisorEmail !== advisor)!.advisorEmail;
    const theirs = run(hub.ws, {
      fn: "getDocsSidebarInfo",
      as: other,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect((theirs.value as { last: unknown }).last).toBeNull();
  });

  it("names who N of M counts in every scope", () => {
    const hub = readyHub();
    const grade = hub.school.grades[0]!;
    const byGrade = createDocs(hub, { kind: "grade", grade }).value as { members: string };
    expect(byGrade.members).toBe(`students in grade ${grade}`);
    const all = createDocs(hub).value as { members: string };
    expect(all.members).toBe("students");
  });

  it("stops cleanly on a service error, then finishes when run again, with one doc each", () => {
    const hub = readyHub();
    hub.ws.faults.inject({ call: "Drive.files.copy", nth: 7 });
    const first = createDocs(hub).value as Progress;
    expect(first.stoppedBecause).toMatch(/temporary error/);
    expect(first.remaining).toBeGreaterThan(0);
    const second = createDocs(hub).value as Progress;
    expect(second).toMatchObject({ remaining: 0, problems: [] });
    expect(docsPerStudent(hub)).toEqual(hub.school.students.map(() => 1));
  });
});

describe("Who may create and open docs", () => {
  it("lets an advisor create their advisees' docs through the web app, and no one else's", () => {
    const hub = readyHub();
    const advisory = hub.school.advisors[0]!;
    const other = hub.school.advisors[1]!;
    const own = createDocs(
      hub,
      { kind: "advisor", advisorEmail: advisory.advisorEmail },
      advisory.advisorEmail,
    );
    expect(own.error).toBeUndefined();
    expect((own.value as Progress).created).toBe(advisory.studentIds.length);
    const theirs = createDocs(
      hub,
      { kind: "advisor", advisorEmail: other.advisorEmail },
      advisory.advisorEmail,
    );
    expect(theirs.error?.message).toMatch(/only for their own advisees/);
    const all = createDocs(hub, { kind: "all" }, advisory.advisorEmail);
    expect(all.error?.message).toMatch(/Only a coordinator can create conference docs/);
  });

  it("keeps a student out of another student's doc", () => {
    const hub = readyHub();
    createDocs(hub);
    const [a, b] = hub.school.students;
    const docOfB = conferenceDocs(hub).find((d) => d.editors.has(b!.email))!;
    expect(readDoc(hub.ws, a!.email, docOfB.id).status).toBe(404);
    expect(readDoc(hub.ws, b!.email, docOfB.id).status).toBe(200);
  });
});

describe("a re-run after a re-import repairs access", () => {
  it("moves a doc to the student's new advisor and shares it with a student who now has an account", () => {
    const hub = readyHub();
    const [late, moving] = hub.school.students;
    const oldAdvisor = moving!.advisorEmail;
    const newAdvisor = hub.school.advisors.find((a) => a.advisorEmail !== oldAdvisor)!.advisorEmail;
    const account = hub.ws.users.find(late!.email)!;
    hub.ws.users.restore(hub.ws.users.snapshot().filter((u) => u.email !== late!.email));
    const first = createDocs(hub).value as Progress;
    expect(first.problems.map((p) => p.student)).toHaveLength(1);
    const docOf = (email: string) =>
      conferenceDocs(hub).find((d) => hub.ws.drive.roleOf(email, d) !== undefined)!;
    const lateDoc = conferenceDocs(hub).find((d) => d.name.includes(late!.familyName))!;
    expect(hub.ws.drive.roleOf(late!.email, lateDoc)).toBeUndefined();

    hub.ws.users.add(account.email, account.name);
    const moved = {
      ...hub.school,
      students: hub.school.students.map((s) =>
        s.id === moving!.id ? { ...s, advisorEmail: newAdvisor } : s,
      ),
    };
    const files = toConferCsv(moved);
    runIn(hub, "importRoster", hub.coordinator, {
      format: "confer",
      students: files["students.csv"],
      staff: files["staff.csv"],
      classes: files["classes.csv"],
    });
    const again = createDocs(hub).value as Progress & { accessRepaired: number };
    expect(again.problems).toEqual([]);
    expect(again.created).toBe(0);
    expect(again.accessRepaired).toBe(2);
    expect(hub.ws.drive.roleOf(late!.email, lateDoc)).toBe("editor");
    const movingDoc = docOf(moving!.email);
    expect(hub.ws.drive.roleOf(newAdvisor, movingDoc)).toBe("editor");
    expect(hub.ws.drive.roleOf(oldAdvisor, movingDoc)).toBeUndefined();
    const cell = columnsOf(hub, "Conference Docs");
    const row = tabRows(hub, "Conference Docs").find((r) => cell(r, "Student ID") === moving!.id)!;
    expect(cell(row, "Advisor Email")).toBe(newAdvisor);
    expect(conferenceDocs(hub)).toHaveLength(hub.school.students.length);
    const third = createDocs(hub).value as Progress & { accessRepaired: number };
    expect(third.accessRepaired).toBe(0);
  });
});
