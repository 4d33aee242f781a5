/* Comments and log entries round-trip through sheet rows, text kept exactly as typed. */
import type { LogEntry } from "../../../src/domain/comments/model";
import {
  commentFromRow,
  commentToRow,
  logFromRow,
  logToRow,
} from "../../../src/domain/comments/rows";
import { ANA, comment, NOW } from "./school";

describe("comment rows", () => {
  it("round-trip a comment, formula-looking text and all", () => {
    const original = comment({
      text: '=IMPORTXML("http://evil.test")\n+1',
      version: 7,
      status: "withdrawn",
    });
    const row = commentToRow(original);
    expect(row).toHaveLength(12);
    expect(row[6]).toBe(original.text);
    expect(row[11]).toBe(original.round);
    expect(commentFromRow(row, "7")).toEqual(original);
  });

  it("skip a blank row and tidy what Sheets hands back", () => {
    expect(commentFromRow(["", "S1"], "7")).toBeUndefined();
    expect(commentFromRow(["  ", "S1"], "7")).toBeUndefined();
    const read = commentFromRow(
      [
        " C-9 ",
        " S1 ",
        "Zoë",
        "MATH7-2",
        "2",
        " Ana@School.test ",
        "Hi",
        "",
        new Date(NOW),
        NOW,
        "",
      ],
      "7",
    );
    expect(read).toMatchObject({
      id: "C-9",
      studentId: "S1",
      teacherEmail: ANA,
      version: 1,
      created: NOW,
      status: "active",
      round: "",
    });
  });

  it("read a row from a tab without the Round column as a comment with no round", () => {
    const row = commentToRow(comment()).slice(0, 11);
    expect(commentFromRow(row, "7")).toEqual(comment({ round: "" }));
  });
});

describe("log rows", () => {
  const edit: LogEntry = {
    time: NOW,
    actor: ANA,
    action: "edit",
    commentId: "C-1",
    before: comment(),
    after: comment({ text: "Better.", version: 2, updated: NOW }),
    reason: "",
  };

  it("round-trip an edit with the comment before and after", () => {
    expect(logFromRow(logToRow(edit))).toEqual(edit);
  });

  it("keep a refusal's reason where the after would be", () => {
    const refused: LogEntry = { ...edit, action: "refused", after: null, reason: "not enrolled" };
    expect(logToRow(refused)[5]).toBe("not enrolled");
    expect(logFromRow(logToRow(refused))).toEqual(refused);
  });

  it("read an entry written before comments had rounds as one with no round", () => {
    const { round: _before, ...oldBefore } = comment();
    const { round: _after, ...oldAfter } = comment({ text: "Better.", version: 2 });
    const row = [NOW, ANA, "edit", "C-1", JSON.stringify(oldBefore), JSON.stringify(oldAfter)];
    expect(logFromRow(row)).toMatchObject({
      before: comment({ round: "" }),
      after: comment({ text: "Better.", version: 2, round: "" }),
    });
  });

  it("skip a row with no action", () => {
    expect(logFromRow([NOW, ANA, "", "C-1", "", ""])).toBeUndefined();
  });
});
