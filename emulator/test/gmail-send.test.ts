/*
 * Gmail API users.messages.send, as documented at
 * developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send: a raw
 * RFC 5322 message is sent, kept in the sender's sent mail and answered as {id, threadId,
 * labelIds}. Each To, Cc and Bcc address spends one of the daily email recipients.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, Workspace } from "..";
import { rest } from "../rest/client";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const SEND = "https://gmail.googleapis.com/gmail/v1/users/me/messages/send";
const DRAFTS = "https://gmail.googleapis.com/gmail/v1/users/me/drafts";

function message(headers: string[]): string {
  return [
    ...headers,
    "Subject: Conference confirmed",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Your conference is on Monday at 3:00 pm.",
    "",
  ].join("\r\n");
}

const ONE = message([`From: ${OWNER}`, `To: "Pat Parent" <${OUTSIDER}>`]);

function send(ws: Workspace, user: string, raw: string) {
  return rest(ws, user, "POST", SEND, { raw: Buffer.from(raw).toString("base64url") });
}

describe("users.messages.send", () => {
  it("keeps the message in the sender's sent mail and answers {id, threadId, labelIds: [SENT]}", () => {
    const ws = schoolWorkspace("scheduling");
    const reply = send(ws, OWNER, ONE);
    expect(reply.status).toBe(200);
    const sent = reply.json();
    expect(sent).toEqual({ id: sent.id, threadId: sent.id, labelIds: ["SENT"] });
    expect(sent.id).toMatch(/^[0-9a-f]{16}$/);
    expect(ws.gmail.sentOf(OWNER)).toEqual([{ id: sent.id, raw: ONE }]);
    expect(ws.gmail.sentOf(TEACHER)).toEqual([]);
    expect(ws.gmail.draftsOf(OWNER)).toEqual([]);
  });

  it("spends one email recipient per To, Cc and Bcc address, as drafts do not", () => {
    const ws = schoolWorkspace("scheduling");
    rest(ws, OWNER, "POST", DRAFTS, { message: { raw: Buffer.from(ONE).toString("base64url") } });
    expect(ws.quotas.usedBy(OWNER, "emailRecipients")).toBe(0);
    const many = message([
      `To: "López, Pat" <${OUTSIDER}>, second@gmail.test`,
      `Cc: ${TEACHER}`,
      "Bcc: Family group: third@gmail.test, fourth@gmail.test;",
    ]);
    expect(send(ws, OWNER, many).status).toBe(200);
    expect(ws.quotas.usedBy(OWNER, "emailRecipients")).toBe(5);
  });

  it("answers 429 and sends nothing when the recipients would pass the daily quota", () => {
    const ws = schoolWorkspace("scheduling");
    ws.quotas.setLimit("emailRecipients", 2);
    expect(send(ws, OWNER, ONE).status).toBe(200);
    const two = message([`To: ${OUTSIDER}, ${TEACHER}`]);
    const over = send(ws, OWNER, two);
    expect(over.status).toBe(429);
    expect(over.json().error.message).toMatch(/^User-rate limit exceeded\. {2}Retry after /);
    expect(ws.gmail.sentOf(OWNER)).toHaveLength(1);
    expect(ws.quotas.usedBy(OWNER, "emailRecipients")).toBe(1);
  });

  it("refuses a message without recipients, an invalid address, and a missing raw", () => {
    const ws = schoolWorkspace("scheduling");
    expect(send(ws, OWNER, message([`From: ${OWNER}`])).json().error.message).toBe(
      "Recipient address required",
    );
    expect(send(ws, OWNER, message(["To: not an address"])).json().error).toMatchObject({
      code: 400,
      message: "Invalid To header",
    });
    expect(rest(ws, OWNER, "POST", SEND, {}).json().error.message).toBe(
      "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
    );
    expect(ws.gmail.sentOf(OWNER)).toEqual([]);
  });

  it("is counted as Gmail.users.messages.send through UrlFetchApp", () => {
    const ws = schoolWorkspace("scheduling");
    const result = run(ws, { fn: "sendMail", args: [ONE], as: OWNER });
    expect((result.value as { code: number }).code).toBe(200);
    expect(result.report.counts["Gmail.users.messages.send"]).toBe(1);
    expect(ws.gmail.sentOf(OWNER).map((m) => m.raw)).toEqual([ONE]);
  });

  it("saves and loads sent mail with the Workspace", () => {
    const ws = schoolWorkspace("scheduling");
    send(ws, OWNER, ONE);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gmail-sent-"));
    ws.save(dir);
    const loaded = new Workspace({ bundleDir: ws.bundleDir });
    loaded.load(dir);
    expect(loaded.gmail.sentOf(OWNER)).toEqual(ws.gmail.sentOf(OWNER));
  });
});
