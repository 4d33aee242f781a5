/*
 * Teacher comments per round on the built bundle: one hub runs a fall round, then a spring round.
 * A teacher's fall and spring comments on one student are separate rows, each naming its round;
 * a save outside the round's comment window is refused with nothing written; a fall comment is
 * read-only in spring (a coordinator may still withdraw it); the spring pull and the missing list
 * take spring's comments only; a rebuild from the log restores the Round column; and a hub whose
 * grade tab has no Round column yet still reads, pulls and saves.
 */
import { run, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { readDoc } from "./doc-access";
import { type DemoHub, readyHub, runIn, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";
import { FALL_2026 as FALL, SPRING_2027 as SPRING } from "./round-forms";

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
  comment?: { id: string; version: number; text: string; status: string; round: string };
}

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

function save(hub: DemoHub, as: string, classId: string, entries: Entry[]) {
  return run(hub.ws, {
    fn: "saveComments",
    args: [{ classId, teacherEmail: as, entries }],
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

/** Midday UTC of a YYYY-MM-DD day, the same day in the school's time zone. */
function moveTo(hub: DemoHub, day: string): void {
  hub.ws.triggers.advanceTo(Date.parse(`${day}T15:00:00Z`));
}

function nameOf(hub: DemoHub, studentId: string): string {
  const s = hub.school.students.find((k) => k.id === studentId)!;
  return `${s.preferredName || s.givenName} ${s.familyName}`;
}

/** The doc ID of a student's conference doc for a round, from the Conference Docs tab. */
function docIdOf(hub: DemoHub, studentId: string, round: string): string {
  const cell = columnsOf(hub, "Conference Docs");
  const row = tab(hub, "Conference Docs").find(
    (r) => cell(r, "Student ID") === studentId && cell(r, "Round") === round,
  );
  if (!row) throw new Error(`${studentId} has no ${round} doc`);
  return cell(row, "Doc ID");
}

interface MissingView {
  round: string;
  missing: { classId: string; students: string[] }[];
}

function missingIn(hub: DemoHub, classId: string): { round: string; students: string[] } {
  const view = runIn(hub, "getMissingComments", hub.coordinator).value as MissingView;
  return {
    round: view.round,
    students: view.missing.find((m) => m.classId === classId)?.students ?? [],
  };
}

describe("comments in a fall round, then a spring round", () => {
  let hub: DemoHub;
  let math: DemoHub["school"]["classes"][number];
  let teacher: string;
  let first: string;
  let second: string;
  let gradeTab: string;
  let fallFirst: Result;
  const fallText = "Fall: careful with units, asks good questions.";
  const springText = "Spring: now checks units unprompted.";

  beforeAll(() => {
    hub = readyHub();
    math = hub.school.classes[0]!;
    teacher = math.teacherEmail;
    [first, second] = math.studentIds as [string, string];
    gradeTab = `Grade ${math.grade} Comments`;
    runIn(hub, "openRound", hub.coordinator, FALL);
  });

  it("saves a fall comment into the open fall round, named in the Round column", () => {
    const results = saved(hub, teacher, math.id, [
      { studentId: first, text: fallText },
      { studentId: second, text: "Fall: steady." },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(["saved", "saved"]);
    fallFirst = results[0]!;
    expect(fallFirst.comment!.round).toBe(FALL.name);
    const cell = columnsOf(hub, gradeTab);
    expect(tab(hub, gradeTab)[0]!.at(-1)).toBe("Round");
    expect(
      tab(hub, gradeTab)
        .slice(1)
        .map((r) => cell(r, "Round")),
    ).toEqual([FALL.name, FALL.name]);
    expect(missingIn(hub, math.id).round).toBe(FALL.name);
    expect(missingIn(hub, math.id).students).not.toContain(nameOf(hub, first));
  });

  it("refuses a save once the fall comment window has closed, writing nothing", () => {
    moveTo(hub, "2026-11-27");
    const before = { grades: tab(hub, gradeTab), log: tab(hub, "Comment Log") };
    const result = save(hub, teacher, math.id, [
      { studentId: math.studentIds[2]!, text: "Too late." },
      {
        studentId: first,
        text: "Edited late.",
        commentId: fallFirst.comment!.id,
        version: 1,
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toContain(
      `Nothing was saved: “${FALL.name}” takes comments from 2026-11-09 to 2026-11-25.`,
    );
    expect(tab(hub, gradeTab)).toEqual(before.grades);
    expect(tab(hub, "Comment Log")).toEqual(before.log);
    const view = runIn(hub, "getCommentGrid", teacher, math.id).value as {
      round: { name: string; open: boolean };
    };
    expect(view.round).toMatchObject({ name: FALL.name, open: false });
  });

  it("keeps a teacher's fall and spring comments on one student as separate rows", () => {
    runIn(hub, "closeRound", hub.coordinator, FALL.name);
    moveTo(hub, "2027-03-10");
    runIn(hub, "openRound", hub.coordinator, SPRING);
    const [spring] = saved(hub, teacher, math.id, [{ studentId: first, text: springText }]);
    expect(spring).toMatchObject({ outcome: "saved", comment: { round: SPRING.name, version: 1 } });
    expect(spring!.comment!.id).not.toBe(fallFirst.comment!.id);
    const cell = columnsOf(hub, gradeTab);
    const rows = tab(hub, gradeTab)
      .slice(1)
      .filter((r) => cell(r, "Student ID") === first && cell(r, "Teacher Email") === teacher);
    expect(rows.map((r) => [cell(r, "Comment"), cell(r, "Round"), cell(r, "Status")])).toEqual([
      [fallText, FALL.name, "active"],
      [springText, SPRING.name, "active"],
    ]);
  });

  it("shows the teacher the spring round, spring's comments in the grid, and fall's read-only", () => {
    const view = runIn(hub, "getCommentGrid", teacher, math.id).value as {
      round: { name: string; window: { from: string; to: string }; open: boolean };
      grid: { rows: { studentId: string; comment: { text: string } | null }[] };
      earlier: { round: string; studentName: string; text: string }[];
    };
    expect(view.round).toEqual({
      name: SPRING.name,
      window: { from: "2027-03-08", to: "2027-03-24" },
      open: true,
    });
    const row = (id: string) => view.grid.rows.find((r) => r.studentId === id)!;
    expect(row(first).comment?.text).toBe(springText);
    expect(row(second).comment).toBeNull();
    expect(view.earlier).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          round: FALL.name,
          studentName: nameOf(hub, first),
          text: fallText,
        }),
      ]),
    );
    expect(view.earlier.some((c) => c.text === springText)).toBe(false);
  });

  it("refuses to edit or withdraw a fall comment in spring, naming the round, and writes nothing", () => {
    const before = { grades: tab(hub, gradeTab), log: tab(hub, "Comment Log") };
    const id = fallFirst.comment!.id;
    const edit = saved(hub, teacher, math.id, [
      { studentId: first, text: "Rewritten in spring.", commentId: id, version: 1 },
    ]);
    const withdraw = saved(hub, teacher, math.id, [
      { studentId: first, text: "", commentId: id, version: 1, withdraw: true },
    ]);
    for (const [result] of [edit, withdraw]) {
      expect(result).toMatchObject({ outcome: "refused" });
      expect(result!.reason).toContain(`belongs to “${FALL.name}”, an earlier round`);
    }
    expect(tab(hub, gradeTab)).toEqual(before.grades);
    expect(tab(hub, "Comment Log")).toEqual(before.log);
  });

  it("pulls only spring's comments into the spring doc", () => {
    const advisor = hub.school.students.find((s) => s.id === first)!.advisorEmail;
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "advisor", advisorEmail: advisor });
    const result = runIn(hub, "pullComments", advisor, { kind: "student", studentId: first })
      .value as { round: string; pulled: { studentId: string; comments: number }[] };
    expect(result.round).toBe(SPRING.name);
    expect(result.pulled).toEqual([expect.objectContaining({ studentId: first, comments: 1 })]);
    const doc = readDoc(hub.ws, hub.coordinator, docIdOf(hub, first, SPRING.name)).text;
    expect(doc).toContain(springText);
    expect(doc).not.toContain(fallText);
  });

  it("lists missing comments for the spring round only", () => {
    const missing = missingIn(hub, math.id);
    expect(missing.round).toBe(SPRING.name);
    expect(missing.students).not.toContain(nameOf(hub, first));
    expect(missing.students.some((n) => n.startsWith(nameOf(hub, second)))).toBe(true);
  });

  it("restores the Round column when the tabs are rebuilt from the log", () => {
    const intact = tab(hub, gradeTab);
    const cell = columnsOf(hub, gradeTab);
    const fallRow = intact.findIndex((r) => cell(r, "Comment ID") === fallFirst.comment!.id);
    expect(writeCellByHand(hub, hub.coordinator, gradeTab, `L${fallRow + 1}`, "").ok).toBe(true);
    expect(cell(tab(hub, gradeTab)[fallRow]!, "Round")).toBe("");
    const rebuilt = run(hub.ws, {
      fn: "rebuildCommentTabsFromLog",
      as: hub.coordinator,
      containerId: hub.hubId,
    });
    expect(rebuilt.error).toBeUndefined();
    expect(tab(hub, gradeTab)).toEqual(intact);
  });

  it("lets a coordinator still withdraw a fall comment", () => {
    const [result] = saved(hub, hub.coordinator, math.id, [
      { studentId: first, text: "", commentId: fallFirst.comment!.id, version: 1, withdraw: true },
    ]);
    expect(result).toMatchObject({
      outcome: "saved",
      comment: { status: "withdrawn", round: FALL.name },
    });
    const cell = columnsOf(hub, gradeTab);
    const row = tab(hub, gradeTab).find((r) => cell(r, "Comment ID") === fallFirst.comment!.id)!;
    expect(cell(row, "Status")).toBe("withdrawn");
  });
});

describe("a hub whose grade tab has no Round column yet", () => {
  it("still reads its comments, pulls them, and names the column at the next save", () => {
    const hub = readyHub();
    const math = hub.school.classes[0]!;
    const [first, second] = math.studentIds as [string, string];
    const gradeTab = `Grade ${math.grade} Comments`;
    const [made] = saved(hub, math.teacherEmail, math.id, [
      { studentId: first, text: "Written before rounds." },
    ]);
    for (const a1 of ["L1", "L2"]) {
      expect(writeCellByHand(hub, hub.coordinator, gradeTab, a1, "").ok).toBe(true);
    }
    expect(tab(hub, gradeTab)[0]).not.toContain("Round");

    const view = runIn(hub, "getCommentGrid", math.teacherEmail, math.id).value as {
      round: { name: string };
      grid: { rows: { studentId: string; comment: { id: string } | null }[] };
    };
    expect(view.round.name).toBe(hub.school.term);
    expect(view.grid.rows.find((r) => r.studentId === first)!.comment?.id).toBe(made!.comment!.id);

    const advisor = hub.school.students.find((s) => s.id === first)!.advisorEmail;
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "advisor", advisorEmail: advisor });
    runIn(hub, "pullComments", advisor, { kind: "student", studentId: first });
    const doc = readDoc(hub.ws, hub.coordinator, docIdOf(hub, first, hub.school.term)).text;
    expect(doc).toContain("Written before rounds.");

    const [edited, added] = saved(hub, math.teacherEmail, math.id, [
      { studentId: first, text: "Edited.", commentId: made!.comment!.id, version: 1 },
      { studentId: second, text: "New." },
    ]);
    expect([edited!.outcome, added!.outcome]).toEqual(["saved", "saved"]);
    const cell = columnsOf(hub, gradeTab);
    const rows = tab(hub, gradeTab);
    expect(rows[0]!.at(-1)).toBe("Round");
    expect(rows.slice(1).map((r) => [cell(r, "Comment"), cell(r, "Round")])).toEqual([
      ["Edited.", ""],
      ["New.", hub.school.term],
    ]);
  });
});
