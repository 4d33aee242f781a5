/*
 * Google Calendar API v3 events: insert, get, patch and delete on the caller's own calendar
 * ("primary" or their address), with client-supplied IDs and the guest emails that sendUpdates
 * asks Google to send. Another user's calendar answers 404. Deleting keeps the event, cancelled.
 * References: developers.google.com/workspace/calendar/api/v3/reference/events (insert, get,
 * patch, delete, the Event resource) and .../calendar/api/guides/errors (error bodies).
 */
import { domainOf } from "../core/users";
import { json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import { isTimeZone, wallClock } from "../sheets/time-zone";
import type {
  CalendarStore,
  EventAttendee,
  EventTime,
  NotificationKind,
  StoredEvent,
} from "./store";

const BASE = String.raw`^www\.googleapis\.com\/calendar\/v3\/calendars\/([^/]+)\/events`;
const EVENT = String.raw`\/([^/]+)`;
const ID = /^[a-v0-9]{5,1024}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SEND_UPDATES = ["all", "externalOnly", "none"];
const KNOWN_PARAMETERS = ["sendUpdates", "sendNotifications", "alt", "prettyPrint"];
const TEXT_FIELDS = ["summary", "description", "location", "colorId", "transparency", "visibility"];
const FLAG_FIELDS = ["guestsCanModify", "guestsCanInviteOthers", "guestsCanSeeOtherGuests"];
const OBJECT_FIELDS = ["extendedProperties", "reminders"];
/** Output-only fields a client may send back unchanged; Google ignores them. */
const OUTPUT_FIELDS = [
  "kind",
  "etag",
  "htmlLink",
  "created",
  "updated",
  "creator",
  "organizer",
  "iCalUID",
  "sequence",
  "eventType",
];
const STATUSES = ["confirmed", "tentative", "cancelled"];
const RESPONSES = ["needsAction", "declined", "tentative", "accepted"];
const ATTENDEE_FIELDS = ["email", "displayName", "optional", "responseStatus", "comment"];

interface ErrorDetail {
  readonly domain?: string;
  readonly location?: string;
  readonly locationType?: string;
}

/** Every error answer made here, so that a failed step is told apart from a parsed body. */
const failures = new WeakSet<object>();

function calendarError(
  code: number,
  reason: string,
  message: string,
  detail: ErrorDetail = {},
): RestResponse {
  const { domain = "global", ...where } = detail;
  const response = json(code, {
    error: { errors: [{ domain, reason, message, ...where }], code, message },
  });
  failures.add(response);
  return response;
}

function isResponse(value: unknown): value is RestResponse {
  return typeof value === "object" && value !== null && failures.has(value);
}

const notFound = () => calendarError(404, "notFound", "Not Found");
const required = (message: string) => calendarError(400, "required", message);
const invalid = (message: string) => calendarError(400, "invalid", message);
const notEmulated = (what: string) => calendarError(400, "invalid", `not emulated: ${what}`);

interface CalendarCall {
  readonly request: RestRequest;
  readonly store: CalendarStore;
  /** The owner of the calendar in the path. */
  readonly calendar: string;
  readonly sendUpdates: string;
  readonly now: number;
  readonly timeZone: string;
}

function route(
  method: string,
  path: string,
  name: string,
  handle: (call: CalendarCall, match: RegExpMatchArray) => RestResponse,
): void {
  registerRoute({
    method,
    pattern: new RegExp(`${BASE}${path}$`),
    latencyKey: `Calendar.events.${name}`,
    handle: (request, match) => {
      const params = request.url.searchParams;
      for (const name of params.keys()) {
        if (!KNOWN_PARAMETERS.includes(name)) return notEmulated(`events parameter ${name}`);
      }
      const sendUpdates = sendUpdatesOf(params);
      if (typeof sendUpdates !== "string") return sendUpdates;
      const id = decodeURIComponent(match[1]!);
      const calendar = id === "primary" || id.toLowerCase() === request.user ? request.user : "";
      if (calendar === "") return notFound();
      const ws = request.exec.workspace;
      return handle(
        {
          request,
          store: ws.calendar,
          calendar,
          sendUpdates,
          now: ws.now(),
          timeZone: ws.script.timeZone,
        },
        match,
      );
    },
  });
}

/** sendUpdates, or the deprecated sendNotifications (true is "all"); "none" by default. */
function sendUpdatesOf(params: URLSearchParams): string | RestResponse {
  const value = params.get("sendUpdates");
  if (value !== null) {
    if (SEND_UPDATES.includes(value)) return value;
    return calendarError(
      400,
      "invalidParameter",
      `Invalid value '${value}'. Values must match the following regular expression: '(all|externalOnly|none)'`,
      { location: "sendUpdates", locationType: "parameter" },
    );
  }
  return params.get("sendNotifications") === "true" ? "all" : "none";
}

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseBody(text: string): Body | RestResponse {
  try {
    const parsed: unknown = text.trim() === "" ? {} : JSON.parse(text);
    if (isObject(parsed)) return parsed;
  } catch {
    // Answered below as Google's parse error.
  }
  return calendarError(400, "parseError", "Parse Error");
}

/** PATCH semantics: objects merge field by field, arrays and scalars replace, null clears. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (!isObject(patch) || !isObject(base)) return patch;
  const out: Body = { ...base };
  for (const [name, value] of Object.entries(patch)) {
    const merged = merge(base[name], value);
    if (merged === undefined) delete out[name];
    else out[name] = merged;
  }
  return out;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?$/i;

function offsetMinutes(ms: number, timeZone: string): number {
  const c = wallClock(ms, timeZone);
  const local = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** An instant as RFC 3339 in a zone, as Google writes dateTime: seconds, and Z or ±hh:mm. */
function rfc3339(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
  const stamp = local.toISOString().slice(0, 19);
  if (offset === 0) return `${stamp}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${stamp}${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** A local wall-clock time in a zone as an instant. */
function fromLocal(parts: number[], timeZone: string): number {
  const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = local - offsetMinutes(local, timeZone) * 60_000;
  guess = local - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

function eventTime(value: unknown, which: "start" | "end"): EventTime | RestResponse {
  if (value === undefined) return required(`Missing ${which} time.`);
  if (!isObject(value)) return invalid(`Invalid ${which} time.`);
  if (value.date !== undefined) return notEmulated(`all-day events (${which}.date)`);
  const timeZone = value.timeZone;
  if (timeZone !== undefined && (typeof timeZone !== "string" || !isTimeZone(timeZone))) {
    return invalid(`Invalid time zone definition for ${which} time.`);
  }
  if (value.dateTime === undefined) return required(`Missing ${which} time.`);
  const match = typeof value.dateTime === "string" ? RFC3339.exec(value.dateTime) : null;
  if (!match) return invalid(`Invalid ${which} time.`);
  const parts = match.slice(1, 7).map(Number);
  const millis = Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const zone = match[8];
  let ms: number;
  if (zone) {
    const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
    const sign = zone.toUpperCase() === "Z" ? 0 : zone.startsWith("-") ? -1 : 1;
    const offset = sign === 0 ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    ms = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  } else if (typeof timeZone === "string") {
    ms = fromLocal(parts, timeZone);
  } else {
    return required(`Missing time zone definition for ${which} time.`);
  }
  if (Number.isNaN(ms)) return invalid(`Invalid ${which} time.`);
  return typeof timeZone === "string" ? { ms: ms + millis, timeZone } : { ms: ms + millis };
}

function attendeesOf(
  value: unknown,
  previous: readonly EventAttendee[],
): EventAttendee[] | RestResponse {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return invalid("Invalid attendees.");
  const out: EventAttendee[] = [];
  for (const entry of value) {
    if (!isObject(entry)) return invalid("Invalid attendee email.");
    const unknown = Object.keys(entry).find((name) => !ATTENDEE_FIELDS.includes(name));
    if (unknown) return notEmulated(`attendee field ${unknown}`);
    if (entry.email === undefined || entry.email === "") {
      return required("Missing attendee email.");
    }
    const email = String(entry.email).trim().toLowerCase();
    if (!EMAIL.test(email)) return invalid("Invalid attendee email.");
    if (out.some((a) => a.email === email)) continue;
    const status = entry.responseStatus ?? previous.find((a) => a.email === email)?.responseStatus;
    if (status !== undefined && !RESPONSES.includes(String(status))) {
      return invalid("Invalid attendee response status.");
    }
    out.push({
      email,
      ...(entry.displayName === undefined ? {} : { displayName: String(entry.displayName) }),
      ...(entry.optional === true ? { optional: true } : {}),
      ...(entry.comment === undefined ? {} : { comment: String(entry.comment) }),
      responseStatus: (status ?? "needsAction") as EventAttendee["responseStatus"],
    });
  }
  return out;
}

interface Normalized {
  readonly status: StoredEvent["status"];
  readonly start: EventTime;
  readonly end: EventTime;
  readonly attendees: EventAttendee[];
  readonly fields: Body;
}

/** Checks an event body as Google does and splits it into what the store keeps. */
function normalize(body: Body, previous?: StoredEvent): Normalized | RestResponse {
  const fields: Body = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === "id" || name === "start" || name === "end" || name === "attendees") continue;
    if (name === "status" || OUTPUT_FIELDS.includes(name)) continue;
    if (TEXT_FIELDS.includes(name)) {
      if (typeof value === "object") return invalid(`Invalid value for ${name}.`);
      fields[name] = String(value);
    } else if (FLAG_FIELDS.includes(name)) {
      if (typeof value !== "boolean") return invalid(`Invalid value for ${name}.`);
      fields[name] = value;
    } else if (OBJECT_FIELDS.includes(name)) {
      if (!isObject(value)) return invalid(`Invalid value for ${name}.`);
      fields[name] = structuredClone(value);
    } else return notEmulated(`Event field ${name}`);
  }
  const extended = fields.extendedProperties;
  if (isObject(extended)) {
    for (const [scope, props] of Object.entries(extended)) {
      if (scope !== "private" && scope !== "shared") {
        return notEmulated(`extendedProperties.${scope}`);
      }
      if (!isObject(props)) return invalid("Invalid value for extendedProperties.");
      for (const [name, value] of Object.entries(props)) props[name] = String(value);
    }
  }
  const status = body.status ?? previous?.status ?? "confirmed";
  if (!STATUSES.includes(String(status))) return invalid("Invalid value for status.");
  const start = eventTime(body.start, "start");
  if (isResponse(start)) return start;
  const end = eventTime(body.end, "end");
  if (isResponse(end)) return end;
  if (end.ms < start.ms) {
    return calendarError(400, "timeRangeEmpty", "The specified time range is empty.", {
      domain: "calendar",
    });
  }
  const attendees = attendeesOf(body.attendees, previous?.attendees ?? []);
  if (isResponse(attendees)) return attendees;
  return { status: status as StoredEvent["status"], start, end, attendees, fields };
}

/** The event as a request body would give it, so that a patch can merge into it. */
function asBody(event: StoredEvent, timeZone: string): Body {
  const time = (t: EventTime) => ({
    dateTime: rfc3339(t.ms, t.timeZone ?? timeZone),
    ...(t.timeZone ? { timeZone: t.timeZone } : {}),
  });
  return {
    ...structuredClone(event.fields),
    status: event.status,
    start: time(event.start),
    end: time(event.end),
    ...(event.attendees.length > 0 ? { attendees: structuredClone(event.attendees) } : {}),
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The Event resource as the owner of `viewer`'s calendar sees it. */
function resource(event: StoredEvent, viewer: string, timeZone: string): Body {
  const self = (email: string) => (email === viewer ? { self: true } : {});
  const time = (t: EventTime) => ({
    dateTime: rfc3339(t.ms, t.timeZone ?? timeZone),
    ...(t.timeZone ? { timeZone: t.timeZone } : {}),
  });
  const { extendedProperties, reminders, ...text } = event.fields;
  const eid = Buffer.from(`${event.id} ${event.organizer}`).toString("base64url");
  return {
    kind: "calendar#event",
    etag: `"${event.updated}000"`,
    id: event.id,
    status: event.status,
    htmlLink: `https://www.google.com/calendar/event?eid=${eid}`,
    created: iso(event.created),
    updated: iso(event.updated),
    ...text,
    creator: { email: event.organizer, ...self(event.organizer) },
    organizer: { email: event.organizer, ...self(event.organizer) },
    start: time(event.start),
    end: time(event.end),
    iCalUID: `${event.id}@google.com`,
    sequence: event.sequence,
    ...(event.attendees.length > 0
      ? {
          attendees: event.attendees.map((a) => ({
            email: a.email,
            ...(a.displayName === undefined ? {} : { displayName: a.displayName }),
            ...(a.email === event.organizer ? { organizer: true } : {}),
            ...self(a.email),
            ...(a.optional ? { optional: true } : {}),
            responseStatus: a.responseStatus,
            ...(a.comment === undefined ? {} : { comment: a.comment }),
          })),
        }
      : {}),
    ...(extendedProperties === undefined ? {} : { extendedProperties }),
    reminders: reminders ?? { useDefault: true },
    eventType: "default",
  };
}

