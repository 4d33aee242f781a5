/* caughtUpReading and rowRuns: a grade tab read before the lock, brought up to date under it. */
import type { TeacherComment } from "../../../src/domain/comments/model";
import { commentToRow } from "../../../src/domain/comments/rows";
import {
  caughtUpReading,
  readingOf,
  type TabReading,
} from "../../../src/domain/comments/tab-reading";
import { rowRuns } from "../../../src/domain/hub/row-runs";
import { comment, logEntry } from "./school";

const HEADER = ["header"];

function tab(comments: readonly TeacherComment[]): TabReading {
  return readingOf([HEADER, ...comments.map(commentToRow)], 1, "7");
}

function rowsBelow(early: TabReading, comments: readonly TeacherComment[]): TabReading {
  return readingOf(comments.map(commentToRow), early.lastRow + 1, "7");
}

describe("a grade tab's reading", () => {
  const a = comment({ id: "C-a" });
  const b = comment({ id: "C-b", studentId: "S2" });
  const c = comment({ id: "C-c", studentId: "S3" });

  it("knows each comment's row and the tab's last row, skipping the header", () => {
    const reading = tab([a, b]);
    expect(reading.comments.map((x) => x.id)).toEqual(["C-a", "C-b"]);
    expect([...reading.rowOf]).toEqual([
      ["C-a", 2],
      ["C-b", 3],
    ]);
    expect(reading.lastRow).toBe(3);
    expect(readingOf([], 4, "7").lastRow).toBe(3);
  });

  it("takes in the edits and the appended rows written since it was read", () => {
    const early = tab([a, b]);
    const a2 = { ...a, text: "Edited.", version: 2 };
    const tail = [
      logEntry("edit", a, a2),
      logEntry("create", null, c),
      logEntry("refused", b, null),
    ];
    const now = caughtUpReading(early, "7", tail, rowsBelow(early, [c]))!;
    expect(now.comments).toEqual([a2, b, c]);
    expect(now.rowOf.get("C-c")).toBe(4);
    expect(now.lastRow).toBe(4);
  });

  it("is unchanged when nothing was written", () => {
    const early = tab([a, b]);
    expect(caughtUpReading(early, "7", [], rowsBelow(early, []))).toEqual(early);
  });

  it("trusts the rows read under the lock over an older log entry", () => {
    const early = tab([a]);
    const c2 = { ...c, text: "Edited.", version: 2 };
    const tail = [logEntry("create", null, c), logEntry("edit", c, c2)];
    expect(caughtUpReading(early, "7", tail, rowsBelow(early, [c2]))!.comments).toEqual([a, c2]);
  });

  it("ignores entries of other grades", () => {
    const early = tab([a]);
    const other = comment({ id: "C-8", grade: "8" });
    expect(
      caughtUpReading(early, "7", [logEntry("create", null, other)], rowsBelow(early, [])),
    ).toEqual(early);
  });

  it("gives up when the log does not account for the tab", () => {
    const early = tab([a, b]);
    const moved = { ...a, grade: "8" };
    expect(caughtUpReading(early, "7", [logEntry("regrade", a, moved)], rowsBelow(early, []))).toBe(
      undefined,
    );
    expect(caughtUpReading(early, "7", [], rowsBelow(early, [c]))).toBe(undefined);
    const stranger = comment({ id: "C-z", studentId: "S3" });
    expect(
      caughtUpReading(early, "7", [logEntry("edit", stranger, stranger)], rowsBelow(early, [])),
    ).toBe(undefined);
    const shrunk = { comments: [], rowOf: new Map(), lastRow: 2 };
    expect(caughtUpReading(early, "7", [], shrunk)).toBe(undefined);
  });
});

describe("runs of rows to write", () => {
  it("joins rows close together and keeps distant ones apart", () => {
    expect(rowRuns([5, 2, 3, 40, 41, 2], 1)).toEqual([
      { first: 2, last: 5 },
      { first: 40, last: 41 },
    ]);
    expect(rowRuns([2, 4], 0)).toEqual([
      { first: 2, last: 2 },
      { first: 4, last: 4 },
    ]);
    expect(rowRuns([], 10)).toEqual([]);
  });
});
