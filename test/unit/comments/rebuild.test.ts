/* replayLog: the log alone gives every comment's latest state, in the order comments were first written. */
import type { LogEntry, TeacherComment } from "../../../src/domain/comments/model";
import { replayLog } from "../../../src/domain/comments/rebuild";
import { ANA, comment, NOW } from "./school";

function logged(
  action: LogEntry["action"],
  before: TeacherComment | null,
  after: TeacherComment | null,
): LogEntry {
  return {
    time: NOW,
    actor: ANA,
    action,
    commentId: (after ?? before)?.id ?? "",
    before,
    after,
    reason: "",
  };
}

describe("replaying the comment log", () => {
  it("gives each comment's latest state per grade, in first-written order", () => {
    const a1 = comment({ id: "C-a" });
    const b1 = comment({ id: "C-b", studentId: "S2" });
    const g8 = comment({ id: "C-8", studentId: "S4", grade: "8" });
    const a2 = { ...a1, text: "Edited.", version: 2 };
    const b2 = { ...b1, status: "withdrawn" as const, version: 2 };
    const a3 = { ...a2, text: "Edited twice.", version: 3 };
    const byGrade = replayLog([
      logged("create", null, a1),
      logged("create", null, b1),
      logged("create", null, g8),
      logged("edit", a1, a2),
      logged("refused", b1, null),
      logged("withdraw", b1, b2),
      logged("edit", a2, a3),
    ]);
    expect([...byGrade.keys()]).toEqual(["7", "8"]);
    expect(byGrade.get("7")).toEqual([a3, b2]);
    expect(byGrade.get("8")).toEqual([g8]);
  });

  it("gives nothing for a log of refusals only", () => {
    expect(replayLog([logged("refused", null, null)]).size).toBe(0);
  });
});
