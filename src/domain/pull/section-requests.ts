/*
 * Replacing a named section's text in one Docs batchUpdate. The Teacher comments section, when
 * the student removed it, is made again: a heading and the text appended at the end of the doc,
 * the new text named again.
 */
import { SECTIONS } from "../conference-docs/template";
import { bodyEnd, type DocJson, rangesOf, rawText } from "../doc/doc-json";
import { SECTION_HEADING } from "./comments-section";

export interface SectionWrite {
  readonly requests: readonly Record<string, unknown>[];
  /** True when the named range was gone and is made again. */
  readonly repaired: boolean;
}

const NAME = SECTIONS.teacherComments;

/**
 * The request that replaces a named section's text, keeping its closing paragraph break when it
 * has one; undefined when the doc no longer holds the section.
 */
export function replaceSectionText(
  doc: DocJson,
  name: string,
  text: string,
): Record<string, unknown> | undefined {
  const first = rangesOf(doc, name)[0];
  if (!first) return undefined;
  const endsParagraph = rawText(doc, [first]).endsWith("\n");
  return {
    replaceNamedRangeContent: { namedRangeName: name, text: endsParagraph ? `${text}\n` : text },
  };
}

/** A section's text replaced through the named range whose ID its doc's record keeps: no read. */
export function replaceRangeText(rangeId: string, text: string): Record<string, unknown> {
  return { replaceNamedRangeContent: { namedRangeId: rangeId, text: `${text}\n` } };
}

export function commentsSectionWrite(doc: DocJson, text: string): SectionWrite {
  const replace = replaceSectionText(doc, NAME, text);
  if (replace) return { requests: [replace], repaired: false };
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