/** The guests Google emails for this sendUpdates: never the organizer. */
function recipients(emails: readonly string[], organizer: string, sendUpdates: string): string[] {
  if (sendUpdates === "none") return [];
  return emails.filter(
    (email) =>
      email !== organizer && (sendUpdates === "all" || domainOf(email) !== domainOf(organizer)),
  );
}

function notify(call: CalendarCall, event: StoredEvent, kinds: Map<string, NotificationKind>) {
  const to = recipients([...kinds.keys()], event.organizer, call.sendUpdates);
  for (const email of to) {
    call.store.notify({
      kind: kinds.get(email)!,
      eventId: event.id,
      organizer: event.organizer,
      to: email,
      summary: String(event.fields.summary ?? ""),
      start: iso(event.start.ms),
      at: call.now,
    });
  }
}

function emails(event: StoredEvent): string[] {
  return event.attendees.map((a) => a.email);
}

route("POST", "", "insert", (call) => {
  const body = parseBody(call.request.body);
  if (isResponse(body)) return body;
  let id: string;
  if (body.id === undefined) id = call.store.nextId(call.now);
  else {
    id = String(body.id);
    if (!ID.test(id)) return invalid("Invalid resource id value.");
    if (call.store.findOn(call.calendar, id)) {
      return calendarError(409, "duplicate", "The requested identifier already exists.");
    }
  }
  const event = normalize(body);
  if (isResponse(event)) return event;
  try {
    call.request.exec.workspace.quotas.spend(call.calendar, "calendarEventsCreated");
  } catch {
    return calendarError(403, "quotaExceeded", "Calendar usage limits exceeded.", {
      domain: "usageLimits",
    });
  }
  const stored: StoredEvent = {
    id,
    organizer: call.calendar,
    ...event,
    created: call.now,
    updated: call.now,
    sequence: 0,
  };
  call.store.add(stored);
  if (stored.status !== "cancelled") {
    notify(call, stored, new Map(emails(stored).map((email) => [email, "invitation"])));
  }
  return json(200, resource(stored, call.calendar, call.timeZone));
});

