/*
 * Updating some columns of some docs' rows in the Conference Docs tab: one read of the tab
 * and one write of a single block from the first changed row to the last, the rows and columns in
 * between written back as they were read. A missing header of those columns is written too.
 */
import { CONFERENCE_DOCS_TAB, headersOf } from "../domain/hub/tabs";
import { type Hub, tabOf } from "./hub-store";

/**
 * `columns` are headers of the tab, in any order; `values` holds each doc's cells for them, by
 * doc ID (a student has a row, and a doc, per round).
 * The block written spans from the leftmost to the rightmost of those columns; cells of other
 * columns inside it are written back as they were read.
 */
export function updateDocColumns(
  hub: Hub,
  columns: readonly string[],
  values: ReadonlyMap<string, readonly unknown[]>,
): number {
  if (values.size === 0) return 0;
  const headers = headersOf(CONFERENCE_DOCS_TAB);
  const indexes = columns.map((header) => headers.indexOf(header));
  if (indexes.some((i) => i < 0)) {
    throw new Error(`${columns.join(", ")} are not all columns of the Conference Docs tab.`);
  }
  const first = Math.min(...indexes);
  const width = Math.max(...indexes) - first + 1;
  const sheet = tabOf(hub, CONFERENCE_DOCS_TAB);
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const rows = sheet.getRange(1, 1, last, headers.length).getValues();
  const rowOf = new Map<string, number>();
  const docIdColumn = headers.indexOf("Doc ID");
  const idOf = (row: readonly unknown[]) => String(row[docIdColumn] ?? "").trim();
  rows.forEach((row, i) => {
    const id = idOf(row);
    if (i > 0 && id !== "" && !rowOf.has(id)) rowOf.set(id, i);
  });
  const changed = [...values.keys()].flatMap((id) => (rowOf.has(id) ? [rowOf.get(id)!] : []));
  if (changed.length === 0) return 0;
  const headerMissing = columns.some((header, i) => rows[0]![indexes[i]!] !== header);
  const top = headerMissing ? 0 : Math.min(...changed);
  const bottom = Math.max(...changed);
  const block: unknown[][] = [];
  for (let i = top; i <= bottom; i++) {
    const cells = rows[i]!.slice(first, first + width);
    if (i === 0) {
      columns.forEach((header, c) => {
        cells[indexes[c]! - first] = header;
      });
    } else {
      const id = idOf(rows[i]!);
      const update = rowOf.get(id) === i ? values.get(id) : undefined;
      update?.forEach((value, c) => {
        cells[indexes[c]! - first] = value;
      });
    }
    block.push(cells);
  }
  sheet.getRange(top + 1, first + 1, block.length, width).setValues(block);
  return changed.length;
}
