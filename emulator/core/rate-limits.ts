/*
 * Google's per-minute limits on its REST APIs, per user (and project), over a sliding 60-second
 * window of the modelled wall clock, and Calendar's operational limit on quick writes to one
 * calendar. A request past a limit is answered as Google answers it, with nothing done. Each
 * rule keeps its public source.
 */
export interface RateRule {
  readonly name: string;
  /** Which REST endpoints (by latency key) count, and what each costs. */
  readonly cost: (key: string) => number;
  readonly limit: number;
  readonly status: number;
  readonly reason: string;
  readonly message: string;
  readonly source: string;
  /** The sliding window; 60 s unless said. */
  readonly windowMs?: number;
  /** What the limit is counted over: the user (the default), or one calendar named in the URL. */
  readonly per?: "user" | "calendar";
}

const CALENDAR_WRITES = new Set([
  "Calendar.events.insert",
  "Calendar.events.patch",
  "Calendar.events.update",
  "Calendar.events.delete",
]);

const GMAIL_UNITS: Readonly<Record<string, number>> = {
  "Gmail.users.drafts.create": 10,
  "Gmail.users.drafts.delete": 10,
  "Gmail.users.drafts.get": 5,
  "Gmail.users.drafts.list": 5,
  "Gmail.users.drafts.update": 15,
  "Gmail.users.messages.send": 100,
};

export const RATE_RULES: readonly RateRule[] = [
  {
    name: "Docs API write requests",
    cost: (key) =>
      key === "Docs.documents.batchUpdate" || key === "Docs.documents.create" ? 1 : 0,
    limit: 60,
    status: 429,
    reason: "RATE_LIMIT_EXCEEDED",
    message:
      "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'.",
    source:
      "developers.google.com/docs/api/limits: 60 write requests per minute per user per project",
  },
  {
    name: "Docs API read requests",
    cost: (key) => (key === "Docs.documents.get" ? 1 : 0),
    limit: 300,
    status: 429,
    reason: "RATE_LIMIT_EXCEEDED",
    message:
      "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'docs.googleapis.com'.",
    source:
      "developers.google.com/docs/api/limits: 300 read requests per minute per user per project",
  },
  {
    name: "Drive API queries",
    cost: (key) => (key.startsWith("Drive.") ? 1 : 0),
    limit: 12_000,
    status: 403,
    reason: "userRateLimitExceeded",
    message: "User Rate Limit Exceeded",
    source:
      "developers.google.com/drive/api/guides/limits: 12,000 queries per 60 seconds per user; answered 403 userRateLimitExceeded (or 429 rateLimitExceeded)",
  },
  {
    name: "Gmail API quota units",
    cost: (key) => GMAIL_UNITS[key] ?? (key.startsWith("Gmail.") ? 5 : 0),
    limit: 15_000,
    status: 429,
    reason: "rateLimitExceeded",
    message: "User-rate limit exceeded.",
    source:
      "developers.google.com/gmail/api/reference/quota: 15,000 quota units per user per minute; drafts.create 10, messages.send 100",
  },
  {
    name: "Calendar API requests",
    cost: (key) => (key.startsWith("Calendar.") ? 1 : 0),
    limit: 600,
    status: 403,
    reason: "rateLimitExceeded",
    message: "Rate Limit Exceeded",
    source:
      "developers.google.com/workspace/calendar/api/guides/quota: 600 requests per minute per user per project, sliding window; 403 or 429 usageLimits",
  },
  {
    name: "Classroom API queries",
    cost: (key) => (key.startsWith("Classroom.") ? 1 : 0),
    limit: 1_200,
    status: 429,
    reason: "rateLimitExceeded",
    message:
      "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'classroom.googleapis.com'.",
    source:
      "developers.google.com/classroom/limits: 1,200 queries per minute per user, on a 60-second moving average; RESOURCE_EXHAUSTED (429). The message's wording follows the Docs API's and is unconfirmed",
  },
  {
    name: "Calendar writes to one calendar",
    cost: (key) => (CALENDAR_WRITES.has(key) ? 1 : 0),
    limit: 30,
    windowMs: 10_000,
    per: "calendar",
    status: 403,
    reason: "rateLimitExceeded",
    message: "Rate Limit Exceeded",
    source:
      'developers.google.com/workspace/calendar/api/guides/quota, "Operational limits": limits "might apply if you attempt to write to a single calendar in quick succession"; guides/errors: 403 rateLimitExceeded, "maximum request rate per calendar". Google publishes no figure: 30 writes in 10 s is the emulator\'s own, unconfirmed',
  },
];

/** The calendar a Calendar API URL names (/calendar/v3/calendars/{id}/…); "primary" is the user's. */
function calendarOf(url: URL, user: string): string {
  const match = /\/calendar\/v3\/calendars\/([^/]+)/.exec(url.pathname);
  const id = match ? decodeURIComponent(match[1]!) : "primary";
  return id === "primary" ? user : id;
}

const WINDOW_MS = 60_000;

const windowOf = (rule: RateRule) => rule.windowMs ?? WINDOW_MS;

export class RateLedger {
  private readonly spent = new Map<string, { at: number; cost: number }[]>();
  private readonly overrides = new Map<string, number>();

  /** Lowers or raises a rule's limit for a test. */
  setLimit(name: string, limit: number): void {
    this.overrides.set(name, limit);
  }

  limitOf(rule: RateRule): number {
    return this.overrides.get(rule.name) ?? rule.limit;
  }

  /** What was spent on `rule` by `who` (a user, or a calendar) in the window up to `at`. */
  usedIn(rule: RateRule, who: string, at: number): number {
    const entries = this.spent.get(`${rule.name}|${who}`) ?? [];
    return entries
      .filter((e) => e.at > at - windowOf(rule) && e.at <= at)
      .reduce((n, e) => n + e.cost, 0);
  }

  /** Spends the request's cost, or answers the rule it breaks (spending nothing). */
  admit(user: string, key: string, at: number, url?: URL): RateRule | undefined {
    const costs = RATE_RULES.map((rule) => ({
      rule,
      cost: rule.cost(key),
      who: rule.per === "calendar" && url ? calendarOf(url, user) : user,
    })).filter((c) => c.cost > 0);
    const broken = costs.find(
      ({ rule, cost, who }) => this.usedIn(rule, who, at) + cost > this.limitOf(rule),
    );
    if (broken) return broken.rule;
    for (const { rule, cost, who } of costs) {
      const id = `${rule.name}|${who}`;
      const kept = (this.spent.get(id) ?? []).filter((e) => e.at > at - windowOf(rule));
      kept.push({ at, cost });
      this.spent.set(id, kept);
    }
    return undefined;
  }
}
