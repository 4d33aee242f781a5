/*
 * Forty teachers save a class of comments at the same moment, each in its own worker thread, all
 * through the web app that runs as the hub owner (whose 30 simultaneous executions they share).
 * Every comment is saved exactly once: none lost, none duplicated, no save fails for the lock.
 * Then they edit at once: each save read the tabs before the lock, while others wrote, and every
 * edit lands on its own row, as rebuilding the tabs from the log gives them.
 */
import { runConcurrently, sheetToCsv } from "../../emulator";
import { toConferCsv } from "../../scripts/demo-school";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, demoHub, runIn } from "./harness";
import { columnsOf } from "./hub-columns";

const TEACHERS = 40;

/** The demo school with every class taught by a teacher of its own, so 40 teachers can save at once. */
function hubWithOneTeacherPerClass(): {
  hub: DemoHub;
  classes: { id: string; teacher: string; students: string[] }[];
} {
  const hub = demoHub();
  runIn(hub, "setUpHub", hub.coordinator);
  const settings = runIn(hub, "saveSettings", hub.coordinator, {
    schoolName: hub.school.name,
    term: hub.school.term,
    grades: hub.school.grades.join(", "),
    webAppUrl: hub.ws.webAppUrl,
  }).value as { saved: boolean; problems?: unknown[] };
  if (!settings.saved) throw new Error(`Settings refused: ${JSON.stringify(settings.problems)}`);
  const files = toConferCsv(hub.school);
  const classes = hub.school.classes.map((c, i) => ({
    id: c.id,
    teacher: `teacher${String(i + 1).padStart(2, "0")}@school.test`,
    students: [...c.studentIds],
  }));
  for (const c of classes) hub.ws.users.add(c.teacher, `Teacher ${c.teacher.slice(7, 9)}`);
  const classRows = parseCsv(files["classes.csv"]).map((r) => [...r.fields]);
  const teacherColumn = classRows[0]!.indexOf("Teacher Email");
  const rewritten = classRows.map((row, i) =>
    i === 0 ? row : row.map((cell, j) => (j === teacherColumn ? classes[i - 1]!.teacher : cell)),
  );
  const staff = `${files["staff.csv"].trimEnd()}\r\n${classes.map((c) => `${c.teacher},Teacher ${c.teacher.slice(7, 9)},teacher`).join("\r\n")}\r\n`;
  const imported = runIn(hub, "importRoster", hub.coordinator, {
    format: "confer",
    students: files["students.csv"],
    staff,
    classes: rewritten
      .map((row) =>
        row
          .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
          .join(","),
      )
      .join("\r\n"),
  }).value as { imported: boolean; problems?: string[] };
  if (!imported.imported) throw new Error(imported.problems?.join("\n"));
  return { hub, classes: classes.slice(0, TEACHERS) };
}

type Hub = ReturnType<typeof hubWithOneTeacherPerClass>["hub"];

function tabRows(hub: Hub): string[][] {
  return hub.school.grades.flatMap((grade) =>
    parseCsv(sheetToCsv(hub.ws, hub.hubId, `Grade ${grade} Comments`))
      .slice(1)
      .map((record) => [...record.fields]),
  );
}

describe("forty teachers saving at once", () => {
  it("saves every comment exactly once, with no lock timeout", async () => {
    const { hub, classes } = hubWithOneTeacherPerClass();
    const requests = classes.map((c) => ({
      fn: "saveComments",
      args: [
        {
          classId: c.id,
          teacherEmail: c.teacher,
          entries: c.students.map((id) => ({ studentId: id, text: `${c.id}: a comment on ${id}` })),
        },
      ],
      as: c.teacher,
      containerId: hub.hubId,
      kind: "sidebar" as const,
    }));
    const results = await runConcurrently(hub.ws, requests, { timeScale: 0.1 });
    expect(results.map((r) => r.error?.message)).toEqual(classes.map(() => undefined));
    const expected = classes.flatMap((c) => c.students.map((id) => `${c.id} ${id}`)).sort();
    const stored = hub.school.grades
      .flatMap((grade) =>
        parseCsv(sheetToCsv(hub.ws, hub.hubId, `Grade ${grade} Comments`)).slice(1),
      )
      .map((record) => `${record.fields[3]} ${record.fields[1]}`)
      .sort();
    expect(stored).toEqual(expected);
    const saves = hub.ws.history.filter((r) => r.kind === "webapp" && r.user === hub.coordinator);
    expect(saves.length).toBeGreaterThanOrEqual(TEACHERS);
  });

  it("puts every concurrent edit on its own comment's row, as the log rebuilds them", async () => {
    const { hub, classes } = hubWithOneTeacherPerClass();
    const half = Math.ceil(classes.length / 2);
    const save = (c: (typeof classes)[number], entries: object[]) => ({
      fn: "saveComments",
      args: [{ classId: c.id, teacherEmail: c.teacher, entries }],
      as: c.teacher,
      containerId: hub.hubId,
      kind: "sidebar" as const,
    });
    const first = classes.slice(0, half).map((c) =>
      save(
        c,
        c.students.map((id) => ({ studentId: id, text: `${c.id}: first on ${id}` })),
      ),
    );
    await runConcurrently(hub.ws, first, { timeScale: 0.1 });
    const cell = columnsOf(hub, `Grade ${hub.school.grades[0]} Comments`);
    const saved = new Map(
      tabRows(hub).map((row) => [`${cell(row, "Class ID")} ${cell(row, "Student ID")}`, row]),
    );
    const second = classes.map((c, i) =>
      save(
        c,
        c.students.map((id) => {
          const old = saved.get(`${c.id} ${id}`);
          const text = `${c.id}: second on ${id}`;
          return i < half
            ? {
                studentId: id,
                text,
                commentId: cell(old!, "Comment ID"),
                version: Number(cell(old!, "Version")),
              }
            : { studentId: id, text };
        }),
      ),
    );
    const results = await runConcurrently(hub.ws, second, { timeScale: 0.1 });
    expect(results.map((r) => r.error?.message)).toEqual(classes.map(() => undefined));
    const outcomes = results.flatMap((r) =>
      (r.value as { results: { outcome: string }[] }).results.map((x) => x.outcome),
    );
    expect(outcomes.every((o) => o === "saved")).toBe(true);
    const after = tabRows(hub);
    expect(
      after
        .map((row) => `${cell(row, "Class ID")} ${cell(row, "Student ID")} ${cell(row, "Comment")}`)
        .sort(),
    ).toEqual(
      classes
        .flatMap((c) => c.students.map((id) => `${c.id} ${id} ${c.id}: second on ${id}`))
        .sort(),
    );
    runIn(hub, "rebuildCommentTabsFromLog", hub.coordinator);
    expect(tabRows(hub).sort()).toEqual([...after].sort());
  });
});
