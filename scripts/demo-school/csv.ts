/* Writing CSV as RFC 4180 says: CRLF line ends, and fields quoted when they hold a comma, quote or line break. */

export type CsvCell = string | number | boolean;

export function csvField(value: CsvCell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and rows as one CSV text, every line (the last too) ending in CRLF unless told otherwise. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  lineEnd: "\r\n" | "\n" = "\r\n",
): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}${lineEnd}`).join("");
}
