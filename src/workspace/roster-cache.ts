/*
 * A snapshot of the roster in the script cache, so the web app validates a comment save without
 * reading three tabs each time. It is written after every import and rebuilt from the hub on a
 * miss; large rosters are split across several cache entries.
 */
import type { Roster } from "../domain/roster/model";

const PREFIX = "confer.roster.";
const CHUNK = 90_000;
const SIX_HOURS_S = 21_600;

export function cacheRoster(roster: Roster): void {
  const text = JSON.stringify(roster);
  const chunks: Record<string, string> = {};
  const count = Math.ceil(text.length / CHUNK) || 1;
  for (let i = 0; i < count; i++) chunks[`${PREFIX}${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  chunks[`${PREFIX}count`] = String(count);
  CacheService.getScriptCache().putAll(chunks, SIX_HOURS_S);
}

export function cachedRoster(): Roster | undefined {
  const cache = CacheService.getScriptCache();
  const count = Number(cache.get(`${PREFIX}count`) ?? "0");
  if (count === 0) return undefined;
  const keys = Array.from({ length: count }, (_, i) => `${PREFIX}${i}`);
  const parts = cache.getAll(keys);
  if (keys.some((key) => parts[key] === undefined)) return undefined;
  return JSON.parse(keys.map((key) => parts[key]).join("")) as Roster;
}
