/*
 * Where a copy's Earlier docs section starts once its fill batch has replaced the placeholders
 * and rewritten Last time, so the same batch can link each earlier doc at its index (Docs'
 * updateTextStyle takes indexes, not a named range). Worked out from the doc as the batch finds
 * it: the text before the section (outside Last time) as each replaceAllText changes it, and
 * Last time's new length against its old.
 */
import { type DocJson, type IndexRange, rangesOf, type StructuralElement } from "../doc/doc-json";
import { SECTIONS } from "./template";

export interface SectionPlacement {
  /** The Earlier docs section's start index before the fill. */
  readonly start: number;
  /** Each paragraph's text before the section and outside Last time (matches never span them). */
  readonly textBefore: readonly string[];
  /** Last time's length, when it lies before Earlier docs. */
  readonly lastTimeLength?: number;
}

function paragraphsOf(content: readonly StructuralElement[]): StructuralElement[] {
  return content.flatMap((element) =>
    element.table
      ? (element.table.tableRows ?? []).flatMap((row) =>
          (row.tableCells ?? []).flatMap((cell) => paragraphsOf(cell.content ?? [])),
        )
      : element.paragraph
        ? [element]
        : [],
  );
}

/** The text pieces of [1, end) outside `skip`, one per paragraph part. */
function piecesBefore(doc: DocJson, end: number, skip?: IndexRange): string[] {
  const pieces: string[] = [];
  for (const paragraph of paragraphsOf(doc.body?.content ?? [])) {
    let piece = "";
    for (const run of paragraph.paragraph?.elements ?? []) {
      const content = run.textRun?.content ?? "";
      const start = run.startIndex ?? 0;
      for (let i = 0; i < content.length; i++) {
        const at = start + i;
        const skipped = skip !== undefined && at >= skip.start && at < skip.end;
        if (at >= end || skipped || content[i] === "\n") {
          if (piece) pieces.push(piece);
          piece = "";
        } else piece += content[i];
      }
    }
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** The placement in a doc holding both sections as one range each; undefined otherwise. */
export function placementIn(doc: DocJson): SectionPlacement | undefined {
  const earlier = rangesOf(doc, SECTIONS.earlierDocs);
  const last = rangesOf(doc, SECTIONS.lastTime);
  if (earlier.length !== 1 || last.length > 1) return undefined;
  const start = earlier[0]!.start;
  const before = last[0] && last[0].start < start ? last[0] : undefined;
  return {
    start,
    textBefore: piecesBefore(doc, start, before),
    ...(before ? { lastTimeLength: before.end - before.start } : {}),
  };
}

/** The text of every paragraph of the doc, for sections appended after all of it. */
export function allTextOf(doc: DocJson): string[] {
  return piecesBefore(doc, Number.POSITIVE_INFINITY);
}

/** Replaces each `find` literally, one pair after another, as the batch's replaceAllText do. */
function replaced(text: string, replacements: readonly { find: string; replace: string }[]) {
  return replacements.reduce(
    (t, { find, replace }) => (find === "" ? t : t.split(find).join(replace)),
    text,
  );
}

export function startAfterFill(
  placement: SectionPlacement,
  replacements: readonly { find: string; replace: string }[],
  lastTimeWritten: string,
): number {
  const shift = placement.textBefore.reduce(
    (sum, text) => sum + replaced(text, replacements).length - text.length,
    0,
  );
  const lastShift =
    placement.lastTimeLength === undefined ? 0 : lastTimeWritten.length - placement.lastTimeLength;
  return placement.start + shift + lastShift;
}
