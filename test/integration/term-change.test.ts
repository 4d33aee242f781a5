/*
 * A hub from before rounds, on the built bundle: its Conference Docs and comment rows have no
 * Round. When the coordinator moves Settings' term from fall to spring, those rows stay the
 * fall's (Settings keeps the term they were written in), so Create conference docs makes every
 * student a spring doc linking their fall one, and a teacher's spring comment is a new row.
 */
import { type DriveFile, run, sheetToCsv } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";
import { type DemoHub, readyHub, runIn, writeCellByHand } from "./harness";
import { columnsOf } from "./hub-columns";

const FALL = "Fall 2026";
const SPRING = "Spring 2027";

function tab(hub: DemoHub, name: string): string[][] {
  return parseCsv(sheetToCsv(hub.ws, hub.hubId, name)).map((r) => [...r.fields]);
}

const docsOf = (hub: DemoHub, round: string): DriveFile[] =>
  hub.ws.drive
    .all()
    .filter((f) => f.appProperties.conferStudentId !== undefined && f.name.endsWith(` · ${round}`));

/** Empties a tab's Round cells, as a hub written before rounds has them. */
function forgetRounds(hub: DemoHub, tabName: string): void {
  const [header, ...rows] = tab(hub, tabName);
  const column = String.fromCharCode(65 + header!.indexOf("Round"));
  rows.forEach((_, i) => {
    const cell = `${column}${i + 2}`;
    const result = writeCellByHand(hub, hub.coordinator, tabName, cell, "");
    if (!result.ok) throw new Error(`${tabName}!${cell}: ${result.error?.message}`);
  });
}

function saveComment(hub: DemoHub, text: string) {
  const c = hub.school.classes[0]!;
  return run(hub.ws, {
    fn: "saveComments",
    args: [
      {
        classId: c.id,
        teacherEmail: c.teacherEmail,
        entries: [{ studentId: c.studentIds[0], text }],
      },
    ],
    as: c.teacherEmail,
    containerId: hub.hubId,
    kind: "sidebar",
  });
}

describe("a hub from before rounds, when the term changes", () => {
  let hub: DemoHub;
  let made: number;

  beforeAll(() => {
    hub = readyHub();
    runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" });
    expect(saveComment(hub, "Fall: steady work.").ok).toBe(true);
    forgetRounds(hub, "Conference Docs");
    forgetRounds(
      hub,
      `Grade ${hub.school.students.find((s) => s.id === hub.school.classes[0]!.studentIds[0])!.grade} Comments`,
    );
    runIn(hub, "saveSettings", hub.coordinator, { term: SPRING });
    made = (
      runIn(hub, "createConferenceDocs", hub.coordinator, { kind: "all" }).value as {
        created: number;
      }
    ).created;
  });

  it("keeps the term the unmarked rows were written in, in Settings", () => {
    const settings = new Map(tab(hub, "Settings").map(([label, value]) => [label, value]));
    expect(settings.get("Term")).toBe(SPRING);
    expect(settings.get("Round of rows from before rounds")).toBe(FALL);
  });

  it("makes every student a spring doc, beside the fall one", () => {
    expect(made).toBe(hub.school.students.length);
    expect(docsOf(hub, SPRING)).toHaveLength(hub.school.students.length);
    expect(docsOf(hub, FALL)).toHaveLength(hub.school.students.length);
    const cell = columnsOf(hub, "Conference Docs");
    const rounds = tab(hub, "Conference Docs")
      .slice(1)
      .map((row) => cell(row, "Round"));
    expect(rounds.filter((r) => r === "")).toHaveLength(hub.school.students.length);
    expect(rounds.filter((r) => r === SPRING)).toHaveLength(hub.school.students.length);
  });

  it("files a teacher's spring comment as a new row, the fall one kept", () => {
    const c = hub.school.classes[0]!;
    const grade = hub.school.students.find((s) => s.id === c.studentIds[0])!.grade;
    expect(saveComment(hub, "Spring: a strong term.").ok).toBe(true);
    const cell = columnsOf(hub, `Grade ${grade} Comments`);
    const mine = tab(hub, `Grade ${grade} Comments`)
      .slice(1)
      .filter(
        (row) => cell(row, "Student ID") === c.studentIds[0] && cell(row, "Class ID") === c.id,
      )
      .map((row) => [cell(row, "Comment"), cell(row, "Round")]);
    expect(mine).toEqual([
      ["Fall: steady work.", ""],
      ["Spring: a strong term.", SPRING],
    ]);
  });
});
