/*
 * Conference events on the hub owner's calendar through the Calendar API (events, with the
 * calendar.events scope). Confer chooses each event's ID, so making an event twice finds the
 * first one (409) and updates it instead; cancelling an event already gone counts as done. The
 * requests can also go out with others' in one round (see one-round).
 */
import type { Outcome } from "../domain/outcome";
import type { EventBody } from "../domain/schedule/event-body";
import { zipOutcomes } from "../domain/zip-outcomes";
import { type ApiRequest, CALENDAR, callAll, query } from "./google-api";

export type SendUpdates = "all" | "none";

const EVENTS = `${CALENDAR}/calendars/primary/events`;

function eventUrl(eventId: string, sendUpdates: SendUpdates): string {
  return `${EVENTS}/${encodeURIComponent(eventId)}?${query({ sendUpdates })}`;
}

/** The inserts that make each event; one already made (409) is patched by settlePuts. */
export function eventInsertRequests(
  events: readonly EventBody[],
  sendUpdates: SendUpdates,
): ApiRequest[] {
  return events.map((body) => ({
    method: "post" as const,
    url: `${EVENTS}?${query({ sendUpdates })}`,
    body,
  }));
}

/** Each event's outcome from its insert's, patching those that already existed. */
export function settlePuts(
  events: readonly EventBody[],
  inserted: readonly Outcome<unknown>[],
  sendUpdates: SendUpdates,
): Outcome<true>[] {
  const existing = zipOutcomes(events, inserted)
    .filter(([, outcome]) => !outcome.ok && outcome.status === 409)
    .map(([body]) => body);
  const patched = callAll(
    existing.map((body) => ({
      method: "patch" as const,
      url: eventUrl(body.id, sendUpdates),
      body: { ...body, status: "confirmed" },
    })),
  );
  let next = 0;
  return inserted.map((outcome) => {
    if (outcome.ok) return { ok: true, value: true };
    if (outcome.status !== 409) return outcome;
    const patch = patched[next++]!;
    return patch.ok ? { ok: true, value: true } : patch;
  });
}

/** Patches events known to exist (a move), confirming one that was cancelled. */
export function eventPatchRequests(
  events: readonly EventBody[],
  sendUpdates: SendUpdates,
): ApiRequest[] {
  return events.map((body) => ({
    method: "patch" as const,
    url: eventUrl(body.id, sendUpdates),
    body: { ...body, status: "confirmed" },
  }));
}

/** Makes or updates each event; the outcome per event, in order. */
export function putEvents(events: readonly EventBody[], sendUpdates: SendUpdates): Outcome<true>[] {
  return settlePuts(events, callAll(eventInsertRequests(events, sendUpdates)), sendUpdates);
}

export function eventCancelRequests(
  eventIds: readonly string[],
  sendUpdates: SendUpdates,
): ApiRequest[] {
  return eventIds.map((eventId) => ({
    method: "delete" as const,
    url: eventUrl(eventId, sendUpdates),
  }));
}

/** A cancel's outcome: an event already gone counts as cancelled. */
export function settleCancel(outcome: Outcome<unknown>): Outcome<true> {
  return outcome.ok || outcome.status === 404 || outcome.status === 410
    ? { ok: true, value: true }
    : outcome;
}

export function cancelEvents(
  eventIds: readonly string[],
  sendUpdates: SendUpdates,
): Outcome<true>[] {
  return callAll(eventCancelRequests(eventIds, sendUpdates)).map(settleCancel);
}
