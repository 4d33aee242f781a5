/*
 * Edits to one paragraph's text runs: insert, delete and restyle by text offset, keeping
 * adjacent runs with the same style merged.
 */
import type { ParagraphNode, TextRun, TextStyle } from "./model";

const STYLE_KEYS = ["bold", "italic", "underline", "link"] as const;

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return STYLE_KEYS.every((key) => (a[key] ?? undefined) === (b[key] ?? undefined));
}

export function styleOf(run: TextRun | undefined): TextStyle {
  if (!run) return {};
  const style: TextStyle = {};
  for (const key of STYLE_KEYS) {
    if (run[key] !== undefined) (style as Record<string, unknown>)[key] = run[key];
  }
  return style;
}

export function normalizeRuns(paragraph: ParagraphNode): void {
  const merged: TextRun[] = [];
  for (const run of paragraph.runs) {
    if (run.text === "") continue;
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  paragraph.runs = merged;
}

/** Splits runs so that a run boundary falls at `offset`; returns the index of the run after it. */
function splitAt(paragraph: ParagraphNode, offset: number): number {
  let at = 0;
  for (let i = 0; i < paragraph.runs.length; i++) {
    const run = paragraph.runs[i]!;
    if (offset === at) return i;
    if (offset < at + run.text.length) {
      const cut = offset - at;
      paragraph.runs.splice(
        i,
        1,
        { ...run, text: run.text.slice(0, cut) },
        { ...run, text: run.text.slice(cut) },
      );
      return i + 1;
    }
    at += run.text.length;
  }
  return paragraph.runs.length;
}

/** The style a character typed at `offset` takes: that of the character before it, else after. */
export function styleAtInsertion(paragraph: ParagraphNode, offset: number): TextStyle {
  let at = 0;
  for (const run of paragraph.runs) {
    if (offset > at && offset <= at + run.text.length) return styleOf(run);
    at += run.text.length;
  }
  return styleOf(paragraph.runs[0]);
}

export function insertRunText(
  paragraph: ParagraphNode,
  offset: number,
  text: string,
  style: TextStyle = styleAtInsertion(paragraph, offset),
): void {
  const i = splitAt(paragraph, offset);
  paragraph.runs.splice(i, 0, { ...style, text });
  normalizeRuns(paragraph);
}

export function deleteRunText(paragraph: ParagraphNode, start: number, end: number): void {
  if (end <= start) return;
  const from = splitAt(paragraph, start);
  const to = splitAt(paragraph, end);
  paragraph.runs.splice(from, to - from);
  normalizeRuns(paragraph);
}

export function styleRunText(
  paragraph: ParagraphNode,
  start: number,
  end: number,
  patch: TextStyle,
): void {
  if (end <= start) return;
  const from = splitAt(paragraph, start);
  const to = splitAt(paragraph, end);
  for (let i = from; i < to; i++) {
    const run = paragraph.runs[i]!;
    for (const key of STYLE_KEYS) {
      if (!(key in patch)) continue;
      const value = patch[key];
      if (value === undefined || value === null || value === false || value === "") delete run[key];
      else (run as unknown as Record<string, unknown>)[key] = value;
    }
  }
  normalizeRuns(paragraph);
}

/** The runs from `offset` on, cut out of the paragraph. */
export function cutRunsFrom(paragraph: ParagraphNode, offset: number): TextRun[] {
  const i = splitAt(paragraph, offset);
  const tail = paragraph.runs.splice(i);
  normalizeRuns(paragraph);
  return tail;
}
