/*
 * Reading an RFC 5322 message as Gmail shows it: unfolded header fields with RFC 2047
 * encoded-words (UTF-8 or Latin-1, B or Q) decoded, MIME parts (multipart, base64 and
 * quoted-printable bodies), and the plain-text snippet.
 * References: RFC 5322 §2.2, RFC 2045 §6, RFC 2046 §5.1, RFC 2047 §4.
 */

export interface Header {
  readonly name: string;
  readonly value: string;
}

export interface Part {
  readonly headers: Header[];
  readonly mimeType: string;
  /** The decoded body bytes of a leaf part; empty for a multipart container. */
  readonly body: Buffer;
  readonly parts: Part[];
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

function charsetOf(label: string): BufferEncoding {
  const name = label.toLowerCase().split("*")[0];
  return name === "iso-8859-1" || name === "latin1" || name === "us-ascii" ? "latin1" : "utf8";
}

/** Decodes RFC 2047 encoded-words; whitespace between adjacent encoded-words is dropped. */
export function decodeWords(value: string): string {
  const joined = value.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, "$1");
  return joined.replace(ENCODED_WORD, (_, charset: string, encoding: string, text: string) => {
    const bytes =
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            "latin1",
          );
    return bytes.toString(charsetOf(charset));
  });
}

/** Splits a message into its header block and body at the first empty line. */
function split(text: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: "" };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

/** Header fields in order, unfolded, with their values as written (not decoded). */
export function rawHeaders(head: string): Header[] {
  const headers: Header[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      const last = headers.pop()!;
      headers.push({ name: last.name, value: `${last.value} ${line.trim()}` });
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

export function headerValue(headers: readonly Header[], name: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBody(body: string, transferEncoding: string): Buffer {
  const encoding = transferEncoding.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64");
  if (encoding === "quoted-printable") {
    const soft = body.replace(/=\r?\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      const hex = /^=([0-9A-Fa-f]{2})/.exec(soft.slice(i, i + 3));
      if (hex) {
        bytes.push(Number.parseInt(hex[1]!, 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(body, "utf8");
}

/** Parses one MIME entity (a whole message or one part) from its text. */
export function parsePart(text: string): Part {
  const { head, body } = split(text);
  const headers = rawHeaders(head);
  const contentType = headerValue(headers, "Content-Type") ?? "text/plain";
  const mimeType = contentType.split(";")[0]!.trim().toLowerCase();
  const boundary = parameter(contentType, "boundary");
  if (mimeType.startsWith("multipart/") && boundary) {
    const sections = body.split(
      new RegExp(`\\r?\\n?--${escapeRegExp(boundary)}(?:--)?[ \\t]*\\r?\\n?`),
    );
    const parts = sections
      .slice(1, -1)
      .filter((s) => s.trim() !== "")
      .map(parsePart);
    return { headers, mimeType, body: Buffer.alloc(0), parts };
  }
  const transfer = headerValue(headers, "Content-Transfer-Encoding") ?? "7bit";
  return { headers, mimeType, body: decodeBody(body, transfer), parts: [] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function firstText(part: Part): { text: string; html: boolean } | undefined {
  if (part.parts.length === 0) {
    if (part.mimeType === "text/plain") return { text: part.body.toString("utf8"), html: false };
    if (part.mimeType === "text/html") return { text: part.body.toString("utf8"), html: true };
    return undefined;
  }
  const texts = part.parts.map(firstText).filter((t) => t !== undefined);
  return texts.find((t) => !t.html) ?? texts[0];
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Gmail's snippet: the start of the text body, whitespace collapsed and HTML-escaped. */
export function snippetOf(part: Part): string {
  const found = firstText(part);
  if (!found) return "";
  const text = found.html ? found.text.replace(/<[^>]*>/g, " ") : found.text;
  const collapsed = text.replace(/\s+/g, " ").trim();
  return [...collapsed]
    .slice(0, 200)
    .join("")
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
