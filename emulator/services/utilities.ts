/*
 * Utilities: the helpers Apps Script computes in its own runtime (UUIDs, dates, digests,
 * Base64, blobs, CSV, sleep). Reference: developers.google.com/apps-script/reference/utilities/utilities
 */
import { createHash, createHmac, randomUUID } from "node:crypto";
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { WaitThenReturn } from "../core/signals";
import { EmulatedBlob } from "./blob";
import { CHARSETS, encodeText, fromByteArray, isByteArray, toSignedBytes } from "./bytes";
import { parseCsv } from "./csv";
import { formatDate } from "./date-format";

const MAX_SLEEP_MS = 300_000;

const DIGESTS: Record<string, string | undefined> = {
  MD2: undefined,
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

type Charset = GoogleAppsScript.Utilities.Charset;

function bytesOf(data: unknown, charset: unknown, argument: string): Buffer {
  if (typeof data === "string") return encodeText(data, charset);
  if (isByteArray(data)) return fromByteArray(data);
  throw new GoogleError(`Invalid argument: ${argument}`);
}

/** How Apps Script names an argument's type in its "parameters don't match" error. */
function javaTypeOf(value: unknown): string {
  if (typeof value === "string") return "String";
  if (Array.isArray(value)) return "number[]";
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  return "Object";
}

function decodeBase64(encoded: unknown, webSafe: boolean): number[] {
  const text = String(encoded).replace(/\s+/g, "");
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(text) || text.replace(/=+$/, "").length % 4 === 1) {
    throw new GoogleError("Could not decode string.");
  }
  return toSignedBytes(Buffer.from(text, webSafe ? "base64url" : "base64"));
}

export class EmulatedUtilities
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Utilities.Utilities,
      | "sleep"
      | "getUuid"
      | "formatDate"
      | "computeDigest"
      | "computeHmacSha256Signature"
      | "base64Encode"
      | "base64EncodeWebSafe"
      | "base64Decode"
      | "base64DecodeWebSafe"
      | "newBlob"
      | "parseCsv"
    >
{
  static override readonly className = "Utilities";
  static override readonly methods = [
    "sleep",
    "getUuid",
    "formatDate",
    "computeDigest",
    "computeHmacSha256Signature",
    "base64Encode",
    "base64EncodeWebSafe",
    "base64Decode",
    "base64DecodeWebSafe",
    "newBlob",
    "parseCsv",
  ];
  static override readonly properties = ["DigestAlgorithm", "Charset"];
  readonly DigestAlgorithm = Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k]));
  readonly Charset = { ...CHARSETS };

  /** Pauses the execution; the pause counts toward its 6-minute limit. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || milliseconds < 0 || milliseconds > MAX_SLEEP_MS) {
      throw new GoogleError(`Invalid argument: milliseconds`);
    }
    throw new WaitThenReturn(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const when = date as unknown;
    if (!(when instanceof Date) || Number.isNaN(when.getTime())) {
      throw new GoogleError("Invalid argument: date");
    }
    if (typeof timeZone !== "string") throw new GoogleError("Invalid argument: timeZone");
    if (typeof format !== "string") throw new GoogleError("Invalid argument: format");
    return formatDate(when, timeZone, format);
  }

  /** Java byte[] semantics: each byte is a number from -128 to 127. */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: Charset,
  ): number[] {
    const name = String(algorithm);
    if (!(name in DIGESTS)) throw new GoogleError("Invalid argument: algorithm");
    const hash = DIGESTS[name];
    if (!hash) throw new GoogleError(`not emulated: DigestAlgorithm.${name}`, "Error");
    const digest = createHash(hash)
      .update(bytesOf(value, charset, "value"))
      .digest();
    return toSignedBytes(digest);
  }

  /**
   * Google's overloads: (String, String), (String, String, Charset) and (Byte[], Byte[]);
   * other argument types do not match any of them.
   */
  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: Charset,
  ): number[] {
    const texts = typeof value === "string" && typeof key === "string";
    const bytes = isByteArray(value) && isByteArray(key) && charset === undefined;
    if (!texts && !bytes) {
      const types = [value, key, ...(charset === undefined ? [] : [charset])].map(javaTypeOf);
      throw new GoogleError(
        `The parameters (${types.join(",")}) don't match the method signature for Utilities.computeHmacSha256Signature.`,
      );
    }
    const signature = createHmac("sha256", bytesOf(key, charset, "key"))
      .update(bytesOf(value, charset, "value"))
      .digest();
    return toSignedBytes(signature);
  }

  base64Encode(data: string | number[], charset?: Charset): string {
    return bytesOf(data, charset, "data").toString("base64");
  }

  /** Web-safe Base64 keeps the "=" padding, as Java's URL-safe encoder does. */
  base64EncodeWebSafe(data: string | number[], charset?: Charset): string {
    return bytesOf(data, charset, "data")
      .toString("base64")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
  }

  base64Decode(encoded: string, _charset?: Charset): number[] {
    return decodeBase64(encoded, false);
  }

  base64DecodeWebSafe(encoded: string, _charset?: Charset): number[] {
    return decodeBase64(encoded, true);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): EmulatedBlob {
    const type = contentType === undefined || contentType === null ? null : String(contentType);
    const fallback = typeof data === "string" ? "text/plain" : null;
    return new EmulatedBlob(
      this.exec,
      bytesOf(data, undefined, "data"),
      type ?? fallback,
      name === undefined || name === null ? null : String(name),
    );
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    if (typeof csv !== "string") throw new GoogleError("Invalid argument: csv");
    const separator = delimiter === undefined ? "," : String(delimiter);
    if (separator.length !== 1) throw new GoogleError("Invalid argument: delimiter");
    return parseCsv(csv, separator);
  }
}
