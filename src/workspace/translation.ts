/*
 * Translating guardian updates with LanguageApp: each distinct text and language once, never once
 * per guardian, with results kept in the script cache so a preview and the drafts that follow it
 * spend the daily translation quota only once.
 */

const PREFIX = "confer.tr.";
const SIX_HOURS_S = 21_600;

function keyOf(text: string, from: string, to: string): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    `${from}>${to}:${text}`,
    Utilities.Charset.UTF_8,
  );
  return PREFIX + digest.map((b) => ((b + 256) % 256).toString(16).padStart(2, "0")).join("");
}

export interface TranslationRequest {
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

/** Translations in request order; `translated` counts the LanguageApp calls made. */
export function translateAll(requests: readonly TranslationRequest[]): {
  texts: string[];
  translated: number;
} {
  const cache = CacheService.getScriptCache();
  const keys = requests.map((r) => keyOf(r.text, r.from, r.to));
  const known = cache.getAll([...new Set(keys)]);
  const fresh: Record<string, string> = {};
  const texts = requests.map((request, i) => {
    const key = keys[i]!;
    const hit = known[key] ?? fresh[key];
    if (hit !== undefined) return hit;
    const translated = LanguageApp.translate(request.text, request.from, request.to);
    fresh[key] = translated;
    return translated;
  });
  if (Object.keys(fresh).length > 0) cache.putAll(fresh, SIX_HOURS_S);
  return { texts, translated: Object.keys(fresh).length };
}
