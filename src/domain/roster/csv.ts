/*
 * RFC 4180 CSV as real exports write it (byte-order mark, CRLF, LF or CR line endings, quoted
 * commas, quotes and line breaks, stray spaces around unquoted fields, blank lines), and pasted
 * sheet tables through the same record shape. Every record keeps the line it starts on, which is
 * the line a person finds in an editor or spreadsheet.
 */

export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export type PastedCell = string | number | boolean | null | undefined;
export type PastedTable = readonly (readonly PastedCell[])[];

export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "CsvError";
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const isBlank = (code: number) => code === SPACE || code === TAB;

/** Parses CSV text into records; blank lines are skipped. Throws CsvError naming the line. */
export function parseCsv(text: string): CsvRecord[] {
  const n = text.length;
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let quoted = false;
    for (;;) {
      let j = i;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        quoted = true;
        j++;
        let value = "";
        let from = j;
        for (;;) {
          if (j >= n) {
            throw new CsvError(
              start,
              'a quoted field opens on this line and is never closed (a closing " is missing)',
            );
          }
          const code = text.charCodeAt(j);
          if (code === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(from, j + 1);
              j += 2;
              from = j;
              continue;
            }
            value += text.slice(from, j);
            j++;
            break;
          }
          if (code === LF) line++;
          else if (code === CR) {
            line++;
            if (text.charCodeAt(j + 1) === LF) j++;
          }
          j++;
        }
        while (j < n && isBlank(text.charCodeAt(j))) j++;
        const next = text.charCodeAt(j);
        if (j < n && next !== COMMA && next !== LF && next !== CR) {
          throw new CsvError(
            start,
            'unexpected text after a closing quote (a " inside a quoted field must be doubled)',
          );
        }
        fields.push(value.indexOf("\r") >= 0 ? value.replace(/\r\n?/g, "\n") : value);
        i = j;
      } else {
        let k = i;
        while (k < n) {
          const code = text.charCodeAt(k);
          if (code === COMMA || code === LF || code === CR) break;
          k++;
        }
        fields.push(text.slice(i, k).trim());
        i = k;
      }
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (i < n) {
        if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
        i++;
        line++;
      }
      break;
    }
    if (quoted || fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
  }
  return records;
}

function cellText(cell: PastedCell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/** A pasted table's rows as records; row N of the sheet is line N. */
export function pastedRecords(table: PastedTable): CsvRecord[] {
  const records: CsvRecord[] = [];
  table.forEach((row, index) => {
    const fields = row.map(cellText);
    if (fields.some((field) => field !== "")) records.push({ line: index + 1, fields });
  });
  return records;
}

/** CSV text or a pasted table, as records. */
export function toRecords(source: string | PastedTable): CsvRecord[] {
  return typeof source === "string" ? parseCsv(source) : pastedRecords(source);
}
