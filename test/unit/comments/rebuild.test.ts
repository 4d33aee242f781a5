/* replayLog: the log alone gives every comment's latest state, in the order comments were first written. */
import { replayLog } from "../../../src/domain/comments/rebuild";
import { comment, logEntry } from "./school";

describe("replaying the comment log", () => {
  it("gives each comment's latest state per grade, in first-written order", () => {
    const a1 = comment({ id: "C-a" });
    const b1 = comment({ id: "C-b", studentId: "S2" });
    const g8 = comment({ id: "C-8", studentId: "S4", grade: "8" });
    const a2 = { ...a1, text: "Edited.", version: 2 };
    const b2 = { ...b1, status: "withdrawn" as const, version: 2 };
    const a3 = { ...a2, text: "Edited twice.", version: 3 };
    const byGrade = replayLog([
      logEntry("create", null, a1),
      logEntry("create", null, b1),
      logEntry("create", null, g8),
      logEntry("edit", a1, a2),
      logEntry("refused", b1, null),
      logEntry("withdraw", b1, b2),
      logEntry("edit", a2, a3),
    ]);
    expect([...byGrade.keys()]).toEqual(["7", "8"]);
    expect(byGrade.get("7")).toEqual([a3, b2]);
    expect(byGrade.get("8")).toEqual([g8]);
  });

  it("keeps each comment's round, so a teacher's fall and spring comments stay two", () => {
    const fall = comment({ id: "C-f" });
    const spring = comment({ id: "C-s", round: "Spring 2027 student-led", text: "Spring." });
    const byGrade = replayLog([logEntry("create", null, fall), logEntry("create", null, spring)]);
    expect(byGrade.get("7")!.map((c) => [c.id, c.round])).toEqual([
      ["C-f", fall.round],
      ["C-s", "Spring 2027 student-led"],
    ]);
  });

  it("gives nothing for a log of refusals only", () => {
    expect(replayLog([logEntry("refused", null, null)]).size).toBe(0);
  });
});
