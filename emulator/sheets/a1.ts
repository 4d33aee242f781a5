/* A1 notation: column letters, "Sheet!A1:B2" references, and formatting an area back to A1. */
import type { GridArea } from "./model";

export function columnToLetters(column: number): string {
  let out = "";
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Reference {
  /** The sheet name before "!", unquoted, or undefined when the reference names none. */
  readonly sheetName: string | undefined;
  readonly a1: string;
}

export function splitSheetName(reference: string): A1Reference {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { sheetName: undefined, a1: reference };
  let name = reference.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, a1: reference.slice(bang + 1) };
}

const ENDPOINT = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * The area an A1 range covers on a sheet of the given size ("A1", "A1:B2", "A:B", "2:3", "A2:B"),
 * or undefined when the notation is not a range.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea | undefined {
  const [startText, endText, extra] = a1.trim().split(":");
  if (extra !== undefined || !startText) return undefined;
  const start = ENDPOINT.exec(startText);
  const end = ENDPOINT.exec(endText ?? startText);
  if (!start || !end) return undefined;
  const [, c1 = "", r1 = ""] = start;
  const [, c2 = "", r2 = ""] = end;
  if ((!c1 && !r1) || (!c2 && !r2)) return undefined;
  if (endText === undefined && (!c1 || !r1)) return undefined;
  const startColumn = c1 ? lettersToColumn(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  const endColumn = c2 ? lettersToColumn(c2) : maxColumns;
  const endRow = r2 ? Number(r2) : maxRows;
  if (startRow < 1 || endRow < 1) return undefined;
  const row = Math.min(startRow, endRow);
  const column = Math.min(startColumn, endColumn);
  return {
    row,
    column,
    numRows: Math.max(startRow, endRow) - row + 1,
    numColumns: Math.max(startColumn, endColumn) - column + 1,
  };
}

export function areaToA1(area: GridArea): string {
  const start = `${columnToLetters(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  const end = `${columnToLetters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
  return `${start}:${end}`;
}
