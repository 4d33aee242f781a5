/*
 * Google Calendar API v3 events through callRest and UrlFetchApp, as documented at
 * developers.google.com/workspace/calendar/api/v3/reference/events (insert, get, patch, delete,
 * the Event resource's id rules, sendUpdates) and .../calendar/api/guides/errors (error bodies).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, Workspace } from "..";
import { rest } from "../rest/client";
import { fixture, OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const EVENTS = "https://www.googleapis.com/calendar/v3/calendars/primary/events";
const ID = "conf2026s0001";

function conference(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    summary: "Conference: María López",
    description: "Student-led conference",
    location: "Room 12",
    start: { dateTime: "2026-11-23T15:00:00-05:00", timeZone: "America/New_York" },
    end: { dateTime: "2026-11-23T15:20:00-05:00", timeZone: "America/New_York" },
    attendees: [
      { email: TEACHER, displayName: "Tomás Teacher" },
      { email: OUTSIDER, displayName: "Pat Parent" },
    ],
    extendedProperties: { private: { slot: "s1", student: "42" } },
    guestsCanModify: false,
    ...overrides,
  };
}

function insert(ws: Workspace, body: unknown = conference(), query = "?sendUpdates=all") {
  return rest(ws, OWNER, "POST", `${EVENTS}${query}`, body);
}

function errorOf(reply: { json: () => { error: { code: number; message: string } } }) {
  const { error } = reply.json();
  return { code: error.code, message: error.message };
}

describe("events.insert", () => {
  it("stores the event on the organizer's calendar and answers the Event resource", () => {
    const ws = schoolWorkspace("scheduling");
    const reply = insert(ws);
    expect(reply.status).toBe(200);
    const event = reply.json();
    expect(event).toMatchObject({
      kind: "calendar#event",
      id: ID,
      status: "confirmed",
      summary: "Conference: María López",
      location: "Room 12",
      creator: { email: OWNER, self: true },
      organizer: { email: OWNER, self: true },
      start: { dateTime: "2026-11-23T15:00:00-05:00", timeZone: "America/New_York" },
      end: { dateTime: "2026-11-23T15:20:00-05:00", timeZone: "America/New_York" },
      iCalUID: `${ID}@google.com`,
      sequence: 0,
      extendedProperties: { private: { slot: "s1", student: "42" } },
      guestsCanModify: false,
    });
    expect(event.attendees).toEqual([
      { email: TEACHER, displayName: "Tomás Teacher", responseStatus: "needsAction" },
      { email: OUTSIDER, displayName: "Pat Parent", responseStatus: "needsAction" },
    ]);
    expect(event.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
    expect(ws.calendar.eventsOn(OWNER).map((e) => e.id)).toEqual([ID]);
    expect(ws.calendar.eventsOn(OUTSIDER).map((e) => e.id)).toEqual([ID]);
  });

  it("makes a base32hex ID when the client gives none", () => {
    const ws = schoolWorkspace("scheduling");
    const { id } = insert(ws, conference({ id: undefined })).json();
    expect(id).toMatch(/^[a-v0-9]{26}$/);
  });

  it.each([
    ["upper case", "CONF2026S0001"],
    ["letters past v", "wxyz12345"],
    ["too short", "ab12"],
    ["too long", "a".repeat(1025)],
    ["a hyphen", "conf-2026"],
  ])("refuses a client ID with %s: 400 Invalid resource id value.", (_, id) => {
    const ws = schoolWorkspace("scheduling");
    const reply = insert(ws, conference({ id }));
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({
      error: {
        errors: [{ domain: "global", reason: "invalid", message: "Invalid resource id value." }],
        code: 400,
        message: "Invalid resource id value.",
      },
    });
    expect(ws.calendar.all()).toEqual([]);
  });

  it("accepts IDs of 5 and 1024 characters", () => {
    const ws = schoolWorkspace("scheduling");
    expect(insert(ws, conference({ id: "a0b1c" })).status).toBe(200);
    expect(insert(ws, conference({ id: "v".repeat(1024) })).status).toBe(200);
  });

  it("answers 409 for an ID that already exists, even after the event was deleted, and sends nothing twice", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws);
    const again = insert(ws);
    expect(again.status).toBe(409);
    expect(again.json().error.errors[0]).toEqual({
      domain: "global",
      reason: "duplicate",
      message: "The requested identifier already exists.",
    });
    rest(ws, OWNER, "DELETE", `${EVENTS}/${ID}`);
    expect(errorOf(insert(ws))).toEqual({
      code: 409,
      message: "The requested identifier already exists.",
    });
    expect(ws.calendar.notifications.filter((n) => n.kind === "invitation")).toHaveLength(2);
  });

  it("checks times: missing end, a zone-less dateTime without timeZone, an end before the start", () => {
    const ws = schoolWorkspace("scheduling");
    expect(errorOf(insert(ws, conference({ end: undefined })))).toEqual({
      code: 400,
      message: "Missing end time.",
    });
    expect(errorOf(insert(ws, conference({ start: { dateTime: "2026-11-23T15:00:00" } })))).toEqual(
      { code: 400, message: "Missing time zone definition for start time." },
    );
    const backwards = insert(ws, conference({ end: { dateTime: "2026-11-23T19:00:00Z" } }));
    expect(backwards.json().error.errors[0]).toEqual({
      domain: "calendar",
      reason: "timeRangeEmpty",
      message: "The specified time range is empty.",
    });
    expect(ws.calendar.all()).toEqual([]);
  });

  it("reads a zone-less dateTime in the given timeZone, and writes a UTC start in the calendar's zone", () => {
    const ws = schoolWorkspace("scheduling");
    const local = insert(
      ws,
      conference({
        start: { dateTime: "2026-11-23T15:00:00", timeZone: "America/Chicago" },
        end: { dateTime: "2026-11-23T16:00:00", timeZone: "America/Chicago" },
      }),
    ).json();
    expect(local.start).toEqual({
      dateTime: "2026-11-23T15:00:00-06:00",
      timeZone: "America/Chicago",
    });
    const utc = insert(
      ws,
      conference({
        id: "conf2026s0002",
        start: { dateTime: "2026-07-01T14:00:00Z" },
        end: { dateTime: "2026-07-01T14:30:00.000Z" },
      }),
    ).json();
    expect(utc.start).toEqual({ dateTime: "2026-07-01T10:00:00-04:00" });
  });

  it("refuses another user's calendar with Google's 404 body", () => {
    const ws = schoolWorkspace("scheduling");
    const url = `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(TEACHER)}/events`;
    const reply = rest(ws, OWNER, "POST", url, conference());
    expect(reply.status).toBe(404);
    expect(reply.json()).toEqual({
      error: {
        errors: [{ domain: "global", reason: "notFound", message: "Not Found" }],
        code: 404,
        message: "Not Found",
      },
    });
    const own = `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(OWNER)}/events`;
    expect(rest(ws, OWNER, "POST", own, conference()).status).toBe(200);
  });

  it("says 'not emulated' for a field it does not model", () => {
    const ws = schoolWorkspace("scheduling");
    const reply = insert(ws, conference({ recurrence: ["RRULE:FREQ=DAILY;COUNT=2"] }));
    expect(errorOf(reply)).toEqual({ code: 400, message: "not emulated: Event field recurrence" });
  });
});

describe("sendUpdates", () => {
  it("all: emails every guest but the organizer an invitation", () => {
    const ws = schoolWorkspace("scheduling");
    insert(
      ws,
      conference({ attendees: [{ email: OWNER }, { email: TEACHER }, { email: OUTSIDER }] }),
    );
    expect(ws.calendar.notifications.map((n) => [n.kind, n.to, n.eventId])).toEqual([
      ["invitation", TEACHER, ID],
      ["invitation", OUTSIDER, ID],
    ]);
    expect(ws.calendar.notifications[0]).toMatchObject({
      organizer: OWNER,
      summary: "Conference: María López",
      start: "2026-11-23T20:00:00.000Z",
    });
  });

  it("externalOnly: emails only guests outside the organizer's domain; none and the default email nobody", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws, conference(), "?sendUpdates=externalOnly");
    expect(ws.calendar.notifications.map((n) => n.to)).toEqual([OUTSIDER]);
    insert(ws, conference({ id: "conf2026s0002" }), "?sendUpdates=none");
    insert(ws, conference({ id: "conf2026s0003" }), "");
    expect(ws.calendar.notifications).toHaveLength(1);
  });

  it("refuses an unknown value with Google's parameter error", () => {
    const ws = schoolWorkspace("scheduling");
    const reply = insert(ws, conference(), "?sendUpdates=everyone");
    expect(reply.status).toBe(400);
    expect(reply.json().error.errors[0]).toMatchObject({
      reason: "invalidParameter",
      location: "sendUpdates",
    });
    expect(ws.calendar.all()).toEqual([]);
  });
});

describe("events.get, patch and delete", () => {
  it("get answers the event to its organizer and to a guest (on the guest's own calendar), 404 otherwise", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws);
    expect(rest(ws, OWNER, "GET", `${EVENTS}/${ID}`).json().summary).toBe(
      "Conference: María López",
    );
    const guest = rest(ws, TEACHER, "GET", `${EVENTS}/${ID}`).json();
    expect(guest.organizer).toEqual({ email: OWNER });
    expect(guest.attendees[0]).toMatchObject({ email: TEACHER, self: true });
    expect(rest(ws, OWNER, "GET", `${EVENTS}/nosuchevent1`).status).toBe(404);
  });

  it("patch merges top-level fields, replaces attendees as a whole, and emails updates, invitations and cancellations", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws, conference(), "");
    const reply = rest(ws, OWNER, "PATCH", `${EVENTS}/${ID}?sendUpdates=all`, {
      location: "Library",
      start: { dateTime: "2026-11-23T16:00:00-05:00" },
      end: { dateTime: "2026-11-23T16:20:00-05:00" },
      attendees: [{ email: OUTSIDER }, { email: "grandparent@gmail.test" }],
      extendedProperties: { private: { slot: "s2" } },
    });
    expect(reply.status).toBe(200);
    const event = reply.json();
    expect(event).toMatchObject({
      summary: "Conference: María López",
      location: "Library",
      start: { dateTime: "2026-11-23T16:00:00-05:00", timeZone: "America/New_York" },
      sequence: 1,
      extendedProperties: { private: { slot: "s2", student: "42" } },
    });
    expect(event.attendees.map((a: { email: string }) => a.email)).toEqual([
      OUTSIDER,
      "grandparent@gmail.test",
    ]);
    expect(ws.calendar.notifications.map((n) => [n.kind, n.to])).toEqual([
      ["update", OUTSIDER],
      ["invitation", "grandparent@gmail.test"],
      ["cancellation", TEACHER],
    ]);
    expect(ws.calendar.eventsOn(TEACHER)).toEqual([]);
  });

  it("patch checks the merged event like insert does", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws);
    const reply = rest(ws, OWNER, "PATCH", `${EVENTS}/${ID}`, {
      end: { dateTime: "2026-11-23T10:00:00-05:00" },
    });
    expect(errorOf(reply).message).toBe("The specified time range is empty.");
    expect(ws.calendar.find(OWNER, ID)?.sequence).toBe(0);
  });

  it("delete answers 204 and keeps the event cancelled; a second delete answers 410", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws, conference(), "");
    const deleted = rest(ws, OWNER, "DELETE", `${EVENTS}/${ID}?sendUpdates=externalOnly`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe("");
    expect(rest(ws, OWNER, "GET", `${EVENTS}/${ID}`).json().status).toBe("cancelled");
    expect(ws.calendar.eventsOn(OWNER)).toEqual([]);
    expect(ws.calendar.eventsOn(OWNER, { includeCancelled: true }).map((e) => e.id)).toEqual([ID]);
    expect(ws.calendar.notifications.map((n) => [n.kind, n.to])).toEqual([
      ["cancellation", OUTSIDER],
    ]);
    const again = rest(ws, OWNER, "DELETE", `${EVENTS}/${ID}`);
    expect(again.status).toBe(410);
    expect(again.json().error.errors[0]).toEqual({
      domain: "global",
      reason: "deleted",
      message: "Resource has been deleted",
    });
  });

  it("a guest cannot patch or delete the organizer's event through their own calendar", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws);
    const reply = rest(ws, TEACHER, "DELETE", `${EVENTS}/${ID}`);
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toMatch(/^not emulated: /);
    expect(ws.calendar.find(OWNER, ID)?.status).toBe("confirmed");
  });
});

describe("Calendar through UrlFetchApp", () => {
  it("counts Calendar.events.insert and charges its modelled latency once (not also as a fetch)", () => {
    const ws = schoolWorkspace("scheduling");
    const result = run(ws, {
      fn: "calendar",
      args: ["post", "primary/events?sendUpdates=all", conference()],
      as: OWNER,
    });
    expect((result.value as { code: number }).code).toBe(200);
    expect(result.report.counts["Calendar.events.insert"]).toBe(1);
    expect(result.report.modelledMs).toBeGreaterThanOrEqual(500);
    expect(result.report.modelledMs).toBeLessThan(590 + 500);
    const get = run(ws, { fn: "calendar", args: ["get", `primary/events/${ID}`], as: OWNER });
    expect(get.report.counts["Calendar.events.get"]).toBe(1);
  });

  it("spends the calendar-events quota on insert and answers Calendar's 403 usage-limit error past it", () => {
    const ws = schoolWorkspace("scheduling");
    ws.quotas.setLimit("calendarEventsCreated", 1);
    expect(insert(ws).status).toBe(200);
    const over = insert(ws, conference({ id: "conf2026s0002" }));
    expect(over.status).toBe(403);
    expect(over.json().error.errors[0]).toEqual({
      domain: "usageLimits",
      reason: "quotaExceeded",
      message: "Calendar usage limits exceeded.",
    });
  });

  it("persists events and notifications through save and load", () => {
    const ws = schoolWorkspace("scheduling");
    insert(ws);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "confer-calendar-"));
    ws.save(dir);
    const loaded = new Workspace({ bundleDir: fixture("scheduling") });
    loaded.load(dir);
    expect(loaded.calendar.eventsOn(OUTSIDER)).toEqual(ws.calendar.eventsOn(OUTSIDER));
    expect(loaded.calendar.notifications).toEqual(ws.calendar.notifications);
  });
});
