/* decideSave on new comments: what a first save creates, and what it refuses and logs, and why. */
import { MAX_COMMENT_LENGTH } from "../../../src/domain/comments/model";
import { decideSave } from "../../../src/domain/comments/save";
import { ANA, context, FALL, NOW, request } from "./school";

describe("a first save of a class's comments", () => {
  it("creates one comment per student, logged as create, with the class and student filled in", () => {
    const decision = decideSave(
      request([
        { studentId: "S1", text: "Strong start." },
        { studentId: "S2", text: "Asks good questions." },
      ]),
      context(ANA),
    );
    expect(decision.results.map((r) => r.outcome)).toEqual(["saved", "saved"]);
    expect(decision.writes).toEqual([
      {
        id: "C-new-1",
        studentId: "S1",
        studentName: "Zoë Nguyễn",
        grade: "7",
        classId: "MATH7-2",
        period: "2",
        teacherEmail: ANA,
        text: "Strong start.",
        version: 1,
        created: NOW,
        updated: NOW,
        status: "active",
        round: FALL,
      },
      expect.objectContaining({ id: "C-new-2", studentName: "Lee Abbott", version: 1 }),
    ]);
    expect(decision.log).toEqual([
      expect.objectContaining({ action: "create", actor: ANA, commentId: "C-new-1", before: null }),
      expect.objectContaining({
        action: "create",
        commentId: "C-new-2",
        after: decision.writes[1],
      }),
    ]);
  });

  it("refuses empty and over-limit text with its reason, writing nothing for them", () => {
    const long = "x".repeat(MAX_COMMENT_LENGTH + 1);
    const decision = decideSave(
      request([
        { studentId: "S1", text: "   \n" },
        { studentId: "S2", text: long },
        { studentId: "S3", text: "x".repeat(MAX_COMMENT_LENGTH) },
      ]),
      context(ANA),
    );
    expect(decision.results).toEqual([
      { studentId: "S1", outcome: "refused", reason: "the comment is empty" },
      {
        studentId: "S2",
        outcome: "refused",
        reason: `the comment is ${MAX_COMMENT_LENGTH + 1} characters; the limit is ${MAX_COMMENT_LENGTH}`,
      },
      expect.objectContaining({ studentId: "S3", outcome: "saved" }),
    ]);
    expect(decision.writes.map((c) => c.studentId)).toEqual(["S3"]);
  });

  it("refuses an unknown student and one not enrolled in the class, and logs both as refused", () => {
    const decision = decideSave(
      request([
        { studentId: "S999", text: "Who?" },
        { studentId: "S4", text: "Not mine." },
      ]),
      context(ANA),
    );
    expect(decision.results).toEqual([
      { studentId: "S999", outcome: "refused", reason: "there is no student with ID “S999”" },
      {
        studentId: "S4",
        outcome: "refused",
        reason: "Noah Berg is not enrolled in Math 7 (MATH7-2)",
      },
    ]);
    expect(decision.writes).toEqual([]);
    expect(decision.log).toEqual([
      expect.objectContaining({
        action: "refused",
        actor: ANA,
        after: null,
        reason: expect.stringContaining("S999"),
      }),
      expect.objectContaining({
        action: "refused",
        reason: expect.stringContaining("not enrolled"),
      }),
    ]);
  });

  it("refuses the second entry for a student who appears twice in one save", () => {
    const decision = decideSave(
      request([
        { studentId: "S1", text: "First." },
        { studentId: "S1", text: "Second." },
      ]),
      context(ANA),
    );
    expect(decision.results[1]).toEqual({
      studentId: "S1",
      outcome: "refused",
      reason: "the same student appears twice in one save",
    });
    expect(decision.writes).toHaveLength(1);
    expect(decision.writes[0]!.text).toBe("First.");
  });

  it("keeps formula-looking text exactly as typed", () => {
    const texts = ["=SUM(A1)", "+1 great", "-2 late", "@mention"];
    const decision = decideSave(
      request(texts.map((text, i) => ({ studentId: ["S1", "S2", "S3", "S5"][i]!, text }))),
      context(ANA),
    );
    expect(decision.writes.map((c) => c.text)).toEqual(texts);
  });
});

describe("a student the roster has no grade for yet", () => {
  it("is refused by name, since there is no comments tab to write to, and the others are saved", () => {
    const base = context(ANA);
    const gradeless = {
      ...base,
      roster: {
        ...base.roster,
        students: base.roster.students.map((s) => (s.id === "S2" ? { ...s, grade: "" } : s)),
      },
    };
    const decision = decideSave(
      request([
        { studentId: "S1", text: "Strong start." },
        { studentId: "S2", text: "Asks good questions." },
      ]),
      gradeless,
    );
    expect(decision.results[1]).toEqual({
      studentId: "S2",
      outcome: "refused",
      reason:
        "Lee Abbott has no grade in the roster yet, so no comments tab: a coordinator imports their grade first",
    });
    expect(decision.writes.map((c) => c.studentId)).toEqual(["S1"]);
  });
});
