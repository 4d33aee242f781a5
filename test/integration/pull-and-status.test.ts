/*
 * Pull and status on the built bundle: advisors pull their advisees' teacher comments into the
 * Teacher comments section of each conference doc, through the web app; pulls are idempotent and
 * keep students' writing; withdrawn and edited comments follow; bad docs are reported or repaired;
 * status is read from what students really wrote in their docs.
 */
import { type DriveFile, rest, run, type SpreadsheetContent, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { editDoc, readDoc } from "./doc-access";
import { type DemoHub, docsAllowanceSpent, readyHub, runIn, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";

interface PullResult {
  inScope: number;
  pulled: { studentId: string; student: string; comments: number; repaired: boolean }[];
  problems: { studentId: string; problem: string }[];
  missing: { teacherEmail: string; classId: string; students: string[] }[];
  waiting: string[];
  retryInMs: number;
}

interface StatusRow {
  studentId: string;
  grade: string;
  docCreated: boolean;
  purpose: string;
  prepared: boolean;
  commentsPulled: string;
  held: boolean;
  planWritten: boolean;
  problem: string;
}

const SECTION = "confer.teacher_comments";

function withDocs(): DemoHub {
  const hub = readyHub();
  runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
  return hub;
}

function noteFor(hub: DemoHub, classId: string, studentId: string): string {
  const c = hub.school.classes.find((k) => k.id === classId)!;
  return `${c.course} note on ${studentId}: works steadily.`;
}

/** Every teacher saves a comment for every student in each of their classes; returns the results. */
function commentEverything(hub: DemoHub) {
  const saved = new Map<string, { id: string; version: number }>();
  for (const c of hub.school.classes) {
    const result = runIn(hub, "saveComments", c.teacherEmail, {
      classId: c.id,
      teacherEmail: c.teacherEmail,
      entries: c.studentIds.map((id) => ({ studentId: id, text: noteFor(hub, c.id, id) })),
    });
    for (const r of (
      result.value as { results: { studentId: string; comment: { id: string; version: number } }[] }
    ).results) {
      saved.set(`${c.id} ${r.studentId}`, r.comment);
    }
  }
  return saved;
}

function advisors(hub: DemoHub): string[] {
  return [...new Set(hub.school.students.map((s) => s.advisorEmail))];
}

function pull(hub: DemoHub, as: string, scope: object = { kind: "advisees" }) {
  return run(hub.ws, {
    fn: "pullComments",
    args: [scope],
    as,
    containerId: hub.hubId,
    kind: "sidebar",
  });
}

function pulled(hub: DemoHub, as: string, scope?: object): PullResult {
  const result = pull(hub, as, scope);
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as PullResult;
}

function docOf(hub: DemoHub, studentId: string): DriveFile {
  const student = hub.school.students.find((s) => s.id === studentId)!;
  return hub.ws.drive
    .all()
    .find((f) => f.appProperties.conferStudentId !== undefined && f.editors.has(student.email))!;
}

interface Range {
  startIndex: number;
  endIndex: number;
}

function rangesOf(hub: DemoHub, docId: string, name: string): Range[] | undefined {
  return docJson(hub, docId).namedRanges?.[name]?.namedRanges?.[0]?.ranges;
}

function sectionText(hub: DemoHub, docId: string): string {
  const range = rangesOf(hub, docId, SECTION)![0]!;
  const raw = docJson(hub, docId);
  let text = "";
  for (const element of raw.body.content) {
    for (const run of element.paragraph?.elements ?? []) {
      const start = run.startIndex ?? 0;
      const content: string = run.textRun?.content ?? "";
      const from = Math.max(range.startIndex, start) - start;
      const to = Math.min(range.endIndex, start + content.length) - start;
      if (to > from) text += content.slice(from, to);
    }
  }
  return text;
}

/** One range of a named range: the first, or with `last`, the last (a section's final line). */
function rangeOf(hub: DemoHub, docId: string, name: string, which: "first" | "last" = "first") {
  const ranges = rangesOf(hub, docId, name)!;
  return which === "first" ? ranges[0]! : ranges.at(-1)!;
}

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function advisorOf(hub: DemoHub, studentIndex = 0) {
  const student = hub.school.students[studentIndex]!;
  return { student, advisor: student.advisorEmail };
}

describe("Pull teacher comments", () => {
  it("puts every advisee's comments into their doc, grouped by class, for every demo advisor", () => {
    const hub = withDocs();
    commentEverything(hub);
    for (const advisor of advisors(hub)) {
      const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
      hub.ws.triggers.advanceTo(hub.ws.now() + 60_000);
      const result = pulled(hub, advisor);
      expect(result.problems).toEqual([]);
      expect(result.missing).toEqual([]);
      expect(result.pulled.map((p) => p.studentId).sort()).toEqual(
        advisees.map((s) => s.id).sort(),
      );
      for (const student of advisees) {
        const text = sectionText(hub, docOf(hub, student.id).id);
        const classes = hub.school.classes.filter((c) => c.studentIds.includes(student.id));
        expect(classes.length).toBeGreaterThan(0);
        for (const c of classes) {
          const teacher = hub.school.staff.find((s) => s.email === c.teacherEmail)!;
          expect(text).toContain(`${c.course} · Period ${c.period}\n${teacher.name} (`);
          expect(text).toContain(noteFor(hub, c.id, student.id));
        }
        const others = hub.school.students.filter((s) => s.id !== student.id);
        expect(others.some((s) => text.includes(` on ${s.id}:`))).toBe(false);
      }
    }
    const webApp = hub.ws.history.filter((r) => r.kind === "webapp" && r.fn === "doPost").at(-1)!;
    expect(webApp.user).toBe(hub.coordinator);
    expect(webApp.counts["UrlFetchApp.fetchAll"]).toBe(1);
    expect(webApp.counts["Docs.documents.get"]).toBeUndefined();
    expect(webApp.counts["Docs.documents.batchUpdate"]).toBeGreaterThan(0);
    const tabRows = tab(hub, "Conference Docs");
    const pulledColumn = tabRows[0]!.indexOf("Comments Pulled");
    expect(pulledColumn).toBe(13);
    const cell = columnsOf(hub, "Conference Docs");
    expect(
      tabRows
        .slice(1)
        .every((row) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(cell(row, "Comments Pulled"))),
    ).toBe(true);
  });

  it("keeps a student's writing above and below the section through two pulls", () => {
    const hub = withDocs();
    commentEverything(hub);
    const { student, advisor } = advisorOf(hub, 2);
    const doc = docOf(hub, student.id);
    const range = rangeOf(hub, doc.id, SECTION);
    const edit = editDoc(hub.ws, student.email, doc.id, [
      {
        insertText: { location: { index: range.endIndex }, text: "My note below the comments.\n" },
      },
      {
        insertText: {
          location: { index: range.startIndex },
          text: "My note above the comments.\n",
        },
      },
    ]);
    expect(edit.status).toBe(200);
    pulled(hub, advisor);
    const once = readDoc(hub.ws, hub.coordinator, doc.id).text;
    pulled(hub, advisor);
    const twice = readDoc(hub.ws, hub.coordinator, doc.id).text;
    expect(twice).toBe(once);
    const above = twice.indexOf("My note above the comments.\n");
    const comments = twice.indexOf("Pulled on ");
    const below = twice.indexOf("My note below the comments.\n");
    expect(above).toBeGreaterThan(0);
    expect(comments).toBeGreaterThan(above);
    expect(below).toBeGreaterThan(comments);
    expect(twice.split("My note above").length).toBe(2);
    expect(twice.split("Pulled on ").length).toBe(2);
    expect(twice).toContain("Conference held on (date):");
    expect(sectionText(hub, doc.id)).not.toContain("My note");
  });

  it("drops a withdrawn comment and updates an edited one on the next pull", () => {
    const hub = withDocs();
    const saved = commentEverything(hub);
    const { student, advisor } = advisorOf(hub, 5);
    const [first, second] = hub.school.classes.filter((c) => c.studentIds.includes(student.id));
    pulled(hub, advisor, { kind: "student", studentId: student.id });
    const doc = docOf(hub, student.id);
    expect(sectionText(hub, doc.id)).toContain(noteFor(hub, first!.id, student.id));
    const gone = saved.get(`${first!.id} ${student.id}`)!;
    runIn(hub, "saveComments", first!.teacherEmail, {
      classId: first!.id,
      teacherEmail: first!.teacherEmail,
      entries: [
        {
          studentId: student.id,
          text: "",
          commentId: gone.id,
          version: gone.version,
          withdraw: true,
        },
      ],
    });
    const edited = saved.get(`${second!.id} ${student.id}`)!;
    runIn(hub, "saveComments", second!.teacherEmail, {
      classId: second!.id,
      teacherEmail: second!.teacherEmail,
      entries: [
        {
          studentId: student.id,
          text: "Edited: a big leap this month.",
          commentId: edited.id,
          version: edited.version,
        },
      ],
    });
    const result = pulled(hub, advisor);
    const text = sectionText(hub, doc.id);
    expect(text).not.toContain(noteFor(hub, first!.id, student.id));
    expect(text).not.toContain(`${first!.course} · Period ${first!.period}`);
    expect(text).not.toContain(noteFor(hub, second!.id, student.id));
    expect(text).toContain("Edited: a big leap this month.");
    expect(result.missing).toEqual([
      expect.objectContaining({ classId: first!.id, teacherEmail: first!.teacherEmail }),
    ]);
  });

  it("offers the open doc's student in a conference doc, and the missing comments", () => {
    const hub = withDocs();
    const { student, advisor } = advisorOf(hub, 3);
    const doc = docOf(hub, student.id);
    const info = (as: string) => {
      const result = run(hub.ws, { fn: "getPullInfo", as, containerId: doc.id, kind: "sidebar" });
      if (!result.ok) throw new Error(result.error?.message);
      return result.value as {
        thisDoc: { studentId: string } | null;
        thisDocNote: string;
        advisees: number;
        missing: { students: string[] }[];
      };
    };
    const mine = info(advisor);
    expect(mine.thisDoc).toMatchObject({ studentId: student.id });
    expect(mine.advisees).toBe(
      hub.school.students.filter((s) => s.advisorEmail === advisor).length,
    );
    expect(mine.missing.flatMap((m) => m.students).length).toBeGreaterThan(0);
    const other = advisors(hub).find((a) => a !== advisor)!;
    hub.ws.drive.share(doc, other, "viewer");
    expect(info(other)).toMatchObject({
      thisDoc: null,
      thisDocNote: expect.stringMatching(/is not your advisee/),
    });
  });

  it("refuses an advisor who pulls for another advisor's student", () => {
    const hub = withDocs();
    const { student, advisor } = advisorOf(hub, 0);
    const other = advisors(hub).find((a) => a !== advisor)!;
    const before = readDoc(hub.ws, hub.coordinator, docOf(hub, student.id).id).text;
    const refused = pull(hub, other, { kind: "student", studentId: student.id });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(
      new RegExp(`Student ${student.id} is not your advisee: only their advisor \\(${advisor}\\)`),
    );
    expect(readDoc(hub.ws, hub.coordinator, docOf(hub, student.id).id).text).toBe(before);
    const teacher = hub.school.staff.find(
      (s) => !s.roles.includes("advisor") && s.roles.includes("teacher"),
    )!;
    expect(pull(hub, teacher.email).error?.message).toMatch(
      /Only advisors and coordinators can pull/,
    );
  });

  it("reports a deleted doc and a doc it may not edit, and repairs a destroyed section", () => {
    const hub = withDocs();
    commentEverything(hub);
    const advisor = advisors(hub)[0]!;
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    const [deleted, locked, damaged] = advisees;
    const store = hub.ws.drive as unknown as { files: Map<string, DriveFile> };
    store.files.delete(docOf(hub, deleted!.id).id);
    const lockedDoc = docOf(hub, locked!.id);
    lockedDoc.owner = locked!.email;
    lockedDoc.editors.delete(locked!.email);
    lockedDoc.parents = [];
    lockedDoc.viewers.add(hub.coordinator);
    const damagedDoc = docOf(hub, damaged!.id);
    const range = rangeOf(hub, damagedDoc.id, SECTION);
    expect(
      editDoc(hub.ws, damaged!.email, damagedDoc.id, [
        {
          deleteContentRange: { range: { startIndex: range.startIndex, endIndex: range.endIndex } },
        },
      ]).status,
    ).toBe(200);
    expect(rangesOf(hub, damagedDoc.id, SECTION)).toBeUndefined();

    const result = pulled(hub, advisor);
    expect(result.problems).toEqual([
      expect.objectContaining({
        studentId: deleted!.id,
        problem: expect.stringMatching(/was deleted/),
      }),
      expect.objectContaining({
        studentId: locked!.id,
        problem: expect.stringMatching(/access was removed/),
      }),
    ]);
    expect(result.pulled).toHaveLength(advisees.length - 2);
    expect(result.pulled.find((p) => p.studentId === damaged!.id)).toMatchObject({
      repaired: true,
    });
    const repaired = sectionText(hub, damagedDoc.id);
    expect(repaired).toContain("Pulled on ");
    expect(readDoc(hub.ws, hub.coordinator, damagedDoc.id).text).toMatch(
      /\nTeacher comments\nPulled on /,
    );
    pulled(hub, advisor);
    expect(sectionText(hub, damagedDoc.id)).toBe(repaired);
  });
});

function docJson(hub: DemoHub, docId: string) {
  return rest(
    hub.ws,
    hub.coordinator,
    "GET",
    `https://docs.googleapis.com/v1/documents/${docId}`,
  ).json();
}

describe("Conference status", () => {
  it("gets its Comments Pulled column on an older hub from Set up hub, rows kept", () => {
    const hub = withDocs();
    const content = hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
    const docsTab = content.sheetByName("Conference Docs")!;
    const before = tab(hub, "Conference Docs").map((row) => row.slice(0, 13));
    for (const row of docsTab.rows) if (row) row.length = Math.min(row.length, 13);
    expect(tab(hub, "Conference Docs")[0]).not.toContain("Comments Pulled");
    const setUp = run(hub.ws, {
      fn: "setUpHub",
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "menu",
    });
    expect(setUp.ok).toBe(true);
    const after = tab(hub, "Conference Docs");
    expect(after[0]![13]).toBe("Comments Pulled");
    expect(after.map((row) => row.slice(0, 13))).toEqual(before);
    const alerts = hub.ws.ui.of(hub.coordinator, "Sheets", hub.hubId).alerts;
    expect(alerts.at(-1)).toMatch(/Conference Docs: columns added: Comments Pulled/);
  });

  it("reads purpose, preparation, held and plan from what the student wrote", () => {
    const hub = withDocs();
    commentEverything(hub);
    const { student, advisor } = advisorOf(hub, 1);
    const doc = docOf(hub, student.id);
    const question = rangeOf(hub, doc.id, "confer.questions", "last");
    const held = rangeOf(hub, doc.id, "confer.conference_held");
    const ownWords = rangeOf(hub, doc.id, "confer.plan", "last");
    const artifacts = rangeOf(hub, doc.id, "confer.artifacts", "last");
    const table = docJson(hub, doc.id).body.content.find(
      (e: { startIndex?: number; table?: unknown }) =>
        e.table &&
        (e.startIndex ?? 0) >= artifacts.startIndex &&
        (e.startIndex ?? 0) < artifacts.endIndex,
    );
    const cell = table.table.tableRows[1].tableCells[0].content[0].startIndex as number;
    const edits = [
      {
        insertText: { location: { index: ownWords.endIndex - 1 }, text: "Read 20 minutes a day." },
      },
      { insertText: { location: { index: held.endIndex - 1 }, text: "2026-12-01" } },
      { insertText: { location: { index: cell }, text: "https://example.test/essay" } },
      {
        insertText: {
          location: { index: question.endIndex - 1 },
          text: "How can I improve my essays?",
        },
      },
      {
        replaceAllText: {
          containsText: { text: "☐ Goals and progress", matchCase: true },
          replaceText: "☑ Goals and progress",
        },
      },
    ];
    expect(editDoc(hub.ws, student.email, doc.id, edits).status).toBe(200);
    pulled(hub, advisor);
    const view = runIn(hub, "getStatus", advisor, {}).value as {
      rows: StatusRow[];
      isCoordinator: boolean;
    };
    expect(view.isCoordinator).toBe(false);
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    expect(view.rows.map((r) => r.studentId).sort()).toEqual(advisees.map((s) => s.id).sort());
    const mine = view.rows.find((r) => r.studentId === student.id)!;
    expect(mine).toMatchObject({
      docCreated: true,
      purpose: "Goals and progress",
      prepared: true,
      held: true,
      planWritten: true,
      problem: "",
    });
    expect(mine.commentsPulled).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    const untouched = view.rows.find((r) => r.studentId !== student.id)!;
    expect(untouched).toMatchObject({
      purpose: "",
      prepared: false,
      held: false,
      planWritten: false,
    });

    const rows = tab(hub, "Conference Docs");
    const column = columnsOf(hub, "Conference Docs");
    const row = rows.find((r) => column(r, "Student ID") === student.id)!;
    expect(column(row, "Purpose")).toBe("Goals and progress");
    expect(column(row, "Prepared")).toBe("yes");
    expect(column(row, "Held")).toBe("yes");
    expect(column(row, "Plan Written")).toBe("yes");
  });

  it("shows a question without an artifact as not prepared", () => {
    const hub = withDocs();
    const { student, advisor } = advisorOf(hub, 4);
    const doc = docOf(hub, student.id);
    const question = rangeOf(hub, doc.id, "confer.questions", "last");
    editDoc(hub.ws, student.email, doc.id, [
      { insertText: { location: { index: question.endIndex - 1 }, text: "Why?" } },
    ]);
    const view = runIn(hub, "getStatus", advisor, {}).value as { rows: StatusRow[] };
    expect(view.rows.find((r) => r.studentId === student.id)).toMatchObject({ prepared: false });
  });

  it("lets the coordinator filter the whole school by grade and advisor", () => {
    const hub = withDocs();
    const all = runIn(hub, "getStatus", hub.coordinator, {}).value as {
      rows: StatusRow[];
      grades: string[];
      advisors: { email: string }[];
    };
    expect(all.rows).toHaveLength(hub.school.students.length);
    expect(all.grades).toEqual(hub.school.grades);
    const grade = hub.school.grades[1]!;
    const byGrade = runIn(hub, "getStatus", hub.coordinator, { grade }).value as {
      rows: StatusRow[];
    };
    expect(byGrade.rows.length).toBe(hub.school.students.filter((s) => s.grade === grade).length);
    expect(byGrade.rows.every((r) => r.grade === grade)).toBe(true);
    const advisor = all.advisors[0]!.email;
    const byAdvisor = runIn(hub, "getStatus", hub.coordinator, { advisorEmail: advisor }).value as {
      rows: StatusRow[];
    };
    expect(byAdvisor.rows.map((r) => r.studentId).sort()).toEqual(
      hub.school.students
        .filter((s) => s.advisorEmail === advisor)
        .map((s) => s.id)
        .sort(),
    );
  });
});

describe("a pull left and come back to", () => {
  it("tells the reopened sidebar how many advisees' docs have their comments already", () => {
    const hub = withDocs();
    commentEverything(hub);
    const { student, advisor } = advisorOf(hub, 0);
    const info = () =>
      runIn(hub, "getPullInfo", advisor).value as { advisees: number; pulledAlready: number };
    expect(info().pulledAlready).toBe(0);
    pulled(hub, advisor, { kind: "student", studentId: student.id });
    expect(info()).toMatchObject({
      advisees: hub.school.students.filter((s) => s.advisorEmail === advisor).length,
      pulledAlready: 1,
    });
  });
});

describe("the Status view", () => {
  it("opens as a wide modeless dialog, not a 300-pixel sidebar", () => {
    const hub = withDocs();
    const { advisor } = advisorOf(hub, 0);
    runIn(hub, "showStatusView", advisor);
    const shown = hub.ws.ui.of(advisor, "Sheets", hub.hubId).shown.at(-1)!;
    expect(shown).toMatchObject({ kind: "modelessDialog", title: "Conference status" });
    expect(shown.width).toBeGreaterThanOrEqual(900);
    expect(shown.html).toContain('callServer("getStatus"');
  });

  it("counts each stage per advisory and per grade, with the students behind each bar", () => {
    const hub = withDocs();
    commentEverything(hub);
    const { student, advisor } = advisorOf(hub, 2);
    pulled(hub, advisor);
    const view = runIn(hub, "getStatus", hub.coordinator, {}).value as {
      ownAdvisees: boolean;
      board: {
        byAdvisory: {
          label: string;
          total: number;
          members: string[];
          bars: { stage: string; done: string[] }[];
        }[];
        byGrade: { label: string; total: number; bars: { stage: string; done: string[] }[] }[];
      };
    };
    expect(view.ownAdvisees).toBe(false);
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    const name = hub.school.staff.find((s) => s.email === advisor)!.name;
    const group = view.board.byAdvisory.find((g) => g.label === name)!;
    expect(group.total).toBe(advisees.length);
    expect([...group.members].sort()).toEqual(advisees.map((s) => s.id).sort());
    const pulledBar = group.bars.find((bar) => bar.stage === "pulled")!;
    expect(pulledBar.done).toContain(student.id);
    expect(group.bars.map((bar) => bar.stage)).toEqual([
      "prepared",
      "pulled",
      "held",
      "planned",
      "updated",
    ]);
    expect(view.board.byGrade.map((g) => g.label)).toEqual(
      hub.school.grades.map((grade) => `Grade ${grade}`),
    );
    expect(view.board.byGrade.reduce((n, g) => n + g.total, 0)).toBe(hub.school.students.length);
    const otherAdvisories = view.board.byAdvisory.filter((g) => g.label !== name);
    expect(otherAdvisories.every((g) => g.bars[1]!.done.length === 0)).toBe(true);
  });

  it("tells an advisor the rows are their own advisees, so the advisor column can go", () => {
    const hub = withDocs();
    const { advisor } = advisorOf(hub, 0);
    const view = runIn(hub, "getStatus", advisor, {}).value as { ownAdvisees: boolean };
    expect(view.ownAdvisees).toBe(true);
  });

  it("refuses a student saying what the roster says they are", () => {
    const hub = withDocs();
    const student = hub.school.students[0]!;
    const status = run(hub.ws, {
      fn: "getStatus",
      args: [{}],
      as: student.email,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(status.error?.message).toMatch(
      `you (${student.email}) are in Confer's roster as a student`,
    );
    expect(status.error?.message).not.toMatch(/neither|none of these/);
    const pullInfo = run(hub.ws, {
      fn: "getPullInfo",
      as: student.email,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect(pullInfo.error?.message).toMatch(
      `you (${student.email}) are in Confer's roster as a student`,
    );
  });
});

describe("a pull that meets the Docs API's 60 writes a minute", () => {
  it("leaves the docs still to do waiting, and the sidebar's next calls pull each once", () => {
    const hub = withDocs();
    commentEverything(hub);
    const advisor = advisors(hub)[0]!;
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    hub.ws.triggers.advanceTo(hub.ws.now() + 61_000);
    expect(docsAllowanceSpent(hub, 60).error).toBeUndefined();
    const first = pulled(hub, advisor);
    expect(first.problems).toEqual([]);
    expect(first.waiting.length).toBeGreaterThan(0);
    const done = new Set(first.pulled.map((p) => p.studentId));
    let waiting = first.waiting;
    let retryInMs = first.retryInMs;
    expect(retryInMs).toBeGreaterThan(0);
    expect(retryInMs).toBeLessThanOrEqual(60_001);
    for (let call = 0; waiting.length > 0 && call < 5; call++) {
      hub.ws.triggers.advanceTo(hub.ws.now() + retryInMs);
      const next = pulled(hub, advisor, { kind: "advisees", only: waiting });
      retryInMs = next.retryInMs;
      expect(next.problems).toEqual([]);
      for (const p of next.pulled) {
        expect(done.has(p.studentId)).toBe(false);
        done.add(p.studentId);
      }
      waiting = next.waiting;
    }
    expect(waiting).toEqual([]);
    expect([...done].sort()).toEqual(advisees.map((s) => s.id).sort());
    for (const student of advisees) {
      expect(sectionText(hub, docOf(hub, student.id).id)).toContain(
        noteFor(
          hub,
          hub.school.classes.find((c) => c.studentIds.includes(student.id))!.id,
          student.id,
        ),
      );
    }
  });

  it("leaves docs it must read first waiting, not failed, when the Docs read allowance is spent", () => {
    const hub = withDocs();
    commentEverything(hub);
    const advisor = advisors(hub)[0]!;
    const advisees = hub.school.students.filter((s) => s.advisorEmail === advisor);
    const rows = tab(hub, "Conference Docs");
    const rangeColumn = String.fromCharCode(65 + rows[0]!.indexOf("Comments Range ID"));
    const cell = columnsOf(hub, "Conference Docs");
    rows.forEach((row, i) => {
      if (advisees.some((s) => s.id === cell(row, "Student ID"))) {
        writeCellByHand(hub, hub.coordinator, "Conference Docs", `${rangeColumn}${i + 1}`, "");
      }
    });
    hub.ws.triggers.advanceTo(hub.ws.now() + 61_000);
    expect(docsAllowanceSpent(hub, 300, "docsReads").error).toBeUndefined();
    const result = pulled(hub, advisor);
    expect(result.problems).toEqual([]);
    expect([...result.waiting].sort()).toEqual(advisees.map((s) => s.id).sort());
    expect(result.retryInMs).toBeGreaterThan(0);
  });

  it("refuses a carrying-on list that is not student IDs, and never reaches past the caller's advisees", () => {
    const hub = withDocs();
    const advisor = advisors(hub)[0]!;
    const other = hub.school.students.find((s) => s.advisorEmail !== advisor)!;
    expect(pull(hub, advisor, { kind: "advisees", only: "6001" }).error?.message).toMatch(
      /list of student IDs/,
    );
    const result = pulled(hub, advisor, { kind: "advisees", only: [other.id] });
    expect(result.inScope).toBe(0);
    expect(result.pulled).toEqual([]);
  });
});
