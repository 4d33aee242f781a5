/*
 * The recipients of an RFC 5322 message: every address in its To, Cc and Bcc fields, with
 * display names, quoted strings, comments and groups understood.
 * Reference: RFC 5322 §3.4 (address specification).
 */
import { type Header, headerValue } from "./mime";

const ADDRESS = /^[^@\s<>",;:]+@[^@\s<>",;:]+\.[^@\s<>",;:]+$/;
const FIELDS = ["To", "Cc", "Bcc"];

/** Splits an address list at the commas outside quotes, angle brackets and comments. */
function splitList(value: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      if (ch === "\\") {
        current += ch + (value[i + 1] ?? "");
        i += 1;
        continue;
      }
      if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(") comment += 1;
    else if (ch === ")") comment = Math.max(0, comment - 1);
    else if (ch === "<") angle += 1;
    else if (ch === ">") angle = Math.max(0, angle - 1);
    else if ((ch === "," || ch === ";") && angle === 0 && comment === 0) {
      items.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

/** The address of one mailbox ("Name <a@b>" or "a@b"), or undefined when it has none. */
function addressOf(mailbox: string): string | undefined {
  const withoutComments = mailbox.replace(/\([^)]*\)/g, "").trim();
  const angled = /<([^>]*)>\s*$/.exec(withoutComments);
  const address = (angled ? angled[1]! : withoutComments).trim();
  return ADDRESS.test(address) ? address.toLowerCase() : undefined;
}

/** Group syntax ("Parents: a@b, c@d;") lists its members after the colon. */
function withoutGroupName(item: string): string {
  const colon = /^[^"<@]*:/.exec(item);
  return colon ? item.slice(colon[0].length).trim() : item;
}

export type Recipients = { readonly addresses: string[] } | { readonly invalid: string };

export function recipientsOf(headers: readonly Header[]): Recipients {
  const addresses: string[] = [];
  for (const field of FIELDS) {
    const value = headerValue(headers, field);
    if (value === undefined) continue;
    for (const item of splitList(value)) {
      const mailbox = withoutGroupName(item);
      if (mailbox === "") continue;
      const address = addressOf(mailbox);
      if (!address) return { invalid: field };
      addresses.push(address);
    }
  }
  return { addresses };
}
