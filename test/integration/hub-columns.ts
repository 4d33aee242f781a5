/*
 * Reads a hub tab's cells by the header of their column, as the tab's own first row names it,
 * so a test never depends on where a column sits.
 */
import { sheetToCsv, type Workspace } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";

export interface HubSheet {
  readonly ws: Workspace;
  readonly hubId: string;
}

/** The cell under `header` in a row of the tab; like indexing, undefined past the row's end. */
export type CellReader = (row: readonly string[], header: string) => string;

/** Cells of rows under this header row (a tab read from the hub, or exported as CSV). */
export function columnsIn(headers: readonly string[], tab: string): CellReader {
  return (row, header) => {
    const at = headers.indexOf(header);
    if (at < 0) throw new Error(`The ${tab} tab has no column “${header}”.`);
    return row[at] as string;
  };
}

/** Cells of rows of the hub's tab, by the headers in its first row. */
export function columnsOf(hub: HubSheet, tab: string): CellReader {
  const csv = sheetToCsv(hub.ws, hub.hubId, tab);
  const end = csv.indexOf("\n");
  const [first] = parseCsv(end < 0 ? csv : csv.slice(0, end));
  return columnsIn(first ? [...first.fields] : [], tab);
}
