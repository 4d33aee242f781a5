/*
 * A guardian update as a standard RFC 5322 message: UTF-8 encoded-word headers (names with
 * accents survive), and a multipart/alternative body with a plain-text and an HTML part.
 */
import { isRightToLeft, normalizeLanguageTag } from "./language-tag";
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
  /** The BCP 47 tag of the message's language: sets the HTML part's lang and direction. */
  readonly language?: string;
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

/** No CR, LF or other control character ever reaches a header, whatever a person typed. */
export function oneLine(text: string): string {
  let line = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    line += code < 0x20 || code === 0x7f ? " " : char;
  }
  return line.replace(/ {2,}/g, " ").trim();
}

/** RFC 5322 §2.1.1: a line is at most 998 characters; longer unstructured values fold at spaces. */
export const MAX_LINE = 998;

export function headerLine(name: string, value: string): string {
  const words = oneLine(value).split(" ");
  const lines: string[] = [];
  let line = `${oneLine(name).replace(/[^!-9;-~]/g, "")}:`;
  for (const word of words) {
    const pieces = word.match(/.{1,900}/g) ?? [""];
    for (const piece of pieces) {
      if (line.length + 1 + piece.length > MAX_LINE) {
        lines.push(line);
        line = "";
      }
      line += ` ${piece}`;
    }
  }
  lines.push(line);
  return lines.join("\r\n");
}

function mailbox(address: Address): string {
  const email = oneLine(address.email).replace(/[<>\s]/g, "");
  const name = oneLine(address.name);
  if (name === "") return `<${email}>`;
  if (ASCII_PRINTABLE.test(name)) {
    return `"${name.replace(/["\\]/g, "\\$&")}"\r\n <${email}>`;
  }
  return `${encodedWord(name)}\r\n <${email}>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** A link's readable text: its host and path, without the long signed query. */
export function linkLabel(url: string): string {
  const match = /^https?:\/\/([^/?#]+)([^?#]*)/.exec(url);
  if (!match) return url;
  const label = `${match[1]}${match[2]}`.replace(/\/$/, "");
  return url.includes("signup=") ? `your sign-up page (${label})` : label;
}

function paragraphHtml(paragraph: string): string {
  let html = "";
  let last = 0;
  for (const match of paragraph.matchAll(URL_IN_TEXT)) {
    html += escapeHtml(paragraph.slice(last, match.index));
    html += `<a href="${escapeHtml(match[0])}">${escapeHtml(linkLabel(match[0]))}</a>`;
    last = match.index! + match[0].length;
  }
  return (html + escapeHtml(paragraph.slice(last))).replace(/\r?\n/g, "<br>");
}

/** Plain text as HTML paragraphs, every character of it escaped, web links as links. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\r?\n/)
    .map((paragraph) => `<p>${paragraphHtml(paragraph)}</p>`)
    .join("\n");
}

function htmlOpening(language: string | undefined): string {
  if (!language) return "<html>";
  const tag = normalizeLanguageTag(language);
  return `<html lang="${escapeHtml(tag)}" dir="${isRightToLeft(tag) ? "rtl" : "ltr"}">`;
}

export function composeMessage(message: MailMessage, boundary: string): string {
  const headers = [
    `From: ${mailbox(message.from)}`,
    `To: ${message.to.map(mailbox).join(",\r\n ")}`,
    `Subject: ${encodedWord(oneLine(message.subject))}`,
    ...Object.entries(message.headers ?? {}).map(([name, value]) => headerLine(name, value)),
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
    part(
      "text/html",
      `<!DOCTYPE html>${htmlOpening(message.language)}<body>${message.html}</body></html>`,
    ),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
