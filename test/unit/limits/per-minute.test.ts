import { isRateLimited, nextWave, waitForRoom } from "../../../src/domain/limits/per-minute";

const NOW = 1_000_000;

describe("nextWave", () => {
  it("sends the requests that fit the units left in the minute, in order", () => {
    const spent = [{ at: NOW - 30_000, cost: 14_800 }];
    expect(nextWave(spent, NOW, 15_000, [100, 100, 100])).toEqual({ send: 2, waitMs: 0 });
  });

  it("forgets what went more than a minute ago", () => {
    expect(nextWave([{ at: NOW - 60_000, cost: 60 }], NOW, 60, [1])).toEqual({
      send: 1,
      waitMs: 0,
    });
  });

  it("says how long until the first request fits when none does", () => {
    const spent = [
      { at: NOW - 50_000, cost: 50 },
      { at: NOW - 20_000, cost: 10 },
    ];
    expect(nextWave(spent, NOW, 60, [1])).toEqual({ send: 0, waitMs: 10_001 });
    expect(nextWave(spent, NOW, 60, [55])).toEqual({ send: 0, waitMs: 40_001 });
  });
});

describe("waitForRoom", () => {
  it("is 0 when the units fit now", () => {
    expect(waitForRoom([{ at: NOW - 1_000, cost: 10 }], NOW, 60, 50)).toBe(0);
  });

  it("waits for enough of the oldest spends to leave the window", () => {
    const spent = [
      { at: NOW - 40_000, cost: 30 },
      { at: NOW - 10_000, cost: 30 },
    ];
    expect(waitForRoom(spent, NOW, 60, 20)).toBe(20_001);
    expect(waitForRoom(spent, NOW, 60, 45)).toBe(50_001);
  });
});

describe("isRateLimited", () => {
  it("is true for 429 and for a 403 whose reason is a rate limit, not for another 403", () => {
    const body = (reason: string) => JSON.stringify({ error: { errors: [{ reason }] } });
    expect(isRateLimited(429, "")).toBe(true);
    expect(isRateLimited(403, body("rateLimitExceeded"))).toBe(true);
    expect(isRateLimited(403, body("userRateLimitExceeded"))).toBe(true);
    expect(isRateLimited(403, body("insufficientFilePermissions"))).toBe(false);
  });
});
