/*
 * What a user spent lately against each paced per-minute limit, and when, kept in the script
 * cache under the user's email: every execution of the same user (the hub owner's web app,
 * triggers and menus) spends the same allowance, so a run that follows another, or runs beside
 * it, paces itself against what was already spent. Spends are kept by the second.
 */
import { type PacedLimit, type Spend, WINDOW_MS } from "../domain/limits/per-minute";

const keyOf = (limit: PacedLimit, user: string) => `confer.rate.${limit.name}:${user}`;

export function recentSpend(limit: PacedLimit, user: string): Spend[] {
  const text = CacheService.getScriptCache().get(keyOf(limit, user));
  if (!text) return [];
  try {
    return (JSON.parse(text) as Spend[]).filter(
      (s) => typeof s?.at === "number" && typeof s.cost === "number",
    );
  } catch {
    return [];
  }
}

export function noteSpend(limit: PacedLimit, user: string, spends: readonly Spend[]): void {
  if (spends.length === 0) return;
  const now = Date.now();
  const bySecond = new Map<number, Spend>();
  for (const s of [...recentSpend(limit, user), ...spends]) {
    if (s.at <= now - WINDOW_MS) continue;
    const second = Math.floor(s.at / 1000);
    const had = bySecond.get(second);
    bySecond.set(second, { at: Math.max(had?.at ?? 0, s.at), cost: (had?.cost ?? 0) + s.cost });
  }
  CacheService.getScriptCache().put(
    keyOf(limit, user),
    JSON.stringify([...bySecond.values()]),
    120,
  );
}
