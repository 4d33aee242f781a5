/*
 * The comment scenarios' school and hub on dist/: a generated roster large enough for 20,000
 * enrolments, teachers' saves through the bundle's saveComments (which reaches the web app's
 * doPost as the hub owner), a hub pre-filled through the Comment Log and the bundle's own
 * rebuildCommentTabsFromLog, and the open round the saves go into.
 */
import {
  cellFor,
  type ExecutionReport,
  type RunRequest,
  run,
  type SheetData,
  type SpreadsheetContent,
} from "../../emulator";
import type { LogEntry, TeacherComment } from "../../src/domain/comments/model";
import { logToRow } from "../../src/domain/comments/rows";
import { COMMENT_COLUMNS as COMMENT_TAB_COLUMNS } from "../../src/domain/hub/tabs";
import type { SchoolClass, Student } from "../../src/domain/roster/model";
import { type BenchSchool, benchSchool, COORDINATOR, type Hub, TERM } from "./school";

export const STUDENTS = 3600;
export const CLASS_SIZE = 35;
export const PREFILLED = 20_000;
export const COMMENT_COLUMNS = COMMENT_TAB_COLUMNS.length;
export const GRADES = ["6", "7", "8"];
const STAMP = "2026-11-02T15:00:00.000Z";

let school: BenchSchool | undefined;
export const commentSchool = () => (school ??= benchSchool(STUDENTS));
let students: Map<string, Student> | undefined;
function studentById(id: string): Student {
  students ??= new Map(commentSchool().roster.students.map((s) => [s.id, s]));
  return students.get(id)!;
}

/**
 * The round the bench's saves go into: named after the term, so the pre-filled comments (rows with
 * no round) are its own, with its comment window around the bench's day, 2026-11-23.
 */
const ROUND = {
  name: TERM,
  kind: "student-led",
  hosts: "advisors",
  preparationFrom: "2026-11-02",
  preparationTo: "2026-11-20",
  commentsFrom: "2026-11-09",
  commentsTo: "2026-11-25",
  conferenceFrom: "2026-12-01",
  conferenceTo: "2026-12-04",
};