route("GET", EVENT, "get", (call, match) => {
  const event = call.store.findOn(call.calendar, decodeURIComponent(match[2]!));
  if (!event) return notFound();
  return json(200, resource(event, call.calendar, call.timeZone));
});

/** The event on the caller's own calendar as organizer, or the answer Google gives instead. */
function organized(call: CalendarCall, rawId: string, method: string): StoredEvent | RestResponse {
  const id = decodeURIComponent(rawId);
  const event = call.store.findOn(call.calendar, id);
  if (!event) return notFound();
  if (event.organizer !== call.calendar) {
    return notEmulated(`events.${method} of a guest's copy of an event`);
  }
  return event;
}

route("PATCH", EVENT, "patch", (call, match) => {
  const event = organized(call, match[2]!, "patch");
  if (isResponse(event)) return event;
  const body = parseBody(call.request.body);
  if (isResponse(body)) return body;
  if (body.id !== undefined && body.id !== event.id) {
    return invalid("Invalid resource id value.");
  }
  const merged = merge(asBody(event, call.timeZone), body) as Body;
  const next = normalize(merged, event);
  if (isResponse(next)) return next;
  const wasLive = event.status !== "cancelled";
  const before = new Set(emails(event));
  Object.assign(event, next, { updated: call.now, sequence: event.sequence + 1 });
  const kinds = new Map<string, NotificationKind>();
  if (event.status === "cancelled") {
    if (wasLive) for (const email of before) kinds.set(email, "cancellation");
  } else {
    for (const email of emails(event)) {
      kinds.set(email, wasLive && before.has(email) ? "update" : "invitation");
    }
    if (wasLive) {
      for (const email of before) if (!kinds.has(email)) kinds.set(email, "cancellation");
    }
  }
  notify(call, event, kinds);
  return json(200, resource(event, call.calendar, call.timeZone));
});

route("DELETE", EVENT, "delete", (call, match) => {
  const event = organized(call, match[2]!, "delete");
  if (isResponse(event)) return event;
  if (event.status === "cancelled")
    return calendarError(410, "deleted", "Resource has been deleted");
  event.status = "cancelled";
  event.updated = call.now;
  event.sequence += 1;
  notify(call, event, new Map(emails(event).map((email) => [email, "cancellation"])));
  return { status: 204, body: "" };
});
