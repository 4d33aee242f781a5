/* What a new doc carries from the rounds before: the last plan with a prompt, and the earlier docs. */
import {
  carryForwardRequests,
  earlierDocsText,
  FIRST_DOC,
  lastTimeText,
} from "../../../src/domain/conference-docs/carry-forward";
import type { DocRecord } from "../../../src/domain/conference-docs/records";
import { roundsWithDocs } from "../../../src/domain/conference-docs/rounds";
import { SECTIONS } from "../../../src/domain/conference-docs/template";

const PLAN = {
  goal: "Read more books",
  ownWords: "Read more books",
  smart: "Specific: Read one chapter book; Time-bound: By January",
  nextSteps: "Library on Fridays",
  teacherSupport: "",
};
const EARLIER = [{ round: "Fall 2026", docUrl: "https://docs.google.com/document/d/f1/edit" }];

describe("lastTimeText", () => {
  it("quotes the last goal in both forms, the next steps and support, then asks what happened", () => {
    expect(lastTimeText({ last: { round: "Fall 2026", plan: PLAN }, earlier: EARLIER })).toBe(
      [
        "My goal last time (Fall 2026) was: Read more books",
        "As a SMART goal: Specific: Read one chapter book; Time-bound: By January",
        "My next steps were: Library on Fridays",
        "My teachers' support was: (nothing was written)",
        "What happened: ",
      ].join("\n"),
    );
  });

  it("says when there is no earlier doc, and when the last one could not be read", () => {
    expect(lastTimeText({ earlier: [] })).toBe(FIRST_DOC);
    expect(lastTimeText({ unread: true, earlier: EARLIER })).toMatch(/could not read your last/);
  });
});

describe("earlierDocsText and carryForwardRequests", () => {
  it("lists each earlier doc by round, and writes both sections by name, literally", () => {
    const odd = {
      round: "{{student_name}} $1",
      docUrl: "https://docs.google.com/document/d/x/edit",
    };
    expect(earlierDocsText({ earlier: [] })).toBe("None yet.");
    expect(earlierDocsText({ earlier: [...EARLIER, odd] })).toBe(
      `Fall 2026: ${EARLIER[0]!.docUrl}\n{{student_name}} $1: ${odd.docUrl}`,
    );
    const requests = carryForwardRequests({ earlier: [odd] }) as {
      replaceNamedRangeContent: { namedRangeName: string; text: string };
    }[];
    expect(requests.map((r) => r.replaceNamedRangeContent.namedRangeName)).toEqual([
      SECTIONS.lastTime,
      SECTIONS.earlierDocs,
    ]);
    expect(requests[1]!.replaceNamedRangeContent.text).toBe(`{{student_name}} $1: ${odd.docUrl}\n`);
  });
});

describe("roundsWithDocs", () => {
  const record = (round: string, created: string) => ({ round, created }) as DocRecord;

  it("orders rounds by their first doc, adding the working round when it has none yet", () => {
    const records = [
      record("Spring", "2027-03-02T10:00:00Z"),
      record("Fall", "2026-11-20T10:00:00Z"),
      record("Spring", "2027-03-01T10:00:00Z"),
    ];
    expect(roundsWithDocs(records, "Spring")).toEqual(["Fall", "Spring"]);
    expect(roundsWithDocs(records, "Fall 2027")).toEqual(["Fall", "Spring", "Fall 2027"]);
    expect(roundsWithDocs([], "")).toEqual([]);
  });
});
