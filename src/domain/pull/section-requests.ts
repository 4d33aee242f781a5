/*
 * The one Docs batchUpdate that writes the Teacher comments section: replace the named range's
 * content when the range is there, or, when the student removed it, append a heading and the
 * text at the end of the doc and name the new text again.
 */
import { SECTIONS } from "../conference-doc/template";
import { SECTION_HEADING } from "./comments-section";
import { bodyEnd, type DocJson, rangesOf, rawText } from "./doc-json";

export interface SectionWrite {
  readonly requests: readonly Record<string, unknown>[];
  /** True when the named range was gone and is made again. */
  readonly repaired: boolean;
}

const NAME = SECTIONS.teacherComments;

export function commentsSectionWrite(doc: DocJson, text: string): SectionWrite {
  const ranges = rangesOf(doc, NAME);
  const first = ranges[0];
  if (first) {
    const endsParagraph = rawText(doc, [first]).endsWith("\n");
    return {
      requests: [
        {
          replaceNamedRangeContent: {
            namedRangeName: NAME,
            text: endsParagraph ? `${text}\n` : text,
          },
        },
      ],
      repaired: false,
    };
  }
  const at = bodyEnd(doc) - 1;
  const inserted = `\n${SECTION_HEADING}\n${text}`;
  const start = at + SECTION_HEADING.length + 2;
  return {
    requests: [
      { insertText: { location: { index: at }, text: inserted } },
      {
        createNamedRange: {
          name: NAME,
          range: { startIndex: start, endIndex: at + inserted.length },
        },
      },
    ],
    repaired: true,
  };
}
