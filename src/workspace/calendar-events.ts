/*
 * Conference events on the hub owner's calendar through the Calendar API (events, with the
 * calendar.events scope). Confer chooses each event's ID, so making an event twice finds the
 * first one (409) and updates it instead; cancelling an event already gone counts as done.
 */
import type { Outcome } from "../domain/conference-doc/docs-run";
import type { EventBody } from "../domain/schedule/event-body";
import { CALENDAR, callAll, query } from "./google-api";

export type SendUpdates = "all" | "none";

const EVENTS = `${CALENDAR}/calendars/primary/events`;

function eventUrl(eventId: string, sendUpdates: SendUpdates): string {
  return `${EVENTS}/${encodeURIComponent(eventId)}?${query({ sendUpdates })}`;
}

/** Makes or updates each event; the outcome per event, in order. */
export function putEvents(events: readonly EventBody[], sendUpdates: SendUpdates): Outcome<true>[] {
  const inserted = callAll(
    events.map((body) => ({
      method: "post" as const,
      url: `${EVENTS}?${query({ sendUpdates })}`,
      body,
    })),
  );
  const existing = events.filter((_body, i) => {
    const outcome = inserted[i]!;
    return !outcome.ok && outcome.status === 409;
  });
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

export function cancelEvents(
  eventIds: readonly string[],
  sendUpdates: SendUpdates,
): Outcome<true>[] {
  return callAll(
    eventIds.map((eventId) => ({ method: "delete" as const, url: eventUrl(eventId, sendUpdates) })),
  ).map((outcome) =>
    outcome.ok || outcome.status === 404 || outcome.status === 410
      ? { ok: true, value: true }
      : outcome,
  );
}
