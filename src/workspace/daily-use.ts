/*
 * The user's own daily use of quotas that Confer spends on their behalf (translations, and the
 * recipients of drafts they will send), kept in user properties per day, so a run that would go
 * past Google's daily limit is refused up front with a clear message instead of failing half way.
 * Earlier days' counts are deleted when today's is written, so they never pile up.
 */

export const DAILY_LIMITS = { translations: 20_000, recipients: 2_000 } as const;

type Use = Partial<Record<keyof typeof DAILY_LIMITS, number>>;

const PREFIX = "confer.dailyUse.";

function todayKey(): string {
  return `${PREFIX}${new Date().toISOString().slice(0, 10)}`;
}

export function usedToday(): Use {
  const text = PropertiesService.getUserProperties().getProperty(todayKey());
  return text ? (JSON.parse(text) as Use) : {};
}

export class DailyLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DailyLimitError";
  }
}

export function checkDailyUse(wanted: Use): void {
  const used = usedToday();
  for (const [name, amount] of Object.entries(wanted) as [keyof typeof DAILY_LIMITS, number][]) {
    const limit = DAILY_LIMITS[name];
    const already = used[name] ?? 0;
    if (already + amount > limit) {
      throw new DailyLimitError(
        `This would need ${amount} ${name} today, and ${already} of Google's daily ${limit} are used already. Nothing was drafted; try fewer students, or tomorrow.`,
      );
    }
  }
}

export function recordDailyUse(spent: Use): void {
  if (Object.values(spent).every((n) => !n)) return;
  const used = usedToday();
  const next: Use = { ...used };
  for (const [name, amount] of Object.entries(spent) as [keyof typeof DAILY_LIMITS, number][]) {
    next[name] = (used[name] ?? 0) + amount;
  }
  const properties = PropertiesService.getUserProperties();
  for (const key of properties.getKeys()) {
    if (key.startsWith(PREFIX) && key !== todayKey()) properties.deleteProperty(key);
  }
  properties.setProperty(todayKey(), JSON.stringify(next));
}
