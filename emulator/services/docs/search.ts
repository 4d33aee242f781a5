/*
 * Text search as DocumentApp documents it for findText and replaceText: the pattern is a
 * regular expression given as a string (RE2 syntax, which JavaScript's RegExp covers for
 * the common subset), matched within one paragraph at a time; a replacement may use $1.
 */
import { GoogleError } from "../../core/errors";

export function compilePattern(pattern: unknown): RegExp {
  if (typeof pattern !== "string") throw new GoogleError("Invalid argument: searchPattern");
  const flags = pattern.startsWith("(?i)") ? "gi" : "g";
  const source = flags === "gi" ? pattern.slice(4) : pattern;
  try {
    return new RegExp(source, flags);
  } catch {
    throw new GoogleError(`Invalid argument: searchPattern`);
  }
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** The non-empty matches of `regex` in `text`, each with its expanded replacement. */
export function matchesIn(text: string, regex: RegExp, replacement = ""): Match[] {
  const found: Match[] = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) {
    if (m[0] === "") continue;
    const start = m.index ?? 0;
    const one = new RegExp(regex.source, regex.flags.replace("g", ""));
    found.push({ start, end: start + m[0].length, replacement: m[0].replace(one, replacement) });
  }
  return found;
}
