/* The base of DocumentApp's element classes: each element belongs to one Doc, through a DocRef. */
import { Emulated } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import type { BlockNode, DocumentContent } from "../../docs/model";
import type { DocRef } from "./doc-ref";

export abstract class DocElement extends Emulated {
  constructor(
    exec: Execution,
    readonly doc: DocRef,
  ) {
    super(exec);
  }

  protected read(): DocumentContent {
    return this.doc.read(this.exec);
  }

  protected write(): DocumentContent {
    return this.doc.write(this.exec);
  }
}

/** Google's check on a child index: it must name an existing child. */
export function requireChildIndex(index: number, count: number): number {
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    throw new GoogleError(`Invalid argument: childIndex`);
  }
  if (index >= count) {
    throw new GoogleError(
      `Child index (${index}) must be less than the number of child elements (${count}).`,
    );
  }
  return index;
}

/** Google's check on an insertion index: at most the number of children. */
export function requireInsertIndex(index: number, count: number): number {
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    throw new GoogleError(`Invalid argument: childIndex`);
  }
  if (index > count) {
    throw new GoogleError(
      `Child index (${index}) must not be greater than the number of child elements (${count}).`,
    );
  }
  return index;
}

export function requireText(value: unknown, name = "text"): string {
  if (value === undefined || value === null) throw new GoogleError(`Invalid argument: ${name}`);
  return String(value);
}

/** DocumentApp turns "\n" inside one paragraph's text into a line break ("\r"). */
export function asParagraphText(text: string): string {
  return text.replace(/\r\n|\n/g, "\r");
}

/**
 * Wraps a block node in its element class. Set by wrap.ts, so that the container classes
 * can make elements without importing the element classes that extend them.
 */
export const blockWrapper: {
  wrap?: (exec: Execution, doc: DocRef, node: BlockNode) => DocElement;
} = {};

/** The node behind an element the script passed in, if it is a paragraph, list item or table. */
export function nodeOf(element: unknown): BlockNode | undefined {
  if (!(element instanceof DocElement)) return undefined;
  const node = (element as { node?: { type?: string } }).node;
  return node?.type === "paragraph" || node?.type === "table" ? (node as BlockNode) : undefined;
}
