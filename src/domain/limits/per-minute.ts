/*
 * Pacing requests against a per-user per-minute limit over a sliding 60-second window: how many
 * may go now, given what the last ones cost and when they went, or how long to wait before the
 * next can. Also which of Google's answers mean "too fast, try again" rather than "no".
 */
export const WINDOW_MS = 60_000;

export interface PacedLimit {
  readonly name: string;
  /** Units a minute per user. */
  readonly perMinute: number;
  /** Why a request was held back, for the person told. */
  readonly because: string;
}

/** The Docs API's 60 write requests per minute per user (developers.google.com/docs/api/limits). */
export const DOCS_WRITES: PacedLimit = {
  name: "docsWrites",
  perMinute: 60,
  because: "the Docs API takes 60 writes a minute per user",
};

/** The Docs API's 300 read requests per minute per user (developers.google.com/docs/api/limits). */
export const DOCS_READS: PacedLimit = {
  name: "docsReads",
  perMinute: 300,
  because: "the Docs API takes 300 reads a minute per user",
};

/**
 * Gmail's 15,000 quota units per user per minute; messages.send costs 100 and drafts.create 10
 * (developers.google.com/gmail/api/reference/quota).
 */
export const GMAIL_UNITS: PacedLimit = {
  name: "gmailUnits",
  perMinute: 15_000,
  because: "Gmail takes 15,000 quota units a minute per user (a send costs 100, a draft 10)",
};

export const GMAIL_SEND_UNITS = 100;
export const GMAIL_DRAFT_UNITS = 10;

/** Units spent at a moment. */
export interface Spend {
  readonly at: number;
  readonly cost: number;
}

export interface Wave {
  /** How many of the wanted requests, in order, may be sent now. */
  readonly send: number;
  /** When none may, how long until the first can. */
  readonly waitMs: number;
}

function inWindow(spent: readonly Spend[], now: number): Spend[] {
  return spent.filter((s) => s.at > now - WINDOW_MS).sort((a, b) => a.at - b.at);
}

/** How long until `units` more (at most `limit`) fit in the window. */
export function waitForRoom(
  spent: readonly Spend[],
  now: number,
  limit: number,
  units: number,
): number {
  const recent = inWindow(spent, now);
  let over = recent.reduce((n, s) => n + s.cost, 0) + Math.min(units, limit) - limit;
  for (const s of recent) {
    if (over <= 0) break;
    over -= s.cost;
    if (over <= 0) return s.at + WINDOW_MS - now + 1;
  }
  return 0;
}

/** How many of the requests costing `costs`, in order, fit in the window now. */
export function nextWave(
  spent: readonly Spend[],
  now: number,
  limit: number,
  costs: readonly number[],
): Wave {
  let free = limit - inWindow(spent, now).reduce((n, s) => n + s.cost, 0);
  let send = 0;
  while (send < costs.length && costs[send]! <= free) free -= costs[send++]!;
  if (send > 0 || costs.length === 0) return { send, waitMs: 0 };
  return { send: 0, waitMs: waitForRoom(spent, now, limit, costs[0]!) };
}

const RATE_REASONS = ["userRateLimitExceeded", "rateLimitExceeded", "RATE_LIMIT_EXCEEDED"];

/**
 * 429 always means too fast; a 403 does only when its reason says a rate limit (Drive's
 * userRateLimitExceeded, Calendar's rateLimitExceeded). Any other 403 is a refusal to keep.
 */
export function isRateLimited(status: number, body: string): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  try {
    const parsed = JSON.parse(body) as { error?: { errors?: { reason?: string }[] } };
    return (parsed.error?.errors ?? []).some((e) => RATE_REASONS.includes(e.reason ?? ""));
  } catch {
    return false;
  }
}

/** Exponential backoff with a cap: 1 s, 2 s, 4 s … 32 s. */
export function backoffMs(attempt: number): number {
  return Math.min(32_000, 1_000 * 2 ** attempt);
}
