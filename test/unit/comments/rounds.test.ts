/* Comments per round: which round a comment belongs to, one comment per teacher, student, class and round, earlier rounds read-only, and the comment window. */
import { inRound, roundOf, windowRefusal } from "../../../src/domain/comments/rounds";
import { decideSave } from "../../../src/domain/comments/save";
import type { Round } from "../../../src/domain/rounds/model";
import { ANA, COORDINATOR, comment, context, FALL, request, SPRING, TERM } from "./school";

const spring: Round = {
  name: SPRING,
  kind: "student-led",
  hosts: "advisors",
  preparation: { from: "2027-03-01", to: "2027-03-19" },
  comments: { from: "2027-03-08", to: "2027-03-24" },
  conference: { from: "2027-03-29", to: "2027-04-02" },
  state: "open",
  openedAt: "2027-02-20T09:00:00.000Z",
  closedAt: "",
  archivedAt: "",
  hostEmail: "",
  classIds: [],
};

describe("a comment's round", () => {
  it("is the round it was written in, or the term's round for a row with none", () => {
    expect(roundOf(comment(), TERM)).toBe(FALL);
    expect(roundOf(comment({ round: "" }), TERM)).toBe(TERM);
    expect(inRound(comment({ round: "" }), TERM, TERM)).toBe(true);
    expect(inRound(comment(), FALL.toUpperCase(), TERM)).toBe(true);
    expect(inRound(comment(), SPRING, TERM)).toBe(false);
  });
});

describe("saving into a round", () => {
  it("creates a spring comment beside the teacher's fall one instead of editing it", () => {
    const fall = comment();
    const decision = decideSave(
      request([{ studentId: "S1", text: "Spring: reads widely." }]),
      context(ANA, [fall], false, SPRING),
    );
    expect(decision.writes).toEqual([
      expect.objectContaining({ id: "C-new-1", round: SPRING, text: "Spring: reads widely." }),
    ]);
    expect(decision.log).toEqual([expect.objectContaining({ action: "create", before: null })]);
  });

  it("refuses to edit or withdraw a comment of an earlier round, naming it, and writes nothing", () => {
    const fall = comment();
    const edit = decideSave(
      request([{ studentId: "S1", text: "Changed.", commentId: "C-1", version: 1 }]),
      context(ANA, [fall], false, SPRING),
    );
    const withdraw = decideSave(
      request([{ studentId: "S1", text: "", commentId: "C-1", version: 1, withdraw: true }]),
      context(ANA, [fall], false, SPRING),
    );
    for (const decision of [edit, withdraw]) {
      expect(decision.writes).toEqual([]);
      expect(decision.log).toEqual([]);
      expect(decision.results).toEqual([
        {
          studentId: "S1",
          outcome: "refused",
          reason: `the comment on Zoë Nguyễn belongs to “${FALL}”, an earlier round, so it is read-only; comments now go into “${SPRING}”`,
        },
      ]);
    }
  });

  it("lets a coordinator withdraw a comment of an earlier round, but not edit it", () => {
    const fall = comment();
    const withdraw = decideSave(
      request(
        [{ studentId: "S1", text: "", commentId: "C-1", version: 1, withdraw: true }],
        COORDINATOR,
      ),
      context(COORDINATOR, [fall], true, SPRING),
    );
    expect(withdraw.writes).toEqual([
      expect.objectContaining({ id: "C-1", status: "withdrawn", round: FALL, version: 2 }),
    ]);
    const edit = decideSave(
      request([{ studentId: "S1", text: "Changed.", commentId: "C-1", version: 1 }], COORDINATOR),
      context(COORDINATOR, [fall], true, SPRING),
    );
    expect(edit.writes).toEqual([]);
    expect(edit.results[0]).toMatchObject({ outcome: "refused" });
  });

  it("edits a row with no round while the term's round is the one being written", () => {
    const old = comment({ round: "" });
    const decision = decideSave(
      request([{ studentId: "S1", text: "Edited.", commentId: "C-1", version: 1 }]),
      context(ANA, [old], false, TERM),
    );
    expect(decision.writes).toEqual([
      expect.objectContaining({ id: "C-1", text: "Edited.", round: "" }),
    ]);
  });
});

describe("the comment window", () => {
  const save = request([{ studentId: "S1", text: "Hi." }]);
  const working = { name: SPRING, round: spring };

  it("takes saves from its first day to its last", () => {
    expect(windowRefusal(working, "2027-03-08", save, false)).toBeUndefined();
    expect(windowRefusal(working, "2027-03-24", save, false)).toBeUndefined();
  });

  it("refuses a save outside it, naming the round and its days", () => {
    expect(windowRefusal(working, "2027-03-25", save, false)).toBe(
      `Nothing was saved: “${SPRING}” takes comments from 2027-03-08 to 2027-03-24.`,
    );
    expect(windowRefusal(working, "2027-03-07", save, true)).toMatch(/^Nothing was saved/);
  });

  it("does not hold the term's round, or a coordinator's withdrawals, to a window", () => {
    expect(windowRefusal({ name: TERM }, "2030-01-01", save, false)).toBeUndefined();
    const withdrawal = request(
      [{ studentId: "S1", text: "", commentId: "C-1", version: 1, withdraw: true }],
      COORDINATOR,
    );
    expect(windowRefusal(working, "2027-05-01", withdrawal, true)).toBeUndefined();
    expect(windowRefusal(working, "2027-05-01", withdrawal, false)).toMatch(/^Nothing was saved/);
  });
});
