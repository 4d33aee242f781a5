/* The Check-in line's placement and words, and a check-in's life: refreshed, due, marked, sorted. */
import { SECTIONS } from "../../../src/domain/conference-docs/template";
import type { DocJson } from "../../../src/domain/doc/doc-json";
import {
  CHECK_IN_RANGE,
  checkInLine,
  checkInRequests,
} from "../../../src/domain/goal-check-ins/check-in-line";
import {
  type CheckIn,
  checkInFromRow,
  checkInToRow,
  linesDue,
  markedCheckIn,
  refreshedCheckIn,
  sortedForAdvisor,
} from "../../../src/domain/goal-check-ins/check-ins";
import { docGoalOf } from "../../../src/domain/goal-check-ins/goal-text";

/** A doc of paragraphs, each [text, named range?], indexes counted from 1 as Docs does. */
function docOf(paragraphs: readonly [string, string?][]): DocJson {
  let at = 1;
  const content = [];
  const named: Record<string, { namedRanges: { namedRangeId: string; ranges: object[] }[] }> = {};
  for (const [text, name] of paragraphs) {
    const end = at + text.length + 1;
    content.push({
      startIndex: at,
      endIndex: end,
      paragraph: {
        elements: [{ startIndex: at, endIndex: end, textRun: { content: `${text}\n` } }],
      },
    });
    if (name) {
      const ranges = named[name]?.namedRanges[0]?.ranges ?? [];
      named[name] = {
        namedRanges: [
          { namedRangeId: name, ranges: [...ranges, { startIndex: at, endIndex: end }] },
        ],
      };
    }
    at = end;
  }
  return { body: { content }, namedRanges: named };
}

const PLAN_DOC = docOf([
  ["4. Post-Conference Plan"],
  ["Conference held on (date): 2026-11-25", SECTIONS.conferenceHeld],
  ["My goal in my own words: read two books by January 20", SECTIONS.plan],
  ["My next steps", SECTIONS.nextSteps],
  ["How my teachers will support me", SECTIONS.teacherSupport],
  ["5. Parent Communication"],
  ["How I will tell my family:"],
]);

describe("the Check-in line", () => {
  const line = checkInLine("2027-01-20", "Niamh Zhang");

  it("says the day and who to look at the goal with", () => {
    expect(line).toBe(
      "Check-in on your goal: Wednesday, January 20, 2027. Look at your goal together with Niamh Zhang.",
    );
  });

  it("goes just after the Post-Conference Plan, as its own plain named paragraph", () => {
    const heading = PLAN_DOC.body!.content![5]!.startIndex!;
    expect(checkInRequests(PLAN_DOC, line)).toEqual([
      { insertText: { location: { index: heading }, text: `${line}\n` } },
      {
        createNamedRange: {
          name: CHECK_IN_RANGE,
          range: { startIndex: heading, endIndex: heading + line.length + 1 },
        },
      },
      {
        updateParagraphStyle: {
          range: { startIndex: heading, endIndex: heading + line.length + 1 },
          paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
          fields: "namedStyleType",
        },
      },
    ]);
  });

  it("is appended at the end of a doc without the plan's sections", () => {
    const doc = docOf([["Just my notes"]]);
    const [insert] = checkInRequests(doc, line);
    expect(insert).toEqual({ insertText: { location: { index: 14 }, text: `\n${line}` } });
  });

  it("is left alone when the doc already holds it, and replaced in place when it changed", () => {
    const withLine = docOf([
      ["Teacher support", SECTIONS.teacherSupport],
      [line, CHECK_IN_RANGE],
      ["5. Parent Communication"],
    ]);
    expect(checkInRequests(withLine, line)).toEqual([]);
    const other = checkInLine("2027-01-21", "Niamh Zhang");
    expect(checkInRequests(withLine, other)[0]).toEqual({
      replaceNamedRangeContent: { namedRangeName: CHECK_IN_RANGE, text: `${other}\n` },
    });
  });
});

describe("a check-in", () => {
  const doc = {
    docId: "doc-1",
    studentId: "6001",
    studentName: "Valentina Chen",
    advisorEmail: "niamh.zhang@school.test",
    round: "Fall conferences",
  };
  const goal = docGoalOf(PLAN_DOC, "2026-11-20");
  const fresh = refreshedCheckIn(undefined, doc, goal, "2026-12-01")!;

  it("reads the goal's date from the doc, against the held day", () => {
    expect(goal).toEqual({
      written: true,
      conferenceDay: "2026-11-25",
      date: { kind: "found", date: "2027-01-20", text: "January 20" },
    });
    expect(fresh).toMatchObject({ goalDate: "2027-01-20", state: "upcoming", lineWritten: "" });
  });

  it("has no row while no goal is written", () => {
    const empty = docOf([["My goal in my own words: ", SECTIONS.plan]]);
    expect(refreshedCheckIn(undefined, doc, docGoalOf(empty, "2026-11-25"), "2026-12-01")).toBe(
      undefined,
    );
  });

  it("is due on its day, its line once, and keeps its date once the line is written", () => {
    const due = refreshedCheckIn(fresh, doc, goal, "2027-01-20")!;
    expect(due.state).toBe("due");
    expect(linesDue([fresh], "2027-01-19")).toEqual([]);
    expect(linesDue([due], "2027-01-20")).toEqual([due]);
    const written: CheckIn = { ...due, lineWritten: "2027-01-20T12:00:00.000Z" };
    expect(linesDue([written], "2027-01-21")).toEqual([]);
    const moved = docOf([["My goal in my own words: by March 3", SECTIONS.plan]]);
    expect(refreshedCheckIn(written, doc, docGoalOf(moved, "2026-11-25"), "2027-01-21")).toEqual(
      written,
    );
  });

  it("keeps the advisor's mark, and marking twice changes nothing", () => {
    const marked = markedCheckIn(fresh, "needs help", "niamh.zhang@school.test", "t1");
    expect(marked).toMatchObject({ state: "needs help", markedBy: "niamh.zhang@school.test" });
    expect(markedCheckIn(marked, "needs help", "someone@school.test", "t2")).toBe(marked);
    expect(refreshedCheckIn(marked, doc, goal, "2027-02-01")!.state).toBe("needs help");
  });

  it("round-trips through its tab row", () => {
    expect(checkInFromRow(checkInToRow(fresh))).toEqual(fresh);
  });

  it("lists due check-ins first, then those needing help", () => {
    const due = { ...fresh, docId: "a", goalDate: "2026-12-01", studentName: "Zed" };
    const help = { ...fresh, docId: "b", state: "needs help" as const };
    const later = { ...fresh, docId: "c", goalDate: "2027-05-01" };
    expect(sortedForAdvisor([later, help, due], "2026-12-02").map((c) => c.docId)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
