/*
 * A guardian update as a standard RFC 5322 message: UTF-8 encoded-word headers (names with
 * accents survive), and a multipart/alternative body with a plain-text and an HTML part.
 */
import { base64, base64Lines, utf8Bytes } from "./utf8";

export interface Address {
  readonly name: string;
  readonly email: string;
}

export interface MailMessage {
  readonly from: Address;
  readonly to: readonly Address[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Extra ASCII headers, such as Confer's own tag of what the draft is for. */
  readonly headers?: Readonly<Record<string, string>>;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** RFC 2047: a header word outside printable ASCII travels as =?UTF-8?B?…?=, in short pieces. */
export function encodedWord(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const pieces: string[] = [];
  let piece = "";
  for (const char of text) {
    if (utf8Bytes(piece + char).length > 39) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces.map((p) => `=?UTF-8?B?${base64(utf8Bytes(p))}?=`).join("\r\n ");
}

function mailbox(address: Address): string {
  if (address.name === "") return `<${address.email}>`;
  if (ASCII_PRINTABLE.test(address.name)) {
    return `"${address.name.replace(/["\\]/g, "\\$&")}"\r\n <${address.email}>`;
  }
  return `${encodedWord(address.name)}\r\n <${address.email}>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Plain text as HTML paragraphs, every character of it escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\r?\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n");
}

export function composeMessage(message: MailMessage, boundary: string): string {
  const headers = [
    `From: ${mailbox(message.from)}`,
    `To: ${message.to.map(mailbox).join(",\r\n ")}`,
    `Subject: ${encodedWord(message.subject)}`,
    ...Object.entries(message.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset="UTF-8"`,
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(body),
    ].join("\r\n");
  return [
    ...headers,
    "",
    part("text/plain", message.text.replace(/\r?\n/g, "\r\n")),
    part("text/html", `<!DOCTYPE html><html><body>${message.html}</body></html>`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
