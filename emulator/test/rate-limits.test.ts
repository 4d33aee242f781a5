/*
 * Google's per-minute limits on its REST APIs, per user, on a sliding window of the modelled
 * clock: the Docs API's 60 writes and 300 reads, Drive's rate-limit 403, Gmail's quota units and
 * Calendar's 600 requests (each rule's source is in emulator/core/rate-limits.ts).
 */
import { DocumentContent, RATE_RULES } from "..";
import { MIME } from "../drive/store";
import { rest } from "../rest/client";
import { OWNER, schoolWorkspace, TEACHER } from "./harness";

function docOf(ws: ReturnType<typeof schoolWorkspace>) {
  return ws.drive.create({
    name: "D",
    mimeType: MIME.document,
    owner: OWNER,
    content: DocumentContent.create(),
  }).id;
}

const write = (ws: ReturnType<typeof schoolWorkspace>, user: string, id: string) =>
  rest(ws, user, "POST", `https://docs.googleapis.com/v1/documents/${id}:batchUpdate`, {
    requests: [],
  });

describe("per-minute limits", () => {
  it("lists each rule with its figure and its public source", () => {
    expect(RATE_RULES.map((r) => [r.name, r.limit])).toEqual([
      ["Docs API write requests", 60],
      ["Docs API read requests", 300],
      ["Drive API queries", 12_000],
      ["Gmail API quota units", 15_000],
      ["Calendar API requests", 600],
      ["Classroom API queries", 1_200],
      ["Calendar writes to one calendar", 30],
    ]);
    expect(RATE_RULES.every((r) => /^developers\.google\.com\//.test(r.source))).toBe(true);
    expect(RATE_RULES.find((r) => r.per === "calendar")?.source).toMatch(/unconfirmed/);
  });

  it("answers the 61st Docs write of a minute 429, per user, and frees the window a minute later", () => {
    const ws = schoolWorkspace("docs");
    const id = docOf(ws);
    ws.drive.share(ws.drive.get(id)!, TEACHER, "editor");
    for (let i = 0; i < 60; i++) expect(write(ws, OWNER, id).status).toBe(200);
    const refused = write(ws, OWNER, id);
    expect(refused.status).toBe(429);
    expect(refused.json().error.message).toMatch(/Write requests per minute per user/);
    expect(write(ws, TEACHER, id).status).toBe(200);
    ws.triggers.advanceTo(ws.now() + 60_001);
    expect(write(ws, OWNER, id).status).toBe(200);
  });

  it("answers the 301st Docs read of a minute 429", () => {
    const ws = schoolWorkspace("docs");
    const id = docOf(ws);
    const read = () => rest(ws, OWNER, "GET", `https://docs.googleapis.com/v1/documents/${id}`);
    for (let i = 0; i < 300; i++) read();
    expect(read().status).toBe(429);
  });

  it("answers Drive past its limit 403 userRateLimitExceeded", () => {
    const ws = schoolWorkspace("docs");
    ws.rates.setLimit("Drive API queries", 3);
    const list = () => rest(ws, OWNER, "GET", "https://www.googleapis.com/drive/v3/files");
    for (let i = 0; i < 3; i++) expect(list().status).toBe(200);
    const refused = list();
    expect(refused.status).toBe(403);
    expect(refused.json().error.errors[0].reason).toBe("userRateLimitExceeded");
  });

  it("spends Gmail quota units per method: 1,500 drafts.create a minute, then 429", () => {
    const ws = schoolWorkspace("docs");
    const raw = Buffer.from("To: a@b.test\r\nSubject: x\r\n\r\nhi").toString("base64url");
    const draft = () =>
      rest(ws, OWNER, "POST", "https://gmail.googleapis.com/gmail/v1/users/me/drafts", {
        message: { raw },
      });
    for (let i = 0; i < 1500; i++) draft();
    expect(draft().status).toBe(429);
  });

  it("answers quick writes to one calendar 403 rateLimitExceeded, per calendar, for a window of 10 s", () => {
    const ws = schoolWorkspace("docs");
    ws.rates.setLimit("Calendar writes to one calendar", 3);
    const start = new Date(ws.now() + 86_400_000).toISOString();
    const end = new Date(ws.now() + 86_400_000 + 900_000).toISOString();
    const insert = (user: string) =>
      rest(ws, user, "POST", "https://www.googleapis.com/calendar/v3/calendars/primary/events", {
        summary: "Conference",
        start: { dateTime: start },
        end: { dateTime: end },
      });
    for (let i = 0; i < 3; i++) expect(insert(OWNER).status).toBe(200);
    const refused = insert(OWNER);
    expect(refused.status).toBe(403);
    expect(refused.json().error.errors[0]).toMatchObject({
      domain: "usageLimits",
      reason: "rateLimitExceeded",
    });
    expect(insert(TEACHER).status).toBe(200);
    ws.triggers.advanceTo(ws.now() + 10_001);
    expect(insert(OWNER).status).toBe(200);
  });
});
