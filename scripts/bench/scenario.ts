/* What a benchmark scenario declares: the same work done Confer's way and naively, and its budget. */
import type { Rule } from "./budget";
import type { Measurement, Side } from "./measure";

/**
 * The real-Google limit that bounds this work, in modelled seconds: the Docs API's 60 writes a
 * minute for a docs run, the caller's 60-second fetch timeout for a web-app request, say.
 */
export interface RealLimit {
  /** The limit and its source, in a few words. */
  readonly what: string;
  /** The bound it sets on this run, from what Confer's side did (docs made, say). */
  readonly seconds: (confer: Measurement) => number;
  /** Which of Confer's figures is compared with it; the whole run's modelled time unless said. */
  readonly measured?: (confer: Measurement) => number;
  /** Which of the baseline's figures; as Confer's unless said. */
  readonly baselineMeasured?: (baseline: Measurement) => number;
}

export interface Scenario {
  readonly name: string;
  /** What each side does and how it is measured, in one or two sentences. */
  readonly about: string;
  readonly budget: readonly Rule[];
  readonly limit?: RealLimit;
  /** Confer's way. */
  readonly optimized: Side;
  /** The naive way (per-cell writes, one call or one copy at a time) of the same work. */
  readonly baseline: Side;
}
