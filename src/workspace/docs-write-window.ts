/*
 * When this user's recent Docs API writes went, shared by the hub owner's executions through the
 * script cache (every owner execution spends the same 60 writes a minute), so that a run that
 * follows another, or runs beside it, paces itself against what was already spent.
 */
import { WINDOW_MS } from "../domain/limits/per-minute";

const KEY = "confer.docsWrites";

export function recentDocsWrites(): number[] {
  const text = CacheService.getScriptCache().get(KEY);
  if (!text) return [];
  try {
    return (JSON.parse(text) as number[]).filter((at) => typeof at === "number");
  } catch {
    return [];
  }
}

export function noteDocsWrites(times: readonly number[]): void {
  const now = Date.now();
  const kept = [...recentDocsWrites(), ...times].filter((at) => at > now - WINDOW_MS);
  CacheService.getScriptCache().put(KEY, JSON.stringify(kept.slice(-500)), 120);
}
