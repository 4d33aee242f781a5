/* decideSave on existing comments: edits, withdrawals and restores, who may make them, and stale versions. */
import { decideSave } from "../../../src/domain/comments/save";
import { ANA, BEN, COORDINATOR, comment, context, NOW, request } from "./school";

describe("changing a comment that exists", () => {
  it("edits the author's own comment, bumping its version and logging before and after", () => {
    const current = comment({ version: 3 });
    const decision = decideSave(
      request([{ studentId: "S1", text: "Much improved.", commentId: "C-1", version: 3 }]),
      context(ANA, [current]),
    );
    const edited = { ...current, text: "Much improved.", version: 4, updated: NOW };
    expect(decision.results).toEqual([{ studentId: "S1", outcome: "saved", comment: edited }]);
    expect(decision.writes).toEqual([edited]);
    expect(decision.log).toEqual([
      expect.objectContaining({ action: "edit", commentId: "C-1", before: current, after: edited }),
    ]);
  });

  it("refuses an edit that names a comment about another student, leaving that comment alone", () => {
    const decision = decideSave(
      request([{ studentId: "S2", text: "Meant for S2", commentId: "C-1", version: 1 }]),
      context(ANA, [comment()]),
    );
    expect(decision.writes).toEqual([]);
    expect(decision.results).toEqual([
      expect.objectContaining({ studentId: "S2", outcome: "refused" }),
    ]);
  });

  it("finds the author's comment on the student when the entry names no comment ID", () => {
    const decision = decideSave(
      request([{ studentId: "S1", text: "Again.", version: 1 }]),
      context(ANA, [comment()]),
    );
    expect(decision.writes).toEqual([expect.objectContaining({ id: "C-1", version: 2 })]);
  });

  it("withdraws as a status change and restores by saving text again", () => {
    const withdrawn = decideSave(
      request([{ studentId: "S1", text: "", commentId: "C-1", version: 1, withdraw: true }]),
      context(ANA, [comment()]),
    );
    expect(withdrawn.writes).toEqual([
      expect.objectContaining({ id: "C-1", status: "withdrawn", version: 2, text: "Steady work." }),
    ]);
    expect(withdrawn.log[0]!.action).toBe("withdraw");

    const restored = decideSave(
      request([{ studentId: "S1", text: "Back again.", commentId: "C-1", version: 2 }]),
      context(ANA, withdrawn.writes),
    );
    expect(restored.writes).toEqual([
      expect.objectContaining({ status: "active", version: 3, text: "Back again." }),
    ]);
    expect(restored.log[0]!.action).toBe("restore");
  });

  it("leaves an unchanged comment and an already withdrawn one alone", () => {
    const decision = decideSave(
      request([
        { studentId: "S1", text: "Steady work.", commentId: "C-1", version: 1 },
        { studentId: "S2", text: "", commentId: "C-2", version: 2, withdraw: true },
      ]),
      context(ANA, [
        comment(),
        comment({ id: "C-2", studentId: "S2", status: "withdrawn", version: 2 }),
      ]),
    );
    expect(decision.results.map((r) => r.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(decision.writes).toEqual([]);
    expect(decision.log).toEqual([]);
  });

  it("refuses a stale version with a conflict showing the current comment", () => {
    const current = comment({ text: "Second draft.", version: 2 });
    const decision = decideSave(
      request([{ studentId: "S1", text: "From an old tab.", commentId: "C-1", version: 1 }]),
      context(ANA, [current]),
    );
    expect(decision.results).toEqual([{ studentId: "S1", outcome: "conflict", current }]);
    expect(decision.writes).toEqual([]);
  });

  it("refuses another teacher's edit and withdrawal, and logs them as refused", () => {
    const anas = comment();
    const decision = decideSave(
      request(
        [
          { studentId: "S1", text: "Overwritten!", commentId: "C-1", version: 1 },
          { studentId: "S2", text: "", commentId: "C-2", version: 1, withdraw: true },
        ],
        BEN,
        "SCI7-10",
      ),
      context(BEN, [anas, comment({ id: "C-2", studentId: "S2" })]),
    );
    expect(decision.results.map((r) => r.outcome)).toEqual(["refused", "refused"]);
    expect(decision.results[0]).toMatchObject({
      reason: expect.stringMatching(/ana@school\.test's; only its author or a coordinator/),
    });
    expect(decision.writes).toEqual([]);
    expect(decision.log.map((e) => [e.action, e.actor, e.before?.id])).toEqual([
      ["refused", BEN, "C-1"],
      ["refused", BEN, "C-2"],
    ]);
  });

  it("lets a coordinator edit a teacher's comment, keeping its author", () => {
    const decision = decideSave(
      request(
        [{ studentId: "S1", text: "Coordinator's fix.", commentId: "C-1", version: 1 }],
        COORDINATOR,
      ),
      context(COORDINATOR, [comment()], true),
    );
    expect(decision.writes).toEqual([
      expect.objectContaining({ text: "Coordinator's fix.", teacherEmail: ANA, version: 2 }),
    ]);
    expect(decision.log[0]).toMatchObject({ action: "edit", actor: COORDINATOR });
  });

  it("refuses a comment ID that does not exist and a withdrawal of nothing", () => {
    const decision = decideSave(
      request([
        { studentId: "S1", text: "x", commentId: "C-404", version: 1 },
        { studentId: "S2", text: "", withdraw: true },
      ]),
      context(ANA),
    );
    expect(decision.results).toEqual([
      { studentId: "S1", outcome: "refused", reason: "comment C-404 does not exist" },
      { studentId: "S2", outcome: "refused", reason: "there is no comment to withdraw" },
    ]);
  });
});
