/*
 * File names that every OS accepts, keeping accents and other letters: the characters Windows,
 * macOS or Linux reject (/ \ : * ? " < > | and control characters) become "_", trailing dots
 * and spaces go, and Windows' reserved device names get a leading "_".
 */

const FORBIDDEN = new Set([...'/\\:*?"<>|']);
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_LENGTH = 120;

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || code === 0x7f;
}

export function safeFileName(name: string): string {
  let safe = [...name.normalize("NFC")]
    .map((char) => (FORBIDDEN.has(char) || isControl(char) ? "_" : char))
    .join("")
    .replace(/[. ]+$/, "")
    .trim();
  if (safe.length > MAX_LENGTH) safe = safe.slice(0, MAX_LENGTH).trimEnd();
  if (safe === "" || safe === "." || safe === "..") safe = "_";
  return RESERVED.test(safe) ? `_${safe}` : safe;
}

/** Hands out safe names with an extension, adding " (2)", " (3)"... when two would collide. */
export class FileNamer {
  private readonly used = new Set<string>();

  name(base: string, extension: string): string {
    const safe = safeFileName(base);
    for (let n = 1; ; n++) {
      const candidate = `${safe}${n === 1 ? "" : ` (${n})`}${extension}`;
      const key = candidate.toLowerCase();
      if (!this.used.has(key)) {
        this.used.add(key);
        return candidate;
      }
    }
  }
}
