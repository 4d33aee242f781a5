/*
 * BCP 47 language tags in their conventional case (language lowercase, script title case,
 * region uppercase), and whether a language is written right to left.
 */

export function normalizeLanguageTag(tag: string): string {
  return tag
    .trim()
    .replace(/_/g, "-")
    .split("-")
    .filter((part) => part !== "")
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (/^[a-z]{4}$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (/^([a-z]{2}|\d{3})$/i.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join("-");
}

const RTL_LANGUAGES = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "iw",
  "ks",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"]);
const LTR_SCRIPTS = new Set(["Latn", "Cyrl"]);

export function isRightToLeft(tag: string): boolean {
  const parts = normalizeLanguageTag(tag).split("-");
  const script = parts.slice(1).find((p) => /^[A-Z][a-z]{3}$/.test(p));
  if (script && RTL_SCRIPTS.has(script)) return true;
  if (script && LTR_SCRIPTS.has(script)) return false;
  return RTL_LANGUAGES.has(parts[0] ?? "");
}
