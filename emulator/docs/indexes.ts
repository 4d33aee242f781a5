/*
 * The Docs API's linear index space: index 0 is the body's section break, body content
 * starts at 1, each paragraph ends in "\n", a horizontal rule takes one index, and a table
 * takes one index to open, one per row and cell, and one to close after its last row.
 * Offsets are UTF-16 code units, as JavaScript strings count them.
 */
import type {
  BlockNode,
  CellNode,
  ContainerNode,
  DocumentContent,
  ParagraphNode,
  RowNode,
  TableNode,
} from "./model";

export const BODY_START = 1;

export function textOf(paragraph: ParagraphNode): string {
  return paragraph.runs.map((run) => run.text).join("");
}

/** The index of the paragraph's first text character, relative to its start. */
export function textOffsetIn(paragraph: ParagraphNode): number {
  return paragraph.rule ? 1 : 0;
}

export function paragraphLength(paragraph: ParagraphNode): number {
  return textOffsetIn(paragraph) + textOf(paragraph).length + 1;
}

export function cellLength(cell: CellNode): number {
  return 1 + cell.children.reduce((sum, p) => sum + paragraphLength(p), 0);
}

export function rowLength(row: RowNode): number {
  return 1 + row.cells.reduce((sum, cell) => sum + cellLength(cell), 0);
}

export function tableLength(table: TableNode): number {
  return 2 + table.rows.reduce((sum, row) => sum + rowLength(row), 0);
}

export function blockLength(block: BlockNode): number {
  return block.type === "paragraph" ? paragraphLength(block) : tableLength(block);
}

/** The end index of the body: where its last paragraph's "\n" ends. */
export function bodyEnd(content: DocumentContent): number {
  return content.body.children.reduce((at, block) => at + blockLength(block), BODY_START);
}

export interface ParagraphSpot {
  readonly paragraph: ParagraphNode;
  readonly start: number;
  readonly container: ContainerNode | CellNode;
  readonly childIndex: number;
}

export interface TableSpot {
  readonly table: TableNode;
  readonly start: number;
  readonly childIndex: number;
}

/** Every paragraph in document order, table cells included, with its start index. */
export function paragraphSpots(content: DocumentContent): ParagraphSpot[] {
  const spots: ParagraphSpot[] = [];
  let at = BODY_START;
  content.body.children.forEach((block, childIndex) => {
    if (block.type === "paragraph") {
      spots.push({ paragraph: block, start: at, container: content.body, childIndex });
      at += paragraphLength(block);
      return;
    }
    at += 1;
    for (const row of block.rows) {
      at += 1;
      for (const cell of row.cells) {
        at += 1;
        cell.children.forEach((paragraph, i) => {
          spots.push({ paragraph, start: at, container: cell, childIndex: i });
          at += paragraphLength(paragraph);
        });
      }
    }
    at += 1;
  });
  return spots;
}

export function tableSpots(content: DocumentContent): TableSpot[] {
  const spots: TableSpot[] = [];
  let at = BODY_START;
  content.body.children.forEach((block, childIndex) => {
    if (block.type === "table") spots.push({ table: block, start: at, childIndex });
    at += blockLength(block);
  });
  return spots;
}

export function spotOf(content: DocumentContent, paragraph: ParagraphNode): ParagraphSpot {
  const spot = paragraphSpots(content).find((s) => s.paragraph === paragraph);
  if (!spot) throw new Error("The element is no longer in the document.");
  return spot;
}

/** The start index of a block, row or cell, and its end index (exclusive). */
export function extentOf(
  content: DocumentContent,
  node: BlockNode | RowNode | CellNode,
): { start: number; end: number } | undefined {
  let at = BODY_START;
  for (const block of content.body.children) {
    const length = blockLength(block);
    if (block === node) return { start: at, end: at + length };
    if (block.type === "table") {
      let inner = at + 1;
      for (const row of block.rows) {
        if (row === node) return { start: inner, end: inner + rowLength(row) };
        let cellAt = inner + 1;
        for (const cell of row.cells) {
          if (cell === node) return { start: cellAt, end: cellAt + cellLength(cell) };
          let pAt = cellAt + 1;
          for (const p of cell.children) {
            if (p === node) return { start: pAt, end: pAt + paragraphLength(p) };
            pAt += paragraphLength(p);
          }
          cellAt += cellLength(cell);
        }
        inner += rowLength(row);
      }
    }
    at += length;
  }
  return undefined;
}

/** The paragraph holding `index`, or undefined when the index is a table's own index. */
export function paragraphAt(content: DocumentContent, index: number): ParagraphSpot | undefined {
  return paragraphSpots(content).find(
    (s) => index >= s.start && index < s.start + paragraphLength(s.paragraph),
  );
}

export interface CellPlace {
  readonly table: TableNode;
  readonly row: RowNode;
  readonly cell: CellNode;
}

/** The table, row and cell around a cell, row or paragraph inside a table. */
export function cellPlaceOf(
  content: DocumentContent,
  node: CellNode | RowNode | ParagraphNode,
): CellPlace | { table: TableNode; row: RowNode } | undefined {
  for (const block of content.body.children) {
    if (block.type !== "table") continue;
    for (const row of block.rows) {
      if (row === node) return { table: block, row };
      for (const cell of row.cells) {
        if (cell === node || (node.type === "paragraph" && cell.children.includes(node))) {
          return { table: block, row, cell };
        }
      }
    }
  }
  return undefined;
}
