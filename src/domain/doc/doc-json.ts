/*
 * The part of a Docs API Document resource (documents.get) that Confer reads: the body's
 * paragraphs and tables with their indexes, and the named ranges. A section is the content
 * its named ranges cover: paragraphs clipped to the ranges, and tables they touch.
 */

export interface DocJson {
  readonly body?: { readonly content?: readonly StructuralElement[] };
  readonly namedRanges?: Readonly<
    Record<
      string,
      {
        readonly namedRanges?: readonly {
          readonly namedRangeId?: string;
          readonly ranges?: readonly { startIndex?: number; endIndex?: number }[];
        }[];
      }
    >
  >;
  readonly revisionId?: string;
}

export interface StructuralElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly paragraph?: {
    readonly paragraphStyle?: { readonly namedStyleType?: string };
    readonly elements?: readonly {
      readonly startIndex?: number;
      readonly endIndex?: number;
      readonly textRun?: { readonly content?: string };
    }[];
  };
  readonly table?: {
    readonly tableRows?: readonly {
      readonly tableCells?: readonly { readonly content?: readonly StructuralElement[] }[];
    }[];
  };
}

export interface IndexRange {
  readonly start: number;
  readonly end: number;
}

export interface SectionContent {
  /** Each paragraph's text inside the ranges, without its closing newline. */
  readonly paragraphs: readonly string[];
  /** Each table the ranges touch, as rows of cell texts. */
  readonly tables: readonly (readonly string[])[][];
}

/** The ranges of every named range with this name, in order, overlapping ones merged. */
export function rangesOf(doc: DocJson, name: string): IndexRange[] {
  const sorted = (doc.namedRanges?.[name]?.namedRanges ?? [])
    .flatMap((named) => named.ranges ?? [])
    .map((r) => ({ start: r.startIndex ?? 0, end: r.endIndex ?? 0 }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: IndexRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else merged.push(range);
  }
  return merged;
}

function paragraphText(element: StructuralElement, range?: IndexRange): string {
  return (element.paragraph?.elements ?? [])
    .map((run) => {
      const content = run.textRun?.content ?? "";
      const start = run.startIndex ?? 0;
      if (!range) return content;
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, run.endIndex ?? start + content.length) - start;
      return to > from ? content.slice(from, to) : "";
    })
    .join("");
}

function cellText(content: readonly StructuralElement[]): string {
  return content
    .map((element) => paragraphText(element).replace(/\n$/, ""))
    .join("\n")
    .trim();
}

function overlaps(element: StructuralElement, range: IndexRange): boolean {
  return (element.startIndex ?? 0) < range.end && (element.endIndex ?? 0) > range.start;
}

/** The text the ranges cover, exactly, newlines included (tables count as one "\n"). */
export function rawText(doc: DocJson, ranges: readonly IndexRange[]): string {
  const content = doc.body?.content ?? [];
  return ranges
    .map((range) =>
      content
        .filter((element) => overlaps(element, range))
        .map((element) => (element.table ? "\n" : paragraphText(element, range)))
        .join(""),
    )
    .join("");
}

export function sectionContent(doc: DocJson, name: string): SectionContent | undefined {
  const ranges = rangesOf(doc, name);
  if (ranges.length === 0) return undefined;
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  for (const element of doc.body?.content ?? []) {
    const covering = ranges.filter((range) => overlaps(element, range));
    if (covering.length === 0) continue;
    if (element.table) {
      tables.push(
        (element.table.tableRows ?? []).map((row) =>
          (row.tableCells ?? []).map((cell) => cellText(cell.content ?? [])),
        ),
      );
    } else if (element.paragraph) {
      const text = covering.map((range) => paragraphText(element, range)).join("");
      paragraphs.push(text.replace(/\n$/, ""));
    }
  }
  return { paragraphs, tables };
}

/** The body's end index: the last element's endIndex (the final newline sits just before it). */
export function bodyEnd(doc: DocJson): number {
  const content = doc.body?.content ?? [];
  return content.at(-1)?.endIndex ?? 1;
}
