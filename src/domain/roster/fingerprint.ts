/*
 * What a roster preview was computed against, as a short text: a hash of the uploaded files, of
 * the hub's roster and of the Settings the import reads (grades, default language). Applying the
 * preview recomputes it under the lock; a part that differs names what changed since.
 */
import type { Roster, RosterSettings } from "./model";

/** Held once: a global looked up per character costs seconds on a district's files in a sandbox. */
const imul = Math.imul;

/** cyrb53 (public domain, bryc): a 53-bit hash of the UTF-16 text, in base 36, with no copying. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const PARTS = ["the uploaded files", "the hub's roster", "Settings' grades or default language"];

export function rosterFingerprint(
  upload: object,
  settings: RosterSettings,
  roster: Roster,
): string {
  return [
    hash53(JSON.stringify(upload)),
    hash53(JSON.stringify(roster)),
    hash53(JSON.stringify([settings.grades, settings.defaultLanguage])),
  ].join(".");
}

/** What differs between the preview's fingerprint and the current one; empty when nothing does. */
export function fingerprintChanges(previewed: string, current: string): string[] {
  const was = previewed.split(".");
  const now = current.split(".");
  if (was.length !== now.length) return [PARTS[0]!];
  return PARTS.filter((_, i) => was[i] !== now[i]);
}

/**
 * The refusal of an apply whose preview no longer holds; `unfinished` when an import that stopped
 * part-way is pending, which the hub's roster then reads as.
 */
export function stalePreviewMessage(changes: readonly string[], unfinished = false): string {
  const because =
    unfinished && changes.includes(PARTS[1]!)
      ? ": an earlier import stopped part-way and the hub reads as its roster until an import finishes it"
      : "";
  return `The roster changed since your preview (${changes.join(", ")})${because}; preview again. Nothing was written.`;
}
