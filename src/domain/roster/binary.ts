/*
 * Whether a chosen file's text is really a file of another kind (an image, a PDF, a workbook)
 * read as text: by its first bytes where they are known, else by characters no CSV export holds.
 */

/** Each kind's first characters once read as UTF-8 (bytes that are not UTF-8 become U+FFFD). */
const SIGNATURES: readonly (readonly [readonly string[], string])[] = [
  [["\uFFFDPNG\r\n\u001A\n", "\u0089PNG\r\n\u001A\n"], "a PNG image"],
  [["%PDF-"], "a PDF document"],
  [["PK\u0003\u0004"], "a ZIP archive, such as an Excel workbook"],
  [["GIF87a", "GIF89a"], "a GIF image"],
  [["\uFFFD\uFFFD\uFFFD", "\u00FF\u00D8\u00FF"], "a JPEG image"],
];

/** More replacement characters than this share of the text means it was never text. */
const REPLACEMENT_SHARE = 0.1;

/** What the text looks like when it is not text ("a PNG image"), or null when it is text. */
export function binaryKind(text: string): string | null {
  for (const [starts, kind] of SIGNATURES) {
    if (starts.some((start) => text.startsWith(start))) return kind;
  }
  if (text.includes("\u0000")) return "binary data, not text";
  if (!text.includes("\uFFFD")) return null;
  let replaced = 0;
  for (const char of text) if (char === "\uFFFD") replaced++;
  return replaced >= text.length * REPLACEMENT_SHARE ? "binary data, not text" : null;
}

/** The reason a file that is not text gets, e.g. for `binaryKind` "a PNG image". */
export function notCsvReason(kind: string): string {
  return `this is not a CSV file (it looks like ${kind}); export the sheet as CSV and choose that file`;
}
