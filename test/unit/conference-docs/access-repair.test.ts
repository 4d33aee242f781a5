/* What a docs run repairs after a re-import: the round's docs, and the earlier docs of a student whose advisor changed. */
import {
  accessRepairs,
  earlierDocRepairs,
  sharedAfterMove,
} from "../../../src/domain/conference-docs/access-repair";
import type { DocRecord } from "../../../src/domain/conference-docs/records";

const student = {
  id: "6002",
  email: "ana@school.test",
  grade: "7",
  advisorEmail: "New.Advisor@school.test",
};

function record(round: string, grade: string, advisorEmail: string): DocRecord {
  return {
    studentId: "6002",
    studentName: "Ana Li",
    grade,
    advisorEmail,
    docId: `doc-${round}`,
    docUrl: `https://docs.google.com/document/d/doc-${round}/edit`,
    created: "2026-11-23 14:00",
    sharedWith: ["ana@school.test", advisorEmail],
    purpose: "",
    prepared: false,
    held: false,
    planWritten: false,
    guardianUpdateDrafted: false,
    commentsPulled: "",
    updateDrafted: "",
    round,
  };
}

describe("earlierDocRepairs", () => {
  it("moves each earlier doc still filed for another advisor, and none already the new advisor's", () => {
    const fall = record("Fall 2026", "6", "old.advisor@school.test");
    const spring = record("Spring 2027", "6", "new.advisor@school.test");
    const repairs = earlierDocRepairs([student], new Map([["6002", [fall, spring]]]));
    expect(repairs).toEqual([{ student, record: fall }]);
  });

  it("moves nothing for a student with no advisor or no earlier docs", () => {
    const fall = record("Fall 2026", "6", "old.advisor@school.test");
    const earlier = new Map([["6002", [fall]]]);
    expect(earlierDocRepairs([{ ...student, advisorEmail: "" }], earlier)).toEqual([]);
    expect(earlierDocRepairs([{ ...student, id: "6003" }], earlier)).toEqual([]);
  });

  it("leaves a grade change alone: an earlier doc keeps the grade it was made in", () => {
    const fall = record("Fall 2026", "6", "new.advisor@school.test");
    expect(earlierDocRepairs([student], new Map([["6002", [fall]]]))).toEqual([]);
    expect(accessRepairs([student], new Map([["6002", fall]]))).toEqual([
      { student, docId: fall.docId, move: true },
    ]);
  });
});

describe("sharedAfterMove", () => {
  it("names the new advisor in place of the one the doc was filed for, the student kept", () => {
    const fall = record("Fall 2026", "6", "old.advisor@school.test");
    expect(sharedAfterMove(fall, "New.Advisor@school.test")).toEqual([
      "ana@school.test",
      "new.advisor@school.test",
    ]);
  });
});