/** The coordinator opens the round, so every save reads the Rounds tab as in a school's round. */
export function openRound(hub: Hub): void {
  const result = run(hub.ws, {
    fn: "openRound",
    args: [ROUND],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  if (!result.ok || !(result.value as { opened: boolean }).opened) {
    throw new Error(`openRound failed: ${result.error?.message ?? JSON.stringify(result.value)}`);
  }
}

/** One full class for each of `count` distinct teachers, in roster order. */
export function classesOfDistinctTeachers(count: number): SchoolClass[] {
  const picked = new Map<string, SchoolClass>();
  for (const c of commentSchool().roster.classes) {
    if (c.studentIds.length >= CLASS_SIZE && !picked.has(c.teacherEmail)) {
      picked.set(c.teacherEmail, c);
    }
  }
  if (picked.size < count) throw new Error(`only ${picked.size} teachers have a full class`);
  return [...picked.values()].slice(0, count);
}

export function saveRequest(hub: Hub, schoolClass: SchoolClass, students: number): RunRequest {
  const entries = schoolClass.studentIds.slice(0, students).map((id) => ({
    studentId: id,
    text: `${schoolClass.course}, period ${schoolClass.period}: steady work from ${id}.`,
  }));
  return {
    fn: "saveComments",
    args: [{ classId: schoolClass.id, teacherEmail: schoolClass.teacherEmail, entries }],
    as: schoolClass.teacherEmail,
    containerId: hub.hubId,
    kind: "sidebar",
  };
}

export interface TeacherRun {
  readonly sidebar: ExecutionReport;
  readonly webApp: readonly ExecutionReport[];
  readonly value: unknown;
}

/** Runs a bundle endpoint as a teacher; the web-app executions it caused come with it. */
export function runAsTeacher(hub: Hub, request: RunRequest): TeacherRun {
  const before = hub.ws.history.length;
  const result = run(hub.ws, request);
  if (!result.ok) throw new Error(`${request.fn} as ${request.as}: ${result.error?.message}`);
  const webApp = hub.ws.history.slice(before).filter((r) => r.kind === "webapp");
  return { sidebar: result.report, webApp, value: result.value };
}

export function outcomesOf(value: unknown): string[] {
  return (value as { results: { outcome: string }[] }).results.map((r) => r.outcome);
}

export function contentOf(hub: Hub): SpreadsheetContent {
  return hub.ws.drive.get(hub.hubId)!.content as SpreadsheetContent;
}

export function commentTabs(hub: Hub): SheetData[] {
  return GRADES.map((grade) => contentOf(hub).sheetByName(`Grade ${grade} Comments`)!);
}

/** A tab's cells as getValues would give them. */
export function valuesOf(sheet: SheetData): unknown[][] {
  return sheet.rows.map((line) =>
    Array.from({ length: COMMENT_COLUMNS }, (_, c) => line?.[c]?.value ?? ""),
  );
}

/** "classId studentId" of every comment row in the hub's grade tabs. */
export function storedComments(hub: Hub): string[] {
  return commentTabs(hub).flatMap((sheet) =>
    valuesOf(sheet)
      .slice(1)
      .filter((row) => row[0] !== "")
      .map((row) => `${row[3]} ${row[1]}`),
  );
}

/** The comment a teacher's first save creates, as decideSave makes it. */
export function newComment(schoolClass: SchoolClass, studentId: string, n: number): TeacherComment {
  const student = studentById(studentId);
  return {
    id: `C-${String(n).padStart(8, "0")}`,
    studentId,
    studentName: `${student.preferredName || student.givenName} ${student.familyName}`,
    grade: student.grade,
    classId: schoolClass.id,
    period: schoolClass.period,
    teacherEmail: schoolClass.teacherEmail,
    text: `Comment ${n} on ${student.givenName}: steady work.`,
    version: 1,
    created: STAMP,
    updated: STAMP,
    status: "active",
    round: "",
  };
}

/**
 * `count` comments, one per enrolment, skipping the given classes; past the school's enrolments,
 * another round of them, withdrawn, as earlier conferences leave them.
 */
export function prefillComments(skip: ReadonlySet<string>, count = PREFILLED): TeacherComment[] {
  const classes = commentSchool().roster.classes.filter((c) => !skip.has(c.id));
  if (!classes.some((c) => c.studentIds.length > 0)) throw new Error("no enrolment to comment on");
  const comments: TeacherComment[] = [];
  for (let round = 0; ; round++) {
    for (const c of classes) {
      for (const id of c.studentIds) {
        if (comments.length === count) return comments;
        const comment = newComment(c, id, comments.length);
        comments.push(round === 0 ? comment : { ...comment, status: "withdrawn" });
      }
    }
  }
}

/**
 * Writes one "create" log entry per comment straight into the Comment Log's cells, then has the
 * coordinator run the bundle's rebuildCommentTabsFromLog, which writes the grade tabs.
 */
export function prefill(hub: Hub, comments: readonly TeacherComment[]): void {
  const log = contentOf(hub).sheetByName("Comment Log")!;
  const entries: LogEntry[] = comments.map((after) => ({
    time: STAMP,
    actor: after.teacherEmail,
    action: "create",
    commentId: after.id,
    before: null,
    after,
    reason: "",
  }));
  log.maxRows = Math.max(log.maxRows, entries.length + 1);
  entries.forEach((entry, i) => {
    logToRow(entry).forEach((value, c) => {
      const cell = cellFor(log, i + 2, c + 1);
      cell.value = value;
      cell.format = "@";
    });
  });
  const result = run(hub.ws, {
    fn: "rebuildCommentTabsFromLog",
    as: COORDINATOR,
    containerId: hub.hubId,
  });
  if (!result.ok) throw new Error(`rebuildCommentTabsFromLog failed: ${result.error?.message}`);
  const stored = storedComments(hub).length;
  if (stored !== comments.length) {
    throw new Error(`the rebuild left ${stored} comments, not ${comments.length}`);
  }
}
