/*
 * Daily quotas and fixed limits of Apps Script, per user, for Google Workspace accounts.
 * Source: developers.google.com/apps-script/guides/services/quotas ("Current quotas" and "Current limitations").
 */
import { GoogleError } from "./errors";

export const DAILY_QUOTAS = {
  documentsCreated: { limit: 1500, service: "docs create" },
  spreadsheetsCreated: { limit: 3200, service: "spreadsheets create" },
  emailRecipients: { limit: 1500, service: "email" },
  emailReadWrite: { limit: 50_000, service: "gmail" },
  translations: { limit: 20_000, service: "translate" },
  urlFetchCalls: { limit: 100_000, service: "urlfetch" },
  propertiesReadWrite: { limit: 500_000, service: "properties" },
  calendarEventsCreated: { limit: 10_000, service: "calendar" },
} as const;

export type QuotaName = keyof typeof DAILY_QUOTAS;

export const LIMITS = {
  executionMs: 6 * 60 * 1000,
  simultaneousExecutionsPerUser: 30,
  triggersPerUserPerScript: 20,
  propertyValueBytes: 9 * 1024,
  propertiesTotalBytes: 500 * 1024,
} as const;

export class QuotaLedger {
  private readonly used = new Map<string, number>();
  private readonly overrides = new Map<QuotaName, number>();

  /** Lowers or raises a quota for a test, for example to reach it quickly. */
  setLimit(name: QuotaName, limit: number): void {
    this.overrides.set(name, limit);
  }

  limitOf(name: QuotaName): number {
    return this.overrides.get(name) ?? DAILY_QUOTAS[name].limit;
  }

  usedBy(user: string, name: QuotaName): number {
    return this.used.get(`${user}|${name}`) ?? 0;
  }

  /** Spends `amount` of a user's daily quota, or throws Google's quota error and spends nothing. */
  spend(user: string, name: QuotaName, amount = 1): void {
    const key = `${user}|${name}`;
    const next = (this.used.get(key) ?? 0) + amount;
    if (next > this.limitOf(name)) {
      throw new GoogleError(
        `Service invoked too many times for one day: ${DAILY_QUOTAS[name].service}.`,
      );
    }
    this.used.set(key, next);
  }

  resetDay(): void {
    this.used.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.used);
  }

  restore(data: Record<string, number>): void {
    this.used.clear();
    for (const [key, value] of Object.entries(data)) this.used.set(key, value);
  }
}
