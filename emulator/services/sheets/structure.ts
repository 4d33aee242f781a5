/* Changes to a spreadsheet's structure shared by Spreadsheet and Sheet: names and row shifts. */
import { GoogleError } from "../../core/errors";
import type { ProtectionData } from "../../sheets/model";

export function duplicateSheetName(name: string): GoogleError {
  return new GoogleError(
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  );
}

/**
 * Moves range protections on a sheet when rows are inserted (delta > 0) or deleted (delta < 0)
 * at `fromRow`; a protection whose rows are all deleted goes with them.
 */
export function shiftProtections(
  protections: ProtectionData[],
  sheetId: number,
  fromRow: number,
  delta: number,
): void {
  for (let i = protections.length - 1; i >= 0; i--) {
    const p = protections[i]!;
    if (p.sheetId !== sheetId || !p.area) continue;
    const area = p.area;
    const end = area.row + area.numRows - 1;
    if (delta > 0) {
      if (area.row >= fromRow) area.row += delta;
      else if (end >= fromRow) area.numRows += delta;
      continue;
    }
    const deletedEnd = fromRow - delta - 1;
    const keptAbove = Math.max(0, Math.min(end, fromRow - 1) - area.row + 1);
    const keptBelow = Math.max(0, end - Math.max(area.row, deletedEnd + 1) + 1);
    if (keptAbove + keptBelow === 0) {
      protections.splice(i, 1);
      continue;
    }
    area.row = area.row < fromRow ? area.row : Math.max(fromRow, area.row + delta);
    area.numRows = keptAbove + keptBelow;
  }
}
