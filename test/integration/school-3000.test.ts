/*
 * A school of 3,000 students and 150 advisors, from import to a doc for everyone, under the
 * limits the emulator holds (the Docs API's 60 writes a minute, the 6-minute execution, 9 KB a
 * script property, 500 KB of them in all, 100 KB a cache entry): the run spreads over
 * executions the open sidebar makes, each telling the coordinator where it stands, and ends with
 * exactly one doc per student, shared with that student and reached by their advisor.
 */
import { run, sheetToCsv } from "../../emulator";
import { benchSchool, COORDINATOR, readyHub } from "../../scripts/bench/school";
import { parseCsv } from "../../src/domain/roster/csv";
import { columnsOf } from "./hub-columns";

interface Progress {
  remaining: number;
  continuing: boolean;
  stoppedBecause?: string;
  problems: unknown[];
}

const STUDENTS = 3_000;

describe("a school of 3,000 students", () => {
  const school = benchSchool(STUDENTS);
  const hub = readyHub(school);
  const rounds: Progress[] = [];
  let modelledMs = 0;
  for (let i = 0; i < 40; i++) {
    const result = run(hub.ws, {
      fn: "createConferenceDocs",
      args: [{ kind: "all" }],
      as: COORDINATOR,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    if (!result.ok) throw new Error(`round ${i + 1}: ${result.error?.message}`);
    rounds.push(result.value as Progress);
    modelledMs += result.report.modelledMs;
    if (!(result.value as Progress).continuing) break;
  }

  it("has 150 advisors", () => {
    const advisors = new Set(school.roster.students.map((s) => s.advisorEmail));
    expect(advisors.size).toBe(150);
  });

  it("ends with exactly one doc per student, recorded once, with no problem", () => {
    const docs = hub.ws.drive
      .all()
      .filter((f) => f.appProperties.conferStudentId !== undefined && !f.trashed);
    expect(docs).toHaveLength(STUDENTS);
    const [, ...records] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    const cell = columnsOf(hub, "Conference Docs");
    expect(new Set(records.map((r) => cell(r, "Student ID"))).size).toBe(STUDENTS);
    expect(rounds.flatMap((r) => r.problems)).toEqual([]);
    expect(rounds.at(-1)).toMatchObject({ remaining: 0, continuing: false });
  });

  it("shares each doc with its student and lets the student's advisor reach it", () => {
    const byId = new Map(hub.ws.drive.all().map((f) => [f.id, f]));
    const [, ...records] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    const students = new Map(school.roster.students.map((s) => [s.id, s]));
    const cell = columnsOf(hub, "Conference Docs");
    for (const record of records) {
      const doc = byId.get(cell(record, "Doc ID"))!;
      const student = students.get(cell(record, "Student ID"))!;
      expect(hub.ws.drive.roleOf(student.email, doc)).toBe("editor");
      expect(hub.ws.drive.roleOf(student.advisorEmail, doc)).toBe("editor");
    }
  });

  it("is paced at the Docs API's 60 writes a minute: 3,000 writes span at least 49 minutes", () => {
    // 50 full windows of 60 writes: the first goes at once, each next one a minute later.
    expect(modelledMs / 60_000).toBeGreaterThanOrEqual(49);
    expect(rounds.length).toBeGreaterThanOrEqual(9);
  });

  it("tells the coordinator, each execution, why it stopped and how many are left", () => {
    for (const round of rounds.slice(0, -1)) {
      expect(round.continuing).toBe(true);
      expect(round.stoppedBecause).toMatch(/\w/);
      expect(round.remaining).toBeGreaterThan(0);
    }
  });

  it("shows the whole school's status, reading 250 more docs each time and the rest as last read", () => {
    const status = () =>
      run(hub.ws, {
        fn: "getStatus",
        args: [{}],
        as: COORDINATOR,
        containerId: hub.hubId,
        kind: "sidebar",
      });
    const first = status();
    expect(first.error).toBeUndefined();
    const view = first.value as { rows: { problem: string }[]; fromEarlier: number };
    expect(view.rows).toHaveLength(STUDENTS);
    expect(view.rows.filter((r) => r.problem !== "")).toEqual([]);
    expect(view.fromEarlier).toBe(STUDENTS - 250);
    hub.ws.triggers.advanceTo(hub.ws.now() + 61_000);
    const [, ...before] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    const cell = columnsOf(hub, "Conference Docs");
    const readOnce = before.filter((r) => cell(r, "Status Read") !== "").length;
    expect(readOnce).toBe(250);
    expect((status().value as { fromEarlier: number }).fromEarlier).toBe(STUDENTS - 250);
    const [, ...after] = parseCsv(sheetToCsv(hub.ws, hub.hubId, "Conference Docs")).map(
      (r) => r.fields,
    );
    expect(after.filter((r) => cell(r, "Status Read") !== "").length).toBe(500);
  });

  it("keeps every script property under 9 KB and all of them under 500 KB", () => {
    const sizes = [...hub.ws.scriptProperties].map(
      ([k, v]) => Buffer.byteLength(k) + Buffer.byteLength(v),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(500 * 1024);
  });
});
