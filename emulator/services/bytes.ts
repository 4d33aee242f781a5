/* Java byte[] as Apps Script exposes it (numbers -128..127), and the charsets it encodes text in. */
import { GoogleError } from "../core/errors";

/** Replaces every code point outside US-ASCII with `replacement`. */
function asciiOnly(text: string, replacement: string): string {
  return Array.from(text, (ch) => (ch.charCodeAt(0) > 0x7f ? replacement : ch)).join("");
}

export const CHARSETS = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;

function charsetOf(charset: unknown): "ascii" | "utf8" {
  if (charset === undefined || charset === null) return "utf8";
  const name = String(charset).toUpperCase().replace(/-/g, "_");
  if (name === "UTF_8" || name === "UTF8") return "utf8";
  if (name === "US_ASCII" || name === "ASCII") return "ascii";
  throw new GoogleError(`Invalid argument: charset`);
}

/** Text as bytes in a charset; US-ASCII replaces what it cannot encode with "?", as Java does. */
export function encodeText(text: string, charset?: unknown): Buffer {
  if (charsetOf(charset) === "ascii") return Buffer.from(asciiOnly(text, "?"), "latin1");
  return Buffer.from(text, "utf8");
}

export function decodeText(bytes: Buffer, charset?: unknown): string {
  if (charsetOf(charset) === "ascii") return asciiOnly(bytes.toString("latin1"), "\ufffd");
  return bytes.toString("utf8");
}

export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function isByteArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((b) => typeof b === "number" && Number.isInteger(b));
}

export function fromByteArray(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}
