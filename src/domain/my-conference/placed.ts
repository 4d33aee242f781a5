/*
 * A section's paragraphs and table cells with their indexes in a documents.get body, whole (not
 * clipped to the range), so edits can be placed inside the section.
 */
import { type DocJson, rangesOf, type StructuralElement } from "../doc/doc-json";

export interface Placed {
  readonly start: number;
  readonly end: number;
  /** The text without the closing newline. */
  readonly text: string;
}

export interface PlacedSection {
  readonly start: number;
  readonly end: number;
  readonly paragraphs: readonly Placed[];
  /** Each table's rows of cells; a cell spans its content. */
  readonly tables: readonly (readonly Placed[])[][];
  /** Each table's start index, as insertTableRow names the table. */
  readonly tableStarts: readonly number[];
}

function textOf(element: StructuralElement): string {
  return (element.paragraph?.elements ?? []).map((run) => run.textRun?.content ?? "").join("");
}

function placedCell(content: readonly StructuralElement[]): Placed {
  return {
    start: content[0]?.startIndex ?? 0,
    end: content.at(-1)?.endIndex ?? 0,
    text: content.map(textOf).join("").replace(/\n$/, ""),
  };
}

export function placedSection(doc: DocJson, name: string): PlacedSection | undefined {
  const ranges = rangesOf(doc, name);
  if (ranges.length === 0) return undefined;
  const start = ranges[0]!.start;
  const end = ranges.at(-1)!.end;
  const paragraphs: Placed[] = [];
  const tables: Placed[][][] = [];
  const tableStarts: number[] = [];
  for (const element of doc.body?.content ?? []) {
    const from = element.startIndex ?? 0;
    const to = element.endIndex ?? 0;
    if (!ranges.some((r) => from < r.end && to > r.start)) continue;
    if (element.table) {
      tableStarts.push(from);
      tables.push(
        (element.table.tableRows ?? []).map((row) =>
          (row.tableCells ?? []).map((cell) => placedCell(cell.content ?? [])),
        ),
      );
    } else if (element.paragraph) {
      paragraphs.push({ start: from, end: to, text: textOf(element).replace(/\n$/, "") });
    }
  }
  return { start, end, paragraphs, tables, tableStarts };
}
