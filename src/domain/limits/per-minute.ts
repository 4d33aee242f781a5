/*
 * Pacing requests against a per-minute limit over a sliding 60-second window: how many may go
 * now, given when the last ones went, or how long to wait before the next can. Also which of
 * Google's answers mean "too fast, try again" rather than "no".
 */
export const WINDOW_MS = 60_000;

/** The Docs API's 60 write requests per minute per user (developers.google.com/docs/api/limits). */
export const DOCS_WRITES_PER_MINUTE = 60;

export interface Wave {
  /** How many may be sent now. */
  readonly send: number;
  /** When none may, how long until one can. */
  readonly waitMs: number;
}

export function nextWave(
  sentAt: readonly number[],
  now: number,
  limit: number,
  wanted: number,
): Wave {
  const recent = sentAt.filter((at) => at > now - WINDOW_MS).sort((a, b) => a - b);
  const free = Math.max(0, limit - recent.length);
  if (free > 0 || wanted === 0) return { send: Math.min(free, wanted), waitMs: 0 };
  return { send: 0, waitMs: recent[0]! + WINDOW_MS - now + 1 };
}

/** How long until `n` requests (at most `limit`) may all go within the window. */
export function waitForRoom(
  sentAt: readonly number[],
  now: number,
  limit: number,
  n: number,
): number {
  const recent = sentAt.filter((at) => at > now - WINDOW_MS).sort((a, b) => a - b);
  const mustExpire = recent.length - (limit - Math.min(n, limit));
  if (mustExpire <= 0) return 0;
  return recent[mustExpire - 1]! + WINDOW_MS - now + 1;
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
