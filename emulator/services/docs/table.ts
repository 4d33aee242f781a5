/*
 * DocumentApp's Table, TableRow and TableCell. Texts join cells and rows with "\n", as a
 * Body's text does, so offsets agree across them.
 * Reference: developers.google.com/apps-script/reference/document/table (and table-row, table-cell)
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { insertBlock, removeBlock, setParagraphText } from "../../docs/edits";
import { cellLength, extentOf, rowLength, textOf } from "../../docs/indexes";
import {
  type CellNode,
  type DocumentContent,
  newCell,
  type RowNode,
  type TableNode,
} from "../../docs/model";
import { adjustForDelete, adjustForInsert } from "../../docs/named-ranges";
import { ContainerElement } from "./container";
import type { DocRef } from "./doc-ref";
import { asParagraphText, DocElement, requireChildIndex, requireText } from "./element";
import type { EmulatedText } from "./text";
import { placeOf, rowParent, wrapContainer } from "./wrap";

function cellText(cell: CellNode): string {
  return cell.children.map(textOf).join("\n");
}

function rowText(row: RowNode): string {
  return row.cells.map(cellText).join("\n");
}

export class EmulatedTable
  extends DocElement
  implements
    Emulates<
      GoogleAppsScript.Document.Table,
      "getNumRows" | "getRow" | "getCell" | "appendTableRow" | "removeRow" | "getText"
    >
{
  static override readonly className = "Table";
  static override readonly methods = [
    "getNumRows",
    "getRow",
    "getCell",
    "appendTableRow",
    "removeRow",
    "getText",
    "getType",
    "getParent",
    "removeFromParent",
  ];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly node: TableNode,
  ) {
    super(exec, doc);
  }

  getType(): string {
    return "TABLE";
  }

  getNumRows(): number {
    this.read();
    return this.node.rows.length;
  }

  getRow(rowIndex: number): EmulatedTableRow {
    this.read();
    requireChildIndex(rowIndex, this.node.rows.length);
    return new EmulatedTableRow(this.exec, this.doc, this.node.rows[rowIndex]!);
  }

  getCell(rowIndex: number, cellIndex: number): EmulatedTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(): EmulatedTableRow {
    const content = this.write();
    const extent = extentOf(content, this.node);
    const row: RowNode = { type: "row", cells: [] };
    this.node.rows.push(row);
    if (extent) adjustForInsert(content, extent.end - 1, rowLength(row));
    content.changed();
    return new EmulatedTableRow(this.exec, this.doc, row);
  }

  removeRow(rowIndex: number): EmulatedTableRow {
    const content = this.write();
    requireChildIndex(rowIndex, this.node.rows.length);
    const row = this.node.rows[rowIndex]!;
    const extent = extentOf(content, row);
    this.node.rows.splice(rowIndex, 1);
    if (extent) adjustForDelete(content, extent.start, extent.end);
    content.changed();
    return new EmulatedTableRow(this.exec, this.doc, row);
  }

  getText(): string {
    this.read();
    return this.node.rows.map(rowText).join("\n");
  }

  getParent(): DocElement | null {
    const content = this.read();
    return placeOf(content, this.node) ? wrapContainer(this.exec, this.doc, content.body) : null;
  }

  removeFromParent(): EmulatedTable {
    const content = this.write();
    const place = placeOf(content, this.node);
    if (place) removeBlock(content, place.container, place.index);
    return this;
  }
}

export class EmulatedTableRow
  extends DocElement
  implements Emulates<GoogleAppsScript.Document.TableRow, "getNumCells" | "getCell" | "getText">
{
  static override readonly className = "TableRow";
  static override readonly methods = [
    "getNumCells",
    "getCell",
    "appendTableCell",
    "getText",
    "getType",
    "getParent",
  ];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly node: RowNode,
  ) {
    super(exec, doc);
  }

  getType(): string {
    return "TABLE_ROW";
  }

  getNumCells(): number {
    this.read();
    return this.node.cells.length;
  }

  getCell(cellIndex: number): EmulatedTableCell {
    this.read();
    requireChildIndex(cellIndex, this.node.cells.length);
    return new EmulatedTableCell(this.exec, this.doc, this.node.cells[cellIndex]!);
  }

  appendTableCell(text?: string): EmulatedTableCell {
    const content = this.write();
    const extent = extentOf(content, this.node);
    const cell = newCell(text === undefined ? "" : asParagraphText(requireText(text)));
    this.node.cells.push(cell);
    if (extent) adjustForInsert(content, extent.end, cellLength(cell));
    content.changed();
    return new EmulatedTableCell(this.exec, this.doc, cell);
  }

  getText(): string {
    this.read();
    return rowText(this.node);
  }

  getParent(): DocElement | null {
    return rowParent(this.exec, this.doc, this.read(), this.node);
  }
}

export class EmulatedTableCell
  extends ContainerElement
  implements
    Emulates<GoogleAppsScript.Document.TableCell, "getText" | "getNumChildren" | "getChildIndex">
{
  static override readonly className = "TableCell";
  static override readonly methods = [
    "getText",
    "setText",
    "editAsText",
    "getNumChildren",
    "getChild",
    "getChildIndex",
    "appendParagraph",
    "getType",
    "getParent",
  ];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly node: CellNode,
  ) {
    super(exec, doc);
  }

  containerIn(_content: DocumentContent): CellNode {
    return this.node;
  }

  getType(): string {
    return "TABLE_CELL";
  }

  /** Replaces the cell's content with one paragraph holding `text`. */
  setText(text: string): EmulatedTableCell {
    const value = asParagraphText(requireText(text));
    const content = this.write();
    while (this.node.children.length > 1) {
      removeBlock(content, this.node, this.node.children.length - 1);
    }
    const first = this.node.children[0];
    if (first) setParagraphText(content, first, value);
    else insertBlock(content, this.node, 0, newCell(value).children[0]!);
    return this;
  }

  getParent(): DocElement | null {
    return rowParent(this.exec, this.doc, this.read(), this.node);
  }

  override editAsText(): EmulatedText {
    return super.editAsText();
  }

  override getText(): string {
    this.read();
    return cellText(this.node);
  }
}

export function requireRectangular(cells: unknown): string[][] {
  if (!Array.isArray(cells) || cells.some((row) => !Array.isArray(row))) {
    throw new GoogleError("Invalid argument: cells");
  }
  return (cells as unknown[][]).map((row) => row.map((value) => asParagraphText(String(value))));
}
