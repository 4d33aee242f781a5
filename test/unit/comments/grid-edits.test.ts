/* What a class grid's boxes amount to before a save is sent: edits, withdrawals, over-limit boxes. */
import {
  boxState,
  type GridBox,
  lengthLabel,
  overLimitProblem,
  overLimitRefusal,
  planGridSave,
  withdrawQuestion,
} from "../../../src/domain/comments/grid-edits";
import { MAX_COMMENT_LENGTH } from "../../../src/domain/comments/model";

const saved: GridBox = {
  studentId: "S1",
  studentName: "Zoë Nguyễn",
  commentId: "C-1",
  version: 3,
  savedText: "Kind and curious.",
  withdrawn: false,
};
const empty: GridBox = {
  studentId: "S2",
  studentName: "Lee Abbott",
  savedText: "",
  withdrawn: false,
};
const gone: GridBox = {
  studentId: "S3",
  studentName: "Mia Okafor",
  commentId: "C-3",
  version: 2,
  savedText: "",
  withdrawn: true,
};

describe("a box's state", () => {
  it("is unchanged when it holds the saved text, or is blank where there is no comment", () => {
    expect(boxState(saved, "Kind and curious.")).toBe("unchanged");
    expect(boxState(empty, "")).toBe("unchanged");
    expect(boxState(empty, "   \n")).toBe("unchanged");
    expect(boxState(gone, "")).toBe("unchanged");
  });

  it("is edited when its text differs, and withdraws when a saved comment is cleared", () => {
    expect(boxState(saved, "Kind, curious.")).toBe("edited");
    expect(boxState(empty, "New.")).toBe("edited");
    expect(boxState(gone, "Back again.")).toBe("edited");
    expect(boxState(saved, "")).toBe("withdraw");
    expect(boxState(saved, "  ")).toBe("withdraw");
  });
});

describe("the live count and the limit", () => {
  it("counts with thousands separators against the limit", () => {
    expect(lengthLabel("x".repeat(1950))).toBe("1,950 / 2,000");
    expect(lengthLabel("")).toBe("0 / 2,000");
  });

  it("says how far over the limit a box is", () => {
    expect(overLimitProblem("x".repeat(MAX_COMMENT_LENGTH + 1))).toBe(
      "1 character over the 2,000-character limit: shorten it to save.",
    );
    expect(overLimitProblem("x".repeat(2050))).toBe(
      "50 characters over the 2,000-character limit: shorten it to save.",
    );
  });
});

describe("planning a grid's save", () => {
  it("sends only changed boxes, with the version seen, and lists the withdrawals by name", () => {
    const plan = planGridSave([saved, empty, gone], ["", "New.", ""]);
    expect(plan.entries).toEqual([
      { studentId: "S1", text: "", withdraw: true, commentId: "C-1", version: 3 },
      { studentId: "S2", text: "New." },
    ]);
    expect(plan.withdrawals).toEqual(["Zoë Nguyễn"]);
    expect(plan.overLimit).toEqual([]);
  });

  it("names every box over the limit, so the save can be refused before it is sent", () => {
    const long = "x".repeat(MAX_COMMENT_LENGTH + 1);
    const plan = planGridSave([saved, empty, gone], [long, "x".repeat(MAX_COMMENT_LENGTH), long]);
    expect(plan.overLimit).toEqual(["Zoë Nguyễn", "Mia Okafor"]);
    expect(overLimitRefusal(plan.overLimit)).toBe(
      "Nothing was saved. The comments for Zoë Nguyễn and Mia Okafor are over the 2,000-character limit: shorten them, then save again.",
    );
  });
});

describe("the withdraw question", () => {
  it("names the student, or every student", () => {
    expect(withdrawQuestion(["Lee Abbott"])).toBe("Withdraw your comment for Lee Abbott?");
    expect(withdrawQuestion(["Lee Abbott", "Mia Okafor", "Zoë Nguyễn"])).toBe(
      "Withdraw your comments for Lee Abbott, Mia Okafor and Zoë Nguyễn?",
    );
  });
});
