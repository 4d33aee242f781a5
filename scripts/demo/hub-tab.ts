/* A tab of the hub as the demo reads it back: one record per row, keyed by the tab's headers. */
import { sheetToCsv, type Workspace } from "../../emulator";
import { parseCsv } from "../../src/domain/roster/csv";

export function readTab(ws: Workspace, hubId: string, name: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(sheetToCsv(ws, hubId, name));
  if (!header) return [];
  return rows.map((row) =>
    Object.fromEntries(header.fields.map((column, i) => [column, row.fields[i] ?? ""])),
  );
}
