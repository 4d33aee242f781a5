/* What a new doc carries from the rounds before: the last plan with a prompt, and the earlier docs. */
import {
  appendedPlacement,
  appendSectionRequests,
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
    expect(requests).toHaveLength(2);
  });

  it("links each earlier doc's line where the section lands after the fill", () => {
    const placement = { start: 30, textBefore: ["Hi {{student_name}}"], lastTimeLength: 2 };
    const carried = { earlier: [...EARLIER, { round: "Spring", docUrl: "https://d/s" }] };
    const requests = carryForwardRequests(carried, {
      placement,
      replacements: [{ find: "{{student_name}}", replace: "Ana" }],
    }) as { updateTextStyle?: { range: object; textStyle: object; fields: string } }[];
    const styles = requests.flatMap((r) => (r.updateTextStyle ? [r.updateTextStyle] : []));
    const start = 30 - "{{student_name}}".length + "Ana".length + FIRST_DOC.length + 1 - 2;
    const first = `Fall 2026: ${EARLIER[0]!.docUrl}`;
    expect(styles).toEqual([
      {
        range: {
          startIndex: start,
          endIndex: start + first.length + 1 + "Spring: https://d/s".length,
        },
        textStyle: {},
        fields: "link",
      },
      {
        range: { startIndex: start, endIndex: start + first.length },
        textStyle: { link: { url: EARLIER[0]!.docUrl } },
        fields: "link",
      },
      {
        range: {
          startIndex: start + first.length + 1,
          endIndex: start + first.length + 1 + "Spring: https://d/s".length,
        },
        textStyle: { link: { url: "https://d/s" } },
        fields: "link",
      },
    ]);
  });

  it("places Earlier docs after the appended headings, where the appended named range starts", () => {
    const appended = appendSectionRequests(40) as {
      createNamedRange?: { name: string; range: { startIndex: number } };
    }[];
    const earlier = appended.find((r) => r.createNamedRange?.name === SECTIONS.earlierDocs);
    const placement = appendedPlacement(["Body"], 40);
    expect(placement.start).toBe(earlier!.createNamedRange!.range.startIndex);
    expect(placement.lastTimeLength).toBe(2);
    expect(placement.textBefore[0]).toBe("Body");
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
