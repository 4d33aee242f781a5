/*
 * The headers that name a composed notice: its own ID (the same in every try of one message, so
 * a retry finds the draft an earlier try made) and its notice key (so the draft a retry makes is
 * the one a later change replaces). Read from, and added to, the message as the Outbox keeps it.
 */

export const NOTICE_ID_HEADER = "X-Confer-Notice-Id";
export const NOTICE_KEY_HEADER = "X-Confer-Notice-Key";

/** A header's value in an RFC 5322 message's header block (folded lines unfolded), or "". */
export function headerOf(raw: string, name: string): string {
  const [head = ""] = raw.split(/\r?\n\r?\n/, 1);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const wanted = name.toLowerCase();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) {
      return line.slice(colon + 1).trim();
    }
  }
  return "";
}

/** The message with the given ID header first, unless it carries one already. */
export function withNoticeId(raw: string, id: string): string {
  return headerOf(raw, NOTICE_ID_HEADER) === "" ? `${NOTICE_ID_HEADER}: ${id}\r\n${raw}` : raw;
}

/** The notice key a message carries, or "" (one queued before keys were written into it). */
export function noticeKeyOf(raw: string): string {
  const value = headerOf(raw, NOTICE_KEY_HEADER);
  try {
    return value === "" ? "" : decodeURIComponent(value);
  } catch {
    return "";
  }
}
