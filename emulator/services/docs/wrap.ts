/* Wraps nodes of the document tree in their DocumentApp classes, and finds an element's parent. */
import type { Execution } from "../../core/execution";
import { cellPlaceOf } from "../../docs/indexes";
import type {
  BlockNode,
  CellNode,
  ContainerNode,
  DocumentContent,
  ParagraphNode,
  RowNode,
} from "../../docs/model";
import { EmulatedBody } from "./body";
import type { DocRef } from "./doc-ref";
import { blockWrapper } from "./element";
import { EmulatedListItem, EmulatedParagraph } from "./paragraph";
import { EmulatedTable, EmulatedTableCell, EmulatedTableRow } from "./table";

export type BlockElement = EmulatedParagraph | EmulatedListItem | EmulatedTable;

export function wrapBlock(exec: Execution, doc: DocRef, node: BlockNode): BlockElement {
  if (node.type === "table") return new EmulatedTable(exec, doc, node);
  return node.list ? new EmulatedListItem(exec, doc, node) : new EmulatedParagraph(exec, doc, node);
}

export function wrapContainer(
  exec: Execution,
  doc: DocRef,
  container: ContainerNode | CellNode,
): EmulatedBody | EmulatedTableCell {
  return container.type === "body"
    ? new EmulatedBody(exec, doc)
    : new EmulatedTableCell(exec, doc, container as CellNode);
}

/** The container holding a block (the body or a table cell), with the block's index in it. */
export function placeOf(
  content: DocumentContent,
  node: BlockNode,
): { container: ContainerNode | CellNode; index: number } | undefined {
  const inBody = content.body.children.indexOf(node);
  if (inBody >= 0) return { container: content.body, index: inBody };
  if (node.type !== "paragraph") return undefined;
  const place = cellPlaceOf(content, node as ParagraphNode);
  if (!place || !("cell" in place)) return undefined;
  return { container: place.cell, index: place.cell.children.indexOf(node) };
}

export function rowParent(
  exec: Execution,
  doc: DocRef,
  content: DocumentContent,
  node: RowNode | CellNode,
): EmulatedTable | EmulatedTableRow | null {
  const place = cellPlaceOf(content, node);
  if (!place) return null;
  return node.type === "row"
    ? new EmulatedTable(exec, doc, place.table)
    : new EmulatedTableRow(exec, doc, place.row);
}

blockWrapper.wrap = wrapBlock;
