/*
 * Edits to a document in the linear index space, shared by DocumentApp and the Docs API so
 * that both agree: each edit changes the tree, moves the named ranges and bumps the revision.
 */
import {
  blockLength,
  bodyEnd,
  extentOf,
  paragraphAt,
  paragraphLength,
  paragraphSpots,
  tableSpots,
  textOffsetIn,
} from "./indexes";
import type {
  BlockNode,
  CellNode,
  ContainerNode,
  DocumentContent,
  ParagraphNode,
  TextStyle,
} from "./model";
import { adjustForDelete, adjustForInsert, adjustForReplace } from "./named-ranges";
import {
  cutRunsFrom,
  deleteRunText,
  insertRunText,
  normalizeRuns,
  styleAtInsertion,
  styleRunText,
} from "./runs";

/** An edit the document's structure does not allow; the Docs API answers it with a 400. */
export class StructureError extends Error {}

/** Inserts text at an index inside a paragraph; each "\n" starts a new paragraph. */
export function insertTextAt(content: DocumentContent, index: number, text: string): void {
  const spot = paragraphAt(content, index);
  if (!spot) {
    throw new StructureError(
      "The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.",
    );
  }
  if (text === "") return;
  const [first = "", ...rest] = text.split("\n");
  let paragraph = spot.paragraph;
  let offset = Math.max(0, index - spot.start - textOffsetIn(paragraph));
  const container = spot.container as { children: BlockNode[] };
  let childIndex = spot.childIndex;
  insertRunText(paragraph, offset, first);
  offset += first.length;
  for (const piece of rest) {
    const tail = cutRunsFrom(paragraph, offset);
    const next: ParagraphNode = { ...structuredClone(paragraph), runs: tail, rule: undefined };
    container.children.splice(childIndex + 1, 0, next);
    childIndex += 1;
    paragraph = next;
    offset = 0;
    if (piece) insertRunText(paragraph, 0, piece);
    offset = piece.length;
  }
  adjustForInsert(content, index, text.length);
  content.changed();
}

/** Deletes [start, end): text, whole tables, and paragraph breaks (merging paragraphs). */
export function deleteRange(content: DocumentContent, start: number, end: number): void {
  if (end <= start) return;
  for (const table of tableSpots(content)) {
    const tableEnd = table.start + blockLength(table.table);
    const overlaps = start < tableEnd && end > table.start;
    const covers = start <= table.start && end >= tableEnd;
    const insideOneCell = paragraphAt(content, start) && paragraphAt(content, end - 1);
    if (overlaps && !covers && !insideOneCell) throw new StructureError("Invalid deletion range.");
  }
  const coveredTables = new Set(
    content.body.children.filter((block) => {
      if (block.type !== "table") return false;
      const extent = extentOf(content, block)!;
      return start <= extent.start && end >= extent.end;
    }),
  );
  const spots = paragraphSpots(content);
  for (let i = spots.length - 1; i >= 0; i--) {
    const spot = spots[i]!;
    const length = paragraphLength(spot.paragraph);
    const from = Math.max(start, spot.start);
    const to = Math.min(end, spot.start + length);
    if (from >= to) continue;
    const paragraph = spot.paragraph;
    const textStart = spot.start + textOffsetIn(paragraph);
    if (paragraph.rule && from <= spot.start) paragraph.rule = undefined;
    const textFrom = Math.max(0, from - textStart);
    const textTo = Math.min(length - 1 - textOffsetIn(paragraph), to - textStart);
    deleteRunText(paragraph, textFrom, Math.max(textFrom, textTo));
    if (to === spot.start + length) mergeIntoNext(spot.container, spot.childIndex);
  }
  content.body.children = content.body.children.filter((block) => !coveredTables.has(block));
  adjustForDelete(content, start, end);
  content.changed();
}

function mergeIntoNext(container: ContainerNode | CellNode, childIndex: number): void {
  const paragraph = container.children[childIndex] as ParagraphNode;
  const next = container.children[childIndex + 1];
  if (next?.type !== "paragraph") {
    throw new StructureError("Invalid deletion range.");
  }
  next.runs = [...paragraph.runs, ...next.runs];
  if (paragraph.rule) next.rule = true;
  normalizeRuns(next);
  container.children.splice(childIndex, 1);
}

export function styleRange(
  content: DocumentContent,
  start: number,
  end: number,
  patch: TextStyle,
): void {
  for (const spot of paragraphSpots(content)) {
    const textStart = spot.start + textOffsetIn(spot.paragraph);
    const textLength = paragraphLength(spot.paragraph) - 1 - textOffsetIn(spot.paragraph);
    const from = Math.max(0, start - textStart);
    const to = Math.min(textLength, end - textStart);
    if (from < to) styleRunText(spot.paragraph, from, to, patch);
  }
  content.changed();
}

/** The index where a container's child `childIndex` begins (or its end, past the last child). */
export function childStart(
  content: DocumentContent,
  container: ContainerNode | CellNode,
  childIndex: number,
): number {
  const child = container.children[childIndex];
  if (child) return extentOf(content, child)!.start;
  if (container.type === "body") return bodyEnd(content);
  return extentOf(content, container as CellNode)!.end;
}

export function insertBlock(
  content: DocumentContent,
  container: ContainerNode | CellNode,
  childIndex: number,
  block: BlockNode,
): void {
  const at = childStart(content, container, childIndex);
  (container.children as BlockNode[]).splice(childIndex, 0, block);
  adjustForInsert(content, at, blockLength(block));
  content.changed();
}

export function removeBlock(
  content: DocumentContent,
  container: ContainerNode | CellNode,
  childIndex: number,
): void {
  const block = container.children[childIndex]!;
  const extent = extentOf(content, block)!;
  container.children.splice(childIndex, 1);
  adjustForDelete(content, extent.start, extent.end);
  content.changed();
}

/** Replaces a paragraph's whole text, keeping its paragraph style; ranges over it keep it. */
export function setParagraphText(
  content: DocumentContent,
  paragraph: ParagraphNode,
  text: string,
): void {
  const length = paragraphLength(paragraph) - 1 - textOffsetIn(paragraph);
  replaceSpan(content, paragraph, 0, length, text);
}

/** Replaces text offsets [from, to) of one paragraph; named ranges around the span follow it. */
export function replaceSpan(
  content: DocumentContent,
  paragraph: ParagraphNode,
  from: number,
  to: number,
  text: string,
): void {
  const textStart = extentOf(content, paragraph)!.start + textOffsetIn(paragraph);
  const style = styleAtInsertion(paragraph, to > from ? from + 1 : from);
  deleteRunText(paragraph, from, to);
  if (text) insertRunText(paragraph, from, text, style);
  adjustForReplace(content, textStart + from, textStart + to, text.length);
  content.changed();
}
