/* Builds small Docs API Document resources for the pull and status tests, with real indexes. */
import type { DocJson, StructuralElement } from "../../../src/domain/doc/doc-json";

export type Block = string | { readonly table: readonly (readonly string[])[] };

export interface Built {
  readonly doc: DocJson;
  /** Each block's [start, end) index. */
  readonly extents: readonly { start: number; end: number }[];
}

function paragraph(text: string, start: number): StructuralElement {
  const content = `${text}\n`;
  const end = start + content.length;
  return {
    startIndex: start,
    endIndex: end,
    paragraph: { elements: [{ startIndex: start, endIndex: end, textRun: { content } }] },
  };
}

/** Blocks in order; `named` maps a range name to the block indexes it covers, one range each. */
export function buildDoc(
  blocks: readonly Block[],
  named: Readonly<Record<string, readonly number[]>> = {},
): Built {
  const content: StructuralElement[] = [];
  const extents: { start: number; end: number }[] = [];
  let at = 1;
  for (const block of blocks) {
    const start = at;
    if (typeof block === "string") {
      const element = paragraph(block, at);
      content.push(element);
      at = element.endIndex!;
    } else {
      at += 1;
      const tableRows = block.table.map((row) => {
        at += 1;
        return {
          tableCells: row.map((cell) => {
            at += 1;
            const inner = paragraph(cell, at);
            at = inner.endIndex!;
            return { content: [inner] };
          }),
        };
      });
      at += 1;
      content.push({ startIndex: start, endIndex: at, table: { tableRows } });
    }
    extents.push({ start, end: at });
  }
  const namedRanges = Object.fromEntries(
    Object.entries(named).map(([name, indexes]) => [
      name,
      {
        namedRanges: [
          {
            ranges: indexes.map((i) => ({
              startIndex: extents[i]!.start,
              endIndex: extents[i]!.end,
            })),
          },
        ],
      },
    ]),
  );
  return { doc: { body: { content }, namedRanges, revisionId: "rev-1" }, extents };
}
