/*
 * Gmail API users.drafts through callRest, as documented at
 * developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts (create, list, get,
 * update, delete) and .../gmail/api/guides/drafts: a draft holds a raw RFC 5322 message.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { Workspace } from "..";
import { rest } from "../rest/client";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

const DRAFTS = "https://gmail.googleapis.com/gmail/v1/users/me/drafts";

const SUBJECT = "Conférence de María — 12 novembre";
const MESSAGE = [
  `To: "Pat Parent" <${OUTSIDER}>`,
  `From: ${TEACHER}`,
  `Subject: =?UTF-8?B?${Buffer.from(SUBJECT).toString("base64")}?=`,
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="UTF-8"',
  "Content-Transfer-Encoding: 8bit",
  "",
  "Bonjour, María a préparé sa conférence.  Merci !",
  "",
].join("\r\n");

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

function create(ws: Workspace, user: string, text = MESSAGE) {
  return rest(ws, user, "POST", DRAFTS, { message: { raw: base64url(text) } });
}

describe("users.drafts.create and get", () => {
  it("round-trips a UTF-8 message byte for byte in format=raw", () => {
    const ws = schoolWorkspace("drive");
    const created = create(ws, TEACHER);
    expect(created.status).toBe(200);
    const draft = created.json();
    expect(draft).toEqual({
      id: draft.id,
      message: { id: draft.message.id, threadId: draft.message.id, labelIds: ["DRAFT"] },
    });
    const got = rest(ws, TEACHER, "GET", `${DRAFTS}/${draft.id}?format=raw`).json();
    expect(Buffer.from(got.message.raw, "base64url").toString("utf8")).toBe(MESSAGE);
    expect(ws.gmail.draftsOf(TEACHER)).toEqual([{ id: draft.id, raw: MESSAGE }]);
  });

  it("decodes encoded-word headers in format=metadata and full, and builds the snippet", () => {
    const ws = schoolWorkspace("drive");
    const { id } = create(ws, TEACHER).json();
    const metadata = rest(
      ws,
      TEACHER,
      "GET",
      `${DRAFTS}/${id}?format=metadata&metadataHeaders=Subject`,
    ).json();
    expect(metadata.message.payload.headers).toEqual([{ name: "Subject", value: SUBJECT }]);
    expect(metadata.message.snippet).toBe("Bonjour, María a préparé sa conférence. Merci !");
    const full = rest(ws, TEACHER, "GET", `${DRAFTS}/${id}`).json();
    expect(full.message.labelIds).toEqual(["DRAFT"]);
    expect(full.message.payload.mimeType).toBe("text/plain");
    expect(Buffer.from(full.message.payload.body.data, "base64url").toString("utf8")).toContain(
      "María",
    );
    const minimal = rest(ws, TEACHER, "GET", `${DRAFTS}/${id}?format=minimal`).json();
    expect(minimal.message.payload).toBeUndefined();
  });

  it("format=full gives a multipart message's parts with partIds, decoding Q-encoded words and quoted-printable", () => {
    const ws = schoolWorkspace("drive");
    const multipart = [
      `To: ${OUTSIDER}`,
      "Subject: =?UTF-8?Q?Caf=C3=A9_time?=",
      'Content-Type: multipart/alternative; boundary="XX"',
      "",
      "--XX",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Caf=C3=A9 au =",
      "lait",
      "--XX",
      "Content-Type: text/html; charset=UTF-8",
      "",
      "<p>Café au lait</p>",
      "--XX--",
      "",
    ].join("\r\n");
    const { id } = create(ws, TEACHER, multipart).json();
    const { message } = rest(ws, TEACHER, "GET", `${DRAFTS}/${id}?format=full`).json();
    expect(message.snippet).toBe("Café au lait");
    expect(message.payload.headers).toContainEqual({ name: "Subject", value: "Café time" });
    expect(
      message.payload.parts.map((p: { partId: string; mimeType: string }) => [
        p.partId,
        p.mimeType,
      ]),
    ).toEqual([
      ["0", "text/plain"],
      ["1", "text/html"],
    ]);
    expect(Buffer.from(message.payload.parts[0].body.data, "base64url").toString("utf8")).toBe(
      "Café au lait",
    );
  });

  it("answers 400 with Google's message when 'raw' is missing", () => {
    const ws = schoolWorkspace("drive");
    const reply = rest(ws, TEACHER, "POST", DRAFTS, { message: {} });
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toBe(
      "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
    );
    expect(ws.gmail.draftsOf(TEACHER)).toEqual([]);
  });

  it("accepts a draft with no recipients: drafts need no To, Cc or Bcc", () => {
    const ws = schoolWorkspace("drive");
    expect(create(ws, TEACHER, "Subject: notes\r\n\r\nto self\r\n").status).toBe(200);
  });

  it("mailparser reads a stored draft's UTF-8 subject, To address and body", async () => {
    const ws = schoolWorkspace("drive");
    create(ws, TEACHER);
    const parsed = await simpleParser(ws.gmail.draftsOf(TEACHER)[0]!.raw);
    expect(parsed.subject).toBe(SUBJECT);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]?.address).toBe(OUTSIDER);
    expect(parsed.text?.trim()).toBe("Bonjour, María a préparé sa conférence.  Merci !");
  });
});

describe("users.drafts.list, update and delete", () => {
  it("lists newest first with maxResults and pageToken, and resultSizeEstimate", () => {
    const ws = schoolWorkspace("drive");
    const ids = [1, 2, 3].map(
      (n) => create(ws, TEACHER, `Subject: ${n}\r\n\r\nbody ${n}\r\n`).json().id,
    );
    const first = rest(ws, TEACHER, "GET", `${DRAFTS}?maxResults=2`).json();
    expect(first.drafts.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    expect(first.resultSizeEstimate).toBe(3);
    const second = rest(
      ws,
      TEACHER,
      "GET",
      `${DRAFTS}?maxResults=2&pageToken=${first.nextPageToken}`,
    ).json();
    expect(second.drafts.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect(second.nextPageToken).toBeUndefined();
  });

  it("update replaces the message (new message id, same draft id); delete answers 204 then 404", () => {
    const ws = schoolWorkspace("drive");
    const draft = create(ws, TEACHER).json();
    const updated = rest(ws, TEACHER, "PUT", `${DRAFTS}/${draft.id}`, {
      message: { raw: base64url("Subject: v2\r\n\r\nsecond\r\n") },
    }).json();
    expect(updated.id).toBe(draft.id);
    expect(updated.message.id).not.toBe(draft.message.id);
    expect(ws.gmail.draftsOf(TEACHER)[0]!.raw).toBe("Subject: v2\r\n\r\nsecond\r\n");
    expect(rest(ws, TEACHER, "DELETE", `${DRAFTS}/${draft.id}`).status).toBe(204);
    const gone = rest(ws, TEACHER, "GET", `${DRAFTS}/${draft.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json().error.message).toBe("Requested entity was not found.");
  });

  it("keeps each user's drafts to themselves", () => {
    const ws = schoolWorkspace("drive");
    const { id } = create(ws, TEACHER).json();
    expect(rest(ws, OWNER, "GET", `${DRAFTS}/${id}`).status).toBe(404);
    expect(rest(ws, OWNER, "GET", DRAFTS).json()).toEqual({ resultSizeEstimate: 0 });
    const other = `https://gmail.googleapis.com/gmail/v1/users/${TEACHER}/drafts`;
    expect(rest(ws, OWNER, "GET", other).status).toBe(403);
    expect(ws.gmail.users()).toEqual([TEACHER]);
  });

  it("saves and loads drafts with the Workspace", () => {
    const ws = schoolWorkspace("drive");
    const { id } = create(ws, TEACHER).json();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gmail-"));
    ws.save(dir);
    const loaded = new Workspace({ bundleDir: ws.bundleDir });
    loaded.load(dir);
    expect(loaded.gmail.draftsOf(TEACHER)).toEqual([{ id, raw: MESSAGE }]);
    const next = loaded.gmail.create(TEACHER, Buffer.from("Subject: x\r\n\r\n"), 0);
    expect(next.id).not.toBe(id);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
