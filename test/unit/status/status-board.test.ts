/* The Status view's picture: counts per advisory and per grade, and the students behind each. */
import { type BoardStudent, statusBoard } from "../../../src/domain/status/status-board";

const student = (id: string, grade: string, advisor: string, done: Partial<BoardStudent> = {}) => ({
  studentId: id,
  student: `Student ${id}`,
  grade,
  advisor,
  prepared: false,
  commentsPulled: "",
  held: false,
  planWritten: false,
  guardianUpdateDrafted: false,
  ...done,
});

describe("statusBoard", () => {
  const board = statusBoard([
    student("s1", "10", "Ms Lee", { prepared: true, commentsPulled: "2026-11-02 09:00" }),
    student("s2", "9", "Ms Lee", { prepared: true, held: true }),
    student("s3", "9", "Mr Diaz", { planWritten: true, guardianUpdateDrafted: true }),
  ]);

  it("counts each stage per advisory, advisories by name", () => {
    expect(board.byAdvisory.map((g) => [g.label, g.total])).toEqual([
      ["Mr Diaz", 1],
      ["Ms Lee", 2],
    ]);
    const lee = board.byAdvisory[1]!;
    expect(lee.members).toEqual(["s1", "s2"]);
    expect(Object.fromEntries(lee.bars.map((bar) => [bar.stage, bar.done]))).toEqual({
      prepared: ["s1", "s2"],
      pulled: ["s1"],
      held: ["s2"],
      planned: [],
      updated: [],
    });
  });

  it("counts each stage per grade, grades by number", () => {
    expect(board.byGrade.map((g) => [g.label, g.total])).toEqual([
      ["Grade 9", 2],
      ["Grade 10", 1],
    ]);
    const nine = board.byGrade[0]!;
    expect(nine.bars.map((bar) => bar.done.length)).toEqual([1, 0, 1, 1, 1]);
  });

  it("has no groups for no students", () => {
    expect(statusBoard([])).toEqual({ byAdvisory: [], byGrade: [] });
  });
});
