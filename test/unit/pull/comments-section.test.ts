/* The Teacher comments section's text: grouped by class in period order, teacher and date on each. */
import {
  commentsSectionText,
  groupByClass,
  type PulledComment,
} from "../../../src/domain/pull/comments-section";

const comment = (over: Partial<PulledComment>): PulledComment => ({
  classId: "MATH-6A",
  course: "Math",
  period: "1",
  teacherName: "Jun Bianchi",
  date: "2026-11-20",
  text: "Works steadily.",
  ...over,
});

describe("groupByClass", () => {
  it("groups comments by class, classes in period order (10 after 9)", () => {
    const groups = groupByClass([
      comment({ classId: "ART", course: "Art", period: "10" }),
      comment({ classId: "SCI", course: "Science", period: "9", teacherName: "Zoe" }),
      comment({ classId: "SCI", course: "Science", period: "9", teacherName: "Ana" }),
      comment({}),
    ]);
    expect(groups.map((g) => `${g.period} ${g.course}`)).toEqual(["1 Math", "9 Science", "10 Art"]);
    expect(groups[1]!.comments.map((c) => c.teacherName)).toEqual(["Ana", "Zoe"]);
  });
});

describe("commentsSectionText", () => {
  it("writes a heading per class and each comment with its teacher and date", () => {
    const text = commentsSectionText(
      [
        comment({}),
        comment({
          classId: "ENG",
          course: "English",
          period: "2",
          teacherName: "Mei O'Brien",
          date: "2026-11-21",
          text: "Reads widely.\r\nAsks good questions.",
        }),
      ],
      "2026-11-23",
    );
    expect(text).toBe(
      [
        "Pulled on 2026-11-23.",
        "",
        "Math · Period 1",
        "Jun Bianchi (2026-11-20): Works steadily.",
        "",
        "English · Period 2",
        "Mei O'Brien (2026-11-21): Reads widely.\nAsks good questions.",
      ].join("\n"),
    );
  });

  it("is never empty, so the named range survives a replace", () => {
    expect(commentsSectionText([], "2026-11-23")).toBe(
      "No teacher comments yet (pulled on 2026-11-23).",
    );
  });

  it("keeps comment text literal", () => {
    expect(commentsSectionText([comment({ text: "=SUM(A1) <b>$1</b>" })], "d")).toContain(
      "Jun Bianchi (2026-11-20): =SUM(A1) <b>$1</b>",
    );
  });
});
