/*
 * DocumentApp's Body: the document's main section. A new Doc's body holds one empty
 * paragraph, and the body always ends with a paragraph (appendTable adds one after the table).
 * Reference: developers.google.com/apps-script/reference/document/body
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import { insertBlock, removeBlock, setParagraphText } from "../../docs/edits";
import { textOf } from "../../docs/indexes";
import {
  type ContainerNode,
  type DocumentContent,
  type GlyphType,
  newParagraph,
  newTable,
  type ParagraphNode,
} from "../../docs/model";
import { ContainerElement, detachedParagraph } from "./container";
import { asParagraphText, type DocElement, nodeOf, requireInsertIndex } from "./element";
import { EmulatedHorizontalRule, EmulatedListItem, EmulatedParagraph } from "./paragraph";
import { EmulatedRangeElement } from "./range";
import { compilePattern, matchesIn } from "./search";
import { EmulatedTable, requireRectangular } from "./table";
import { EmulatedText, replaceInParagraphs } from "./text";
import { placeOf } from "./wrap";

const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

export class EmulatedBody
  extends ContainerElement
  implements
    Emulates<GoogleAppsScript.Document.Body, "getText" | "getNumChildren" | "getChildIndex">
{
  static override readonly className = "Body";
  static override readonly methods = [
    "getText",
    "editAsText",
    "getNumChildren",
    "getChild",
    "getChildIndex",
    "appendParagraph",
    "appendListItem",
    "appendTable",
    "appendHorizontalRule",
    "insertParagraph",
    "insertListItem",
    "insertTable",
    "removeChild",
    "getParagraphs",
    "getTables",
    "getListItems",
    "replaceText",
    "findText",
    "clear",
    "setText",
    "getType",
  ];

  containerIn(content: DocumentContent): ContainerNode {
    return content.body;
  }

  getType(): string {
    return "BODY_SECTION";
  }

  insertParagraph(
    childIndex: number,
    paragraph: string | GoogleAppsScript.Document.Paragraph,
  ): DocElement {
    return this.insertParagraphAt(this.write(), childIndex, paragraph);
  }

  appendListItem(listItem: string | GoogleAppsScript.Document.ListItem): EmulatedListItem {
    const content = this.write();
    return this.insertListItemAt(content, content.body.children.length, listItem);
  }

  insertListItem(
    childIndex: number,
    listItem: string | GoogleAppsScript.Document.ListItem,
  ): EmulatedListItem {
    return this.insertListItemAt(this.write(), childIndex, listItem);
  }

  /** A new item joins the list of the item before it, else starts a new bulleted list. */
  private insertListItemAt(
    content: DocumentContent,
    childIndex: number,
    given: unknown,
  ): EmulatedListItem {
    requireInsertIndex(childIndex, content.body.children.length);
    const node = detachedParagraph(content, given);
    if (!node.list) {
      const before = content.body.children[childIndex - 1];
      const list = before?.type === "paragraph" ? before.list : undefined;
      node.list = list
        ? { listId: list.listId, nestingLevel: 0, glyphType: list.glyphType }
        : { listId: content.allocateId(), nestingLevel: 0, glyphType: "BULLET" as GlyphType };
    }
    insertBlock(content, content.body, childIndex, node);
    return new EmulatedListItem(this.exec, this.doc, node);
  }

  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table): EmulatedTable {
    const content = this.write();
    return this.insertTableAt(content, content.body.children.length, cells);
  }

  insertTable(childIndex: number, cells?: string[][]): EmulatedTable {
    return this.insertTableAt(this.write(), childIndex, cells);
  }

  private insertTableAt(
    content: DocumentContent,
    childIndex: number,
    cells: unknown,
  ): EmulatedTable {
    requireInsertIndex(childIndex, content.body.children.length);
    const table = newTable(cells === undefined ? [] : requireRectangular(cells));
    insertBlock(content, content.body, childIndex, table);
    if (childIndex === content.body.children.length - 1) {
      insertBlock(content, content.body, childIndex + 1, newParagraph());
    }
    return new EmulatedTable(this.exec, this.doc, table);
  }

  appendHorizontalRule(): EmulatedHorizontalRule {
    const content = this.write();
    const paragraph: ParagraphNode = { ...newParagraph(), rule: true };
    insertBlock(content, content.body, content.body.children.length, paragraph);
    return new EmulatedHorizontalRule(this.exec, this.doc, paragraph);
  }

  removeChild(child: GoogleAppsScript.Document.Element): EmulatedBody {
    const content = this.write();
    const node = nodeOf(child);
    const place = node ? placeOf(content, node) : undefined;
    if (!place || place.container !== content.body) {
      throw new GoogleError("Element does not contain the specified child element.");
    }
    if (place.index === content.body.children.length - 1) throw new GoogleError(LAST_PARAGRAPH);
    removeBlock(content, content.body, place.index);
    return this;
  }

  getParagraphs(): (EmulatedParagraph | EmulatedListItem)[] {
    return this.paragraphsIn(this.read()).map((p) =>
      p.list
        ? new EmulatedListItem(this.exec, this.doc, p)
        : new EmulatedParagraph(this.exec, this.doc, p),
    );
  }

  getListItems(): EmulatedListItem[] {
    return this.paragraphsIn(this.read())
      .filter((p) => p.list)
      .map((p) => new EmulatedListItem(this.exec, this.doc, p));
  }

  getTables(): EmulatedTable[] {
    return this.read()
      .body.children.filter((b) => b.type === "table")
      .map((t) => new EmulatedTable(this.exec, this.doc, t));
  }

  replaceText(searchPattern: string, replacement: string): EmulatedBody {
    replaceInParagraphs(this.editAsText(), searchPattern, replacement);
    return this;
  }

  /** The first match, or the first after `from` (a RangeElement findText returned), or null. */
  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement,
  ): EmulatedRangeElement | null {
    const regex = compilePattern(searchPattern);
    const content = this.read();
    const previous = from as unknown;
    let skipping = previous instanceof EmulatedRangeElement;
    for (const paragraph of this.paragraphsIn(content)) {
      for (const m of matchesIn(textOf(paragraph), regex)) {
        if (skipping) {
          const p = previous as EmulatedRangeElement;
          if (p.paragraph === paragraph && m.start === p.startOffset) skipping = false;
          continue;
        }
        const text = new EmulatedText(this.exec, this.doc, () => [paragraph]);
        return new EmulatedRangeElement(this.exec, this.doc, text, paragraph, m.start, m.end - 1);
      }
    }
    return null;
  }

  /** Leaves one empty paragraph, as a new document has. */
  clear(): EmulatedBody {
    const content = this.write();
    content.body.children.push(newParagraph());
    while (content.body.children.length > 1) removeBlock(content, content.body, 0);
    return this;
  }

  setText(text: string): EmulatedBody {
    this.clear();
    const content = this.write();
    const only = content.body.children[0] as ParagraphNode;
    setParagraphText(content, only, asParagraphText(String(text ?? "")));
    return this;
  }
}
