/*
 * Calendar: the events on the signed-in user's calendar, as organizer or guest, with their time,
 * summary, location and guests, and the invitation emails Google Calendar sent them.
 */
import type { StoredEvent } from "../../emulator";
import { esc } from "./html";
import type { PreviewState } from "./state";

function when(event: StoredEvent, timeZone: string): string {
  const zone = event.start.timeZone ?? timeZone;
  const day = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return `${day.format(event.start.ms)}, ${time.format(event.start.ms)} – ${time.format(event.end.ms)}`;
}

function guests(state: PreviewState, event: StoredEvent): string {
  if (event.attendees.length === 0) return `<span class="secondary">No guests</span>`;
  return `<ul>${event.attendees
    .map(
      (a) =>
        `<li>${esc(a.displayName ?? state.nameOf(a.email))} &lt;${esc(a.email)}&gt; <span class="secondary">${esc(a.responseStatus)}</span></li>`,
    )
    .join("")}</ul>`;
}

function notifications(state: PreviewState): string {
  const mine = state.ws.calendar.notifications.filter((n) => n.to === state.user);
  if (mine.length === 0) return "";
  const items = mine
    .map(
      (n) =>
        `<li>${esc(n.kind)}: ${esc(n.summary || "(no title)")} <span class="secondary">from ${esc(state.nameOf(n.organizer))}</span></li>`,
    )
    .join("");
  return `<h2>Emails from Google Calendar</h2><ul>${items}</ul>`;
}

export function calendarView(state: PreviewState): string {
  const events = state.ws.calendar.eventsOn(state.user);
  const timeZone = state.ws.script.timeZone;
  const rows = events
    .map(
      (event) =>
        `<tr><td>${esc(when(event, timeZone))}</td><td>${esc(String(event.fields.summary ?? "(no title)"))}</td><td>${esc(String(event.fields.location ?? ""))}</td><td>${esc(event.organizer === state.user ? "You" : state.nameOf(event.organizer))}</td><td>${guests(state, event)}</td></tr>`,
    )
    .join("\n");
  const body =
    events.length === 0
      ? `<p>No events on your calendar.</p>`
      : `<table class="grid"><caption>${events.length} event(s)</caption>
<thead><tr><th scope="col">When</th><th scope="col">Title</th><th scope="col">Where</th><th scope="col">Organizer</th><th scope="col">Guests</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  return `<h1>Calendar</h1>\n${body}\n${notifications(state)}`;
}
