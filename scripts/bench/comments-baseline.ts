/*
 * The naive side of the comment scenarios: the shared-spreadsheet world, where teachers write a
 * comment sheet directly (fixtures/comments-naive), on a Workspace with the same people and a
 * spreadsheet holding one tab per grade with the same rows Confer would write.
 */
import path from "node:path";
import { cellFor, MIME, newSheet, SpreadsheetContent, type Workspace } from "../../emulator";
import type { TeacherComment } from "../../src/domain/comments/model";
import { commentToRow } from "../../src/domain/comments/rows";
import { COMMENT_COLUMNS as HEADERS } from "../../src/domain/hub/tabs";
import { COMMENT_COLUMNS, commentSchool, GRADES } from "./comments-hub";
import { COORDINATOR, schoolWorkspace } from "./school";

const FIXTURE = path.join(__dirname, "fixtures/comments-naive");
const SPARE_ROWS = 1000;

export interface NaiveSheet {
  readonly ws: Workspace;
  readonly id: string;
  readonly content: SpreadsheetContent;
}

export const tabName = (grade: string) => `Grade ${grade} Comments`;

/** The shared comment spreadsheet, every teacher an editor, pre-filled with these comments. */
export function naiveSheet(prefilled: readonly TeacherComment[] = []): NaiveSheet {
  const { roster } = commentSchool();
  const ws = schoolWorkspace(FIXTURE, roster);
  const tallest = Math.max(0, ...GRADES.map((g) => prefilled.filter((c) => c.grade === g).length));
  const rows = tallest + 1 + SPARE_ROWS;
  const content = SpreadsheetContent.create(ws.script.timeZone, rows, COMMENT_COLUMNS);
  content.sheets[0]!.name = tabName(GRADES[0]!);
  for (const grade of GRADES.slice(1)) {
    content.sheets.push(newSheet(content.allocateId(), tabName(grade), rows, COMMENT_COLUMNS));
  }
  for (const sheet of content.sheets) {
    HEADERS.forEach((column, c) => {
      cellFor(sheet, 1, c + 1).value = column.header;
    });
  }
  const file = ws.drive.create({
    name: "Teacher comments",
    mimeType: MIME.spreadsheet,
    owner: COORDINATOR,
    content,
  });
  for (const teacher of new Set(roster.classes.map((c) => c.teacherEmail))) {
    ws.drive.share(file, teacher, "editor");
  }
  const next = new Map<string, number>();
  for (const comment of prefilled) {
    const sheet = content.sheetByName(tabName(comment.grade))!;
    const row = (next.get(comment.grade) ?? 1) + 1;
    next.set(comment.grade, row);
    commentToRow(comment).forEach((value, c) => {
      cellFor(sheet, row, c + 1).value = value;
    });
  }
  return { ws, id: file.id, content };
}

/** "classId studentId" of every comment row in the sheet's tabs. */
export function naiveStored(sheet: NaiveSheet): string[] {
  return GRADES.flatMap((grade) =>
    sheet.content
      .sheetByName(tabName(grade))!
      .rows.slice(1)
      .filter((line) => line?.[0]?.value)
      .map((line) => `${line![3]?.value} ${line![1]?.value}`),
  );
}
