/* Where Earlier docs starts after a fill's replacements and Last time's rewrite. */
import { placementIn, startAfterFill } from "../../../src/domain/conference-docs/section-placement";
import { SECTIONS } from "../../../src/domain/conference-docs/template";
import type { DocJson } from "../../../src/domain/doc/doc-json";

const para = (start: number, text: string) => ({
  startIndex: start,
  endIndex: start + text.length,
  paragraph: {
    elements: [{ startIndex: start, endIndex: start + text.length, textRun: { content: text } }],
  },
});
const named = (start: number, end: number) => ({
  namedRanges: [{ ranges: [{ startIndex: start, endIndex: end }] }],
});
// "Hi {{student_name}}\n" [1,21), Last time "…\n" [21,23), "Docs\n" [23,28), Earlier docs "…\n" [28,30)
const DOC: DocJson = {
  body: {
    content: [
      para(1, "Hi {{student_name}}\n"),
      para(21, "…\n"),
      para(23, "Docs\n"),
      para(28, "…\n"),
    ],
  },
  namedRanges: { [SECTIONS.lastTime]: named(21, 23), [SECTIONS.earlierDocs]: named(28, 30) },
};

describe("placementIn and startAfterFill", () => {
  it("moves the start by each replacement before it and by Last time's new length", () => {
    const placement = placementIn(DOC)!;
    expect(placement).toEqual({
      start: 28,
      textBefore: ["Hi {{student_name}}", "Docs"],
      lastTimeLength: 2,
    });
    const at = startAfterFill(placement, [{ find: "{{student_name}}", replace: "Ana" }], "Goal\n");
    expect(at).toBe(28 - 13 + 3);
  });

  it("has no placement without one Earlier docs range", () => {
    expect(placementIn({ body: DOC.body })).toBeUndefined();
  });
});
