/*
 * A scenario's budget as rules over the measured figures of both sides: each rule names what it
 * reads, its limit, and whether the run kept it.
 */
import type { Measurement } from "./measure";

export interface Sides {
  readonly optimized: Measurement;
  readonly baseline: Measurement;
}

export interface Rule {
  readonly what: string;
  readonly op: "≤" | "≥" | "=";
  readonly limit: number;
  readonly read: (sides: Sides) => number;
}

export interface Verdict {
  readonly rule: string;
  readonly measured: number;
  readonly pass: boolean;
}

export const atMost = (what: string, limit: number, read: Rule["read"]): Rule => ({
  what,
  op: "≤",
  limit,
  read,
});
export const atLeast = (what: string, limit: number, read: Rule["read"]): Rule => ({
  what,
  op: "≥",
  limit,
  read,
});
export const exactly = (what: string, limit: number, read: Rule["read"]): Rule => ({
  what,
  op: "=",
  limit,
  read,
});

/** baseline / Confer of one figure: Infinity when Confer's is 0 and the baseline's is not. */
export function ratioOf(pick: (m: Measurement) => number): Rule["read"] {
  return ({ optimized, baseline }) => {
    const mine = pick(optimized);
    return mine === 0
      ? pick(baseline) === 0
        ? 1
        : Number.POSITIVE_INFINITY
      : pick(baseline) / mine;
  };
}

/** Calls whose Class.method key starts with one of the prefixes. */
export function callsStartingWith(m: Measurement, prefixes: readonly string[]): number {
  return Object.entries(m.counts)
    .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
    .reduce((sum, [, n]) => sum + n, 0);
}

export function describeRule(rule: Rule): string {
  return `${rule.what} ${rule.op} ${rule.limit.toLocaleString("en-US")}`;
}

export function judge(rules: readonly Rule[], sides: Sides): Verdict[] {
  return rules.map((rule) => {
    const measured = rule.read(sides);
    const pass =
      rule.op === "≤"
        ? measured <= rule.limit
        : rule.op === "≥"
          ? measured >= rule.limit
          : measured === rule.limit;
    return { rule: describeRule(rule), measured, pass };
  });
}
