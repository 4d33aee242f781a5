/*
 * A snapshot of the roster in the script cache, so the web app validates a comment save without
 * reading three tabs each time. It is rebuilt from the hub on a miss. A roster is split into
 * entries of at most 90 KB in UTF-8 (Google's cap is 100 KB an entry), written under a fresh
 * generation before the pointer to them moves, and an import drops the pointer first: a reader
 * sees the whole new roster, or none and reads the hub, never an old one or a mix.
 */
import { splitByBytes } from "../domain/limits/store-bounds";
import type { Roster } from "../domain/roster/model";

const POINTER = "confer.roster";
const PIECE_BYTES = 90 * 1024;
const SIX_HOURS_S = 21_600;

interface Pointer {
  readonly generation: string;
  readonly count: number;
}

const keyOf = (generation: string, i: number) => `${POINTER}.${generation}.${i}`;

/** Forgets the cached roster, so the next reader reads the hub. */
export function dropCachedRoster(): void {
  CacheService.getScriptCache().remove(POINTER);
}

export function cacheRoster(roster: Roster): void {
  const cache = CacheService.getScriptCache();
  const pieces = splitByBytes(JSON.stringify(roster), PIECE_BYTES);
  const generation = Utilities.getUuid().slice(0, 8);
  const entries: Record<string, string> = {};
  pieces.forEach((piece, i) => {
    entries[keyOf(generation, i)] = piece;
  });
  try {
    cache.putAll(entries, SIX_HOURS_S);
    cache.put(
      POINTER,
      JSON.stringify({ generation, count: pieces.length } satisfies Pointer),
      SIX_HOURS_S,
    );
  } catch {
    dropCachedRoster();
  }
}

export function cachedRoster(): Roster | undefined {
  const cache = CacheService.getScriptCache();
  const text = cache.get(POINTER);
  if (!text) return undefined;
  const pointer = JSON.parse(text) as Pointer;
  const keys = Array.from({ length: pointer.count }, (_, i) => keyOf(pointer.generation, i));
  const parts = cache.getAll(keys);
  if (keys.some((key) => parts[key] === undefined)) return undefined;
  return JSON.parse(keys.map((key) => parts[key]).join("")) as Roster;
}
