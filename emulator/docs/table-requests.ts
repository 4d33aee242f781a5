/*
 * The Docs API's insertTableRow request: a row of empty cells, one per cell of the reference
 * row, inserted above or below it. The row takes one index, and each cell two (its own and its
 * empty paragraph's newline); everything after it moves, and a named range the row lands
 * strictly inside grows, as an insertion there does.
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttablerowrequest
 */
import { extentOf, tableSpots } from "./indexes";
import type { DocumentContent, RowNode } from "./model";
import { newParagraph } from "./model";
import { adjustForInsert } from "./named-ranges";

type Json = Record<string, unknown>;

/** An invalid request; the batch answers 400 with this message after its request's name. */
export class TableRequestError extends Error {}

function wholeNumber(value: unknown, field: string): number {
  const number = value ?? 0;
  if (typeof number !== "number" || !Number.isInteger(number)) {
    throw new TableRequestError(`${field} must be an integer.`);
  }
  return number;
}

export function insertTableRow(content: DocumentContent, request: Json): Json {
  const location = request.tableCellLocation as Json | undefined;
  if (!location) throw new TableRequestError("tableCellLocation must be set.");
  const start = location.tableStartLocation as Json | undefined;
  if (!start) throw new TableRequestError("tableStartLocation must be set.");
  if (start.segmentId) throw new TableRequestError("not emulated: tables outside the body");
  const index = wholeNumber(start.index, "tableStartLocation.index");
  const spot = tableSpots(content).find((t) => t.start === index);
  if (!spot) throw new TableRequestError("The provided table start location is invalid.");
  const rowIndex = wholeNumber(location.rowIndex, "rowIndex");
  const columnIndex = wholeNumber(location.columnIndex, "columnIndex");
  const reference = spot.table.rows[rowIndex];
  if (rowIndex < 0 || !reference) {
    throw new TableRequestError(
      `The row index ${rowIndex} is out of bounds. The table has ${spot.table.rows.length} rows.`,
    );
  }
  if (columnIndex < 0 || columnIndex >= reference.cells.length) {
    throw new TableRequestError(
      `The column index ${columnIndex} is out of bounds. The row has ${reference.cells.length} columns.`,
    );
  }
  const below = request.insertBelow === true;
  const row: RowNode = {
    type: "row",
    cells: reference.cells.map((cell) => {
      const style = cell.children[0];
      const paragraph = newParagraph("", style?.heading);
      if (style?.alignment) paragraph.alignment = style.alignment;
      return { type: "cell", children: [paragraph] };
    }),
  };
  const extent = extentOf(content, reference)!;
  const at = below ? extent.end : extent.start;
  spot.table.rows.splice(below ? rowIndex + 1 : rowIndex, 0, row);
  adjustForInsert(content, at, 1 + 2 * row.cells.length);
  content.changed();
  return {};
}
