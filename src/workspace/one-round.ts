/*
 * Several pieces of work's Google API requests sent together in one callAll (one fetchAll, as
 * their per-minute limits allow), each piece handed back its own outcomes, in order.
 */
import type { Outcome } from "../domain/outcome";
import { type ApiRequest, type CallOptions, callAll } from "./google-api";

export function inOneRound(
  parts: readonly (readonly ApiRequest[])[],
  options: CallOptions = {},
): Outcome<unknown>[][] {
  const outcomes = callAll(parts.flat(), options);
  let at = 0;
  return parts.map((part) => {
    const mine = outcomes.slice(at, at + part.length);
    at += part.length;
    return mine;
  });
}
