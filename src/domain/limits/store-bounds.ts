/*
 * Google's bounds on the stores Confer keeps state in, counted as Google counts them: script
 * properties hold 9 KB a value and 500 KB in all (guides/services/quotas, "Properties value
 * size" / "Properties total storage"), a cache entry 100 KB (reference/cache/cache#put), a
 * Sheets cell 50,000 characters (support.google.com/docs/answer/37603).
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const CACHE_VALUE_BYTES = 100 * 1024;
export const CELL_CHARACTERS = 50_000;

/** UTF-8 bytes of a string, as the properties and cache services count a value. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let size = 0;
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (size + n > maxBytes && piece !== "") {
      pieces.push(piece);
      piece = "";
      size = 0;
    }
    piece += ch;
    size += n;
  }
  if (piece !== "" || pieces.length === 0) pieces.push(piece);
  return pieces;
}
