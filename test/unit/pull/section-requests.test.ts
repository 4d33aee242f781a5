/* The one batchUpdate per doc: replace the section by its name, or rebuild it at the end. */
import { SECTIONS } from "../../../src/domain/conference-docs/template";
import { commentsSectionWrite } from "../../../src/domain/pull/section-requests";
import { buildDoc } from "./doc-builder";

const NAME = SECTIONS.teacherComments;

describe("commentsSectionWrite", () => {
  it("replaces the named range's content, keeping the paragraph break the range ends with", () => {
    const { doc } = buildDoc(["Heading", "old comments", "Conference held on (date):"], {
      [NAME]: [1],
    });
    expect(commentsSectionWrite(doc, "new\ntext")).toEqual({
      requests: [{ replaceNamedRangeContent: { namedRangeName: NAME, text: "new\ntext\n" } }],
      repaired: false,
    });
  });

  it("adds no paragraph break when the range ends inside a paragraph", () => {
    const { doc } = buildDoc(["Heading", "Teacher comments", "old comments"]);
    const named = {
      ...doc,
      namedRanges: { [NAME]: { namedRanges: [{ ranges: [{ startIndex: 26, endIndex: 38 }] }] } },
    };
    expect(commentsSectionWrite(named, "new").requests).toEqual([
      { replaceNamedRangeContent: { namedRangeName: NAME, text: "new" } },
    ]);
  });

  it("appends a heading and the text at the end, and names the text, when the range is gone", () => {
    const { doc, extents } = buildDoc(["Title", "Last line"]);
    const end = extents.at(-1)!.end;
    const write = commentsSectionWrite(doc, "Pulled.");
    expect(write.repaired).toBe(true);
    const at = end - 1;
    expect(write.requests).toEqual([
      { insertText: { location: { index: at }, text: "\nTeacher comments\nPulled." } },
      {
        createNamedRange: {
          name: NAME,
          range: { startIndex: at + 18, endIndex: at + 25 },
        },
      },
    ]);
  });
});
