/* What a benchmark scenario declares: the same work done Confer's way and naively, and its budget. */
import type { Rule } from "./budget";
import type { Side } from "./measure";

export interface Scenario {
  readonly name: string;
  /** What each side does and how it is measured, in one or two sentences. */
  readonly about: string;
  readonly budget: readonly Rule[];
  /** Confer's way. */
  readonly optimized: Side;
  /** The naive way (per-cell writes, one call or one copy at a time) of the same work. */
  readonly baseline: Side;
}
