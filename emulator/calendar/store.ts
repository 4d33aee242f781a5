/*
 * Google Calendar events, each on its organizer's calendar and seen by its attendees, and the
 * invitation, update and cancellation emails Google Calendar sent about them. A deleted event
 * stays, with status "cancelled", as Google keeps it. Saves and loads with the Workspace.
 */
import type { PersistentSlice } from "../core/persistent-slice";

export interface EventTime {
  /** The instant, epoch ms. */
  readonly ms: number;
  /** The IANA zone the client gave, if any. */
  readonly timeZone?: string;
}

export interface EventAttendee {
  readonly email: string;
  readonly displayName?: string;
  readonly optional?: boolean;
  readonly comment?: string;
  readonly responseStatus: "needsAction" | "declined" | "tentative" | "accepted";
}

export interface StoredEvent {
  readonly id: string;
  /** The organizer, whose calendar holds the event. */
  readonly organizer: string;
  status: "confirmed" | "tentative" | "cancelled";
  start: EventTime;
  end: EventTime;
  attendees: EventAttendee[];
  /** The other fields the client set (summary, location, extendedProperties, …), as JSON. */
  fields: Record<string, unknown>;
  readonly created: number;
  updated: number;
  sequence: number;
}

export type NotificationKind = "invitation" | "update" | "cancellation";

/** One email Google Calendar sent to a guest about an event. */
export interface CalendarNotification {
  readonly kind: NotificationKind;
  readonly eventId: string;
  readonly organizer: string;
  readonly to: string;
  readonly summary: string;
  /** The event's start, ISO 8601 in UTC. */
  readonly start: string;
  /** When it was sent, epoch ms. */
  readonly at: number;
}

interface Saved {
  counter: number;
  events: StoredEvent[];
  notifications: CalendarNotification[];
}

export class CalendarStore implements PersistentSlice {
  private readonly events = new Map<string, StoredEvent>();
  /** Every email Google Calendar sent, oldest first. */
  readonly notifications: CalendarNotification[] = [];
  private counter = 0;

  /** The event on its organizer's calendar, cancelled or not. */
  find(organizer: string, id: string): StoredEvent | undefined {
    return this.events.get(key(organizer, id));
  }

  /** The event as it appears on `calendar`: organized there, or with its owner as a guest. */
  findOn(calendar: string, id: string): StoredEvent | undefined {
    const own = this.find(calendar, id);
    if (own) return own;
    const email = calendar.toLowerCase();
    for (const event of this.events.values()) {
      if (event.id === id && event.attendees.some((a) => a.email === email)) return event;
    }
    return undefined;
  }

  add(event: StoredEvent): void {
    this.events.set(key(event.organizer, event.id), event);
  }

  /** Events the user organizes or is a guest of, by start time; cancelled ones only if asked. */
  eventsOn(email: string, options: { includeCancelled?: boolean } = {}): StoredEvent[] {
    const user = email.toLowerCase();
    return [...this.events.values()]
      .filter((event) => options.includeCancelled || event.status !== "cancelled")
      .filter((event) => event.organizer === user || event.attendees.some((a) => a.email === user))
      .sort((a, b) => a.start.ms - b.start.ms || a.id.localeCompare(b.id));
  }

  all(): StoredEvent[] {
    return [...this.events.values()];
  }

  notify(notification: CalendarNotification): void {
    this.notifications.push(notification);
  }

  /** A new event ID as Google makes them: 26 base32hex characters that grow with time. */
  nextId(now: number): string {
    this.counter += 1;
    const value = (BigInt(Math.max(0, Math.floor(now))) << 40n) + BigInt(this.counter);
    return value.toString(32).padStart(26, "0").slice(-26);
  }

  snapshot(): Saved {
    return {
      counter: this.counter,
      events: [...this.events.values()].map((event) => structuredClone(event)),
      notifications: [...this.notifications],
    };
  }

  restore(data: unknown): void {
    const saved = data as Saved;
    this.counter = saved.counter;
    this.events.clear();
    for (const event of saved.events) this.add(structuredClone(event));
    this.notifications.splice(0, this.notifications.length, ...saved.notifications);
  }
}

function key(organizer: string, id: string): string {
  return `${organizer.toLowerCase()}|${id}`;
}
