/*
 * What the Body and a TableCell share: numbered children (paragraphs, list items, tables),
 * appending and inserting paragraphs, and their text, where children are joined by "\n".
 */
import { GoogleError } from "../../core/errors";
import { insertBlock } from "../../docs/edits";
import { paragraphSpots } from "../../docs/indexes";
import {
  type BlockNode,
  type CellNode,
  type ContainerNode,
  type DocumentContent,
  newParagraph,
  type ParagraphNode,
} from "../../docs/model";
import {
  asParagraphText,
  blockWrapper,
  DocElement,
  nodeOf,
  requireChildIndex,
  requireInsertIndex,
} from "./element";
import { EmulatedText } from "./text";

export abstract class ContainerElement extends DocElement {
  abstract containerIn(content: DocumentContent): ContainerNode | CellNode;

  /** The paragraphs in this container, those in its tables included, in order. */
  paragraphsIn(content: DocumentContent): ParagraphNode[] {
    const container = this.containerIn(content);
    if (container.type === "cell") return [...(container as CellNode).children];
    return paragraphSpots(content).map((spot) => spot.paragraph);
  }

  getNumChildren(): number {
    return this.containerIn(this.read()).children.length;
  }

  getChild(childIndex: number): DocElement {
    const children = this.containerIn(this.read()).children;
    requireChildIndex(childIndex, children.length);
    return this.wrap(children[childIndex]!);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const node = nodeOf(child);
    const index = node ? (this.containerIn(this.read()).children as BlockNode[]).indexOf(node) : -1;
    if (index < 0) throw new GoogleError("Element does not contain the specified child element.");
    return index;
  }

  getText(): string {
    return this.paragraphsIn(this.read())
      .map((p) => p.runs.map((r) => r.text).join(""))
      .join("\n");
  }

  editAsText(): EmulatedText {
    return new EmulatedText(this.exec, this.doc, (content) => this.paragraphsIn(content));
  }

  protected wrap(node: BlockNode): DocElement {
    return blockWrapper.wrap!(this.exec, this.doc, node);
  }

  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): DocElement {
    const content = this.write();
    return this.insertParagraphAt(content, this.containerIn(content).children.length, text);
  }

  protected insertParagraphAt(
    content: DocumentContent,
    childIndex: number,
    text: unknown,
  ): DocElement {
    const container = this.containerIn(content);
    requireInsertIndex(childIndex, container.children.length);
    const node = detachedParagraph(content, text);
    node.list = undefined;
    insertBlock(content, container, childIndex, node);
    return this.wrap(node);
  }
}

/** A new paragraph from a string, or a detached paragraph element the script passed in. */
export function detachedParagraph(content: DocumentContent, given: unknown): ParagraphNode {
  if (typeof given === "string" || typeof given === "number") {
    return newParagraph(asParagraphText(String(given)));
  }
  const node = nodeOf(given);
  if (node?.type !== "paragraph") throw new GoogleError("Invalid argument: paragraph");
  if (isAttached(content, node)) throw new GoogleError("Element must be detached.");
  return node;
}

function isAttached(content: DocumentContent, node: ParagraphNode): boolean {
  return paragraphSpots(content).some((spot) => spot.paragraph === node);
}
