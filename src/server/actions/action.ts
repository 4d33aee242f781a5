/*
 * One row of Confer's action table: the doors it may be reached through, who may run it, where it
 * runs (as the hub owner, through the web app when the caller is someone else; or in the caller's
 * own execution), how its arguments are checked, and what it runs.
 */
import type { Audience } from "../../domain/access/audience";
import type { Door } from "../../domain/access/doors";

export interface Caller {
  /** The active user, lower-cased; "" when anonymous. */
  readonly email: string;
  readonly door: Door;
}

export type Runs = "owner" | "here";

export interface Action<
  A extends unknown[],
  I,
  R,
  D extends readonly Door[] = readonly Door[],
  W extends Runs = Runs,
> {
  readonly doors: D;
  readonly who: Audience;
  /** "owner": only as the hub owner; "here": in whichever execution it was reached. */
  readonly runs: W;
  /** What it does, for refusals: "change Confer's settings". */
  readonly what: string;
  /** Checks what the caller sent; its parameters are what a sidebar passes. */
  readonly parse: (...args: A) => I;
  readonly run: (input: I, caller: Caller) => R;
  /**
   * The caller's own OAuth token goes with the row's one argument, as a second: added in the
   * caller's add-on execution (never taken from the sidebar), so that the owner's web app can
   * act on Google as the caller after checking the token is theirs (Google Classroom reads).
   */
  readonly forwardsToken?: true;
  /**
   * Set for doGet and doPost, which are a door themselves: they know their caller per request.
   * AuthMode.NONE entry points (onOpen) set it too: they may touch no service but the menu.
   */
  readonly entry?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: rows of every signature live in one table.
export type AnyAction = Action<any, any, unknown>;

export function action<
  A extends unknown[],
  I,
  R,
  const D extends readonly Door[],
  const W extends Runs,
>(row: Action<A, I, R, D, W>): Action<A, I, R, D, W> {
  return row;
}

/** Rows whose parse takes nothing, and whose input is therefore empty. */
export const noInput = (): Record<string, never> => ({});
