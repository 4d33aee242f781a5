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

/**
 * The ID of the Teacher comments range when there is exactly one and it holds whole paragraphs,
 * so a later pull can replace it by ID, without reading the doc, and keep its paragraph break.
 */
export function wholeParagraphRangeId(doc: DocJson): string | undefined {
  const named = doc.namedRanges?.[NAME]?.namedRanges ?? [];
  const ranges = rangesOf(doc, NAME);
  if (named.length !== 1 || ranges.length !== 1) return undefined;
  return rawText(doc, ranges).endsWith("\n") ? named[0]!.namedRangeId : undefined;
}
