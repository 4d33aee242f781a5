/* Planning a re-import's regrade: which comment rows move, whole, to which grade's tab. */
import { planRegrade } from "../../../src/domain/comments/regrade";

const by = { time: "2027-09-06T14:00:00.000Z", actor: "coordinator@school.test" };

/** A comment row as a grade tab holds it, with a column past Confer's own at the end. */
function row(id: string, studentId: string, text: string, extra = "Fall 2026"): unknown[] {
  return [
    id,
    studentId,
    `Student ${studentId}`,
    "MATH-6A",
    "1",
    "t@school.test",
    text,
    2,
    "2026-11-20T10:00:00.000Z",
    "2026-11-21T10:00:00.000Z",
    "active",
    extra,
  ];
}

const student = (id: string, grade: string, active = true) => ({ id, grade, active });

describe("planRegrade", () => {
  it("moves each comment of a student a grade up to the end of that grade's tab, every column kept", () => {
    const six = [row("C-1", "6001", "Steady"), row("C-2", "6002", "Kind")];
    const seven = [row("C-3", "7001", "Curious")];
    const plan = planRegrade(
      [student("6001", "7"), student("6002", "6"), student("7001", "8")],
      [
        { grade: "6", rows: six },
        { grade: "7", rows: seven },
        { grade: "8", rows: [] },
      ],
      by,
    );
    expect(plan.create).toEqual([]);
    expect(plan.tabs).toEqual(
      new Map([
        ["6", [six[1]]],
        ["7", [six[0]]],
        ["8", [seven[0]]],
      ]),
    );
    expect(plan.log.map((e) => [e.action, e.commentId, e.before?.grade, e.after?.grade])).toEqual([
      ["regrade", "C-1", "6", "7"],
      ["regrade", "C-3", "7", "8"],
    ]);
    expect(plan.log[0]).toMatchObject({
      ...by,
      after: { id: "C-1", studentId: "6001", text: "Steady", version: 2, grade: "7" },
    });
  });

  it("leaves a leaver's comments (inactive, their last grade) and unknown students' where they are", () => {
    const eight = [row("C-1", "8001", "Done"), row("C-2", "9999", "Who?")];
    const plan = planRegrade([student("8001", "8", false)], [{ grade: "8", rows: eight }], by);
    expect(plan).toEqual({ create: [], log: [], tabs: new Map() });
  });

  it("names a grade with no tab for the tab to be made, and moves comments into it", () => {
    const eight = [row("C-1", "8001", "Ready")];
    const plan = planRegrade(
      [student("8001", "9"), student("6001", "6")],
      [
        { grade: "6", rows: [] },
        { grade: "8", rows: eight },
      ],
      by,
    );
    expect(plan.create).toEqual(["9"]);
    expect(plan.tabs.get("9")).toEqual(eight);
    expect(plan.tabs.get("8")).toEqual([]);
  });

  it("finishes a move that stopped half-way without copying a comment twice or logging it again", () => {
    const moved = row("C-1", "6001", "Steady");
    const plan = planRegrade(
      [student("6001", "7")],
      [
        { grade: "6", rows: [moved, ["", "", ""]] },
        { grade: "7", rows: [moved] },
      ],
      by,
    );
    expect(plan.log).toEqual([]);
    expect(plan.tabs).toEqual(
      new Map([
        ["6", []],
        ["7", [moved]],
      ]),
    );
    const again = planRegrade([student("6001", "7")], [{ grade: "7", rows: [moved] }], by);
    expect(again).toEqual({ create: [], log: [], tabs: new Map() });
  });
});
