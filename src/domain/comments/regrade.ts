/*
 * Planning the comments a roster import moves: every comment row in a grade's tab whose student
 * the roster now places in another grade goes, whole (every column, those Confer does not know
 * included), to the end of that grade's tab, with one regrade entry for the Comment Log each.
 * The plan follows from the roster and the tabs alone, so an import that stopped half-way is
 * finished by the next one, and a comment already in its new tab is never copied twice.
 */
import type { LogEntry } from "./model";
import { commentFromRow } from "./rows";

type Row = readonly unknown[];

export interface GradeTab {
  readonly grade: string;
  /** Every data row below the header, all columns, as the tab holds them. */
  readonly rows: readonly Row[];
}

export interface RegradePlan {
  /** Grades the roster's active students are in (or comments move to) that have no tab yet. */
  readonly create: readonly string[];
  /** One regrade entry per comment moved, for the Comment Log, which is written first. */
  readonly log: readonly LogEntry[];
  /** Each tab that changes, with every data row it holds afterwards. */
  readonly tabs: ReadonlyMap<string, readonly Row[]>;
}

export interface RegradeStudent {
  readonly id: string;
  readonly grade: string;
  readonly active: boolean;
}

const cell = (row: Row, i: number) => String(row[i] ?? "").trim();

export function planRegrade(
  students: readonly RegradeStudent[],
  tabs: readonly GradeTab[],
  by: { readonly time: string; readonly actor: string },
): RegradePlan {
  const gradeOf = new Map(students.map((s) => [s.id, s.grade]));
  const kept = new Map<string, Row[]>();
  const arriving = new Map<string, { row: Row; from: string }[]>();
  const changed = new Set<string>();
  for (const tab of tabs) {
    const stay: Row[] = [];
    for (const row of tab.rows) {
      if (cell(row, 0) === "") continue;
      const to = gradeOf.get(cell(row, 1));
      if (to === undefined || to === "" || to === tab.grade) {
        stay.push(row);
        continue;
      }
      arriving.set(to, [...(arriving.get(to) ?? []), { row, from: tab.grade }]);
      changed.add(tab.grade);
    }
    kept.set(tab.grade, stay);
  }
  const create = [
    ...new Set([
      ...students.filter((s) => s.active && s.grade !== "").map((s) => s.grade),
      ...arriving.keys(),
    ]),
  ].filter((grade) => !kept.has(grade));
  for (const grade of create) kept.set(grade, []);
  const log: LogEntry[] = [];
  for (const [grade, rows] of arriving) {
    const target = kept.get(grade)!;
    const there = new Set(target.map((row) => cell(row, 0)));
    for (const { row, from } of rows) {
      if (there.has(cell(row, 0))) continue;
      there.add(cell(row, 0));
      target.push(row);
      const before = commentFromRow(row, from)!;
      log.push({
        ...by,
        action: "regrade",
        commentId: before.id,
        before,
        after: { ...before, grade },
        reason: "",
      });
    }
    changed.add(grade);
  }
  return {
    create,
    log,
    tabs: new Map([...changed].map((grade) => [grade, kept.get(grade)!])),
  };
}
