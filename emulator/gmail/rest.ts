/*
 * Gmail API v1 users.drafts: create, list, get (full, metadata, raw, minimal), update and
 * delete, on each user's own mailbox ("me"). Drafts never send.
 * Reference: developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts
 */
import { json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import { decodeWords, headerValue, type Part, parsePart, snippetOf } from "./mime";
import type { GmailStore, StoredDraft } from "./store";

const BASE = String.raw`^(?:gmail|www)\.googleapis\.com\/gmail\/v1\/users\/([^/]+)\/drafts`;
const STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
};
const REASON: Record<number, string> = {
  400: "invalidArgument",
  403: "forbidden",
  404: "notFound",
};
const RAW_REQUIRED =
  "'raw' RFC822 payload message string or uploading message via /upload/* URL required";

function gmailError(code: number, message: string): RestResponse {
  return json(code, {
    error: {
      code,
      message,
      errors: [{ message, domain: "global", reason: REASON[code] }],
      status: STATUS[code],
    },
  });
}

const notFound = () => gmailError(404, "Requested entity was not found.");

interface GmailCall {
  readonly request: RestRequest;
  readonly store: GmailStore;
  readonly user: string;
}

function route(
  method: string,
  path: string,
  latencyKey: string,
  handle: (call: GmailCall, match: RegExpMatchArray) => RestResponse,
): void {
  registerRoute({
    method,
    pattern: new RegExp(`${BASE}${path}$`),
    latencyKey,
    handle: (request, match) => {
      const userId = decodeURIComponent(match[1]!);
      if (userId !== "me" && userId.toLowerCase() !== request.user) {
        return gmailError(403, `Delegation denied for ${userId}`);
      }
      return handle({ request, store: request.exec.workspace.gmail, user: request.user }, match);
    },
  });
}

/** The message bytes of a Draft request body, or the error Gmail answers with. */
function messageOf(body: string): Buffer | RestResponse {
  let parsed: { message?: { raw?: unknown } };
  try {
    parsed = body.trim() === "" ? {} : JSON.parse(body);
  } catch {
    return gmailError(400, "Invalid JSON payload received.");
  }
  const raw = parsed?.message?.raw;
  if (typeof raw !== "string" || raw === "") return gmailError(400, RAW_REQUIRED);
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(raw)) {
    return gmailError(
      400,
      `Invalid value at 'draft.message.raw' (TYPE_BYTES), Base64 decoding failed for "${raw.slice(0, 40)}"`,
    );
  }
  return Buffer.from(raw.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

function base64url(bytes: Buffer): string {
  return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

function decodedHeaders(part: Part) {
  return part.headers.map((h) => ({ name: h.name, value: decodeWords(h.value) }));
}

function payloadOf(part: Part, partId: string): Record<string, unknown> {
  const filename = /filename="?([^";]+)/i.exec(
    headerValue(part.headers, "Content-Disposition") ?? "",
  );
  return {
    partId,
    mimeType: part.mimeType,
    filename: filename ? decodeWords(filename[1]!) : "",
    headers: decodedHeaders(part),
    body:
      part.parts.length > 0 ? { size: 0 } : { size: part.body.length, data: base64url(part.body) },
    ...(part.parts.length > 0
      ? {
          parts: part.parts.map((child, i) =>
            payloadOf(child, partId === "" ? String(i) : `${partId}.${i}`),
          ),
        }
      : {}),
  };
}

function messageResource(draft: StoredDraft, format: string, metadataHeaders: string[]) {
  const bytes = Buffer.from(draft.raw, "base64");
  const part = parsePart(bytes.toString("utf8"));
  const minimal = {
    id: draft.messageId,
    threadId: draft.threadId,
    labelIds: ["DRAFT"],
    snippet: snippetOf(part),
    sizeEstimate: bytes.length,
    historyId: String(Math.floor(draft.internalDate / 1000)),
    internalDate: String(draft.internalDate),
  };
  if (format === "minimal") return minimal;
  if (format === "raw") return { ...minimal, raw: base64url(bytes) };
  if (format === "metadata") {
    const wanted = metadataHeaders.map((name) => name.toLowerCase());
    const headers = decodedHeaders(part).filter(
      (h) => wanted.length === 0 || wanted.includes(h.name.toLowerCase()),
    );
    return { ...minimal, payload: { mimeType: part.mimeType, headers } };
  }
  return { ...minimal, payload: payloadOf(part, "") };
}

function draftRef(draft: StoredDraft) {
  return {
    id: draft.id,
    message: { id: draft.messageId, threadId: draft.threadId, labelIds: ["DRAFT"] },
  };
}

route("POST", "", "Gmail.users.drafts.create", (call) => {
  const message = messageOf(call.request.body);
  if (!Buffer.isBuffer(message)) return message;
  const draft = call.store.create(call.user, message, call.request.exec.workspace.now());
  return json(200, draftRef(draft));
});

route("GET", "", "Gmail.users.drafts.list", (call) => {
  const params = call.request.url.searchParams;
  if ((params.get("q") ?? "").trim() !== "") {
    return gmailError(400, "not emulated: users.drafts.list q");
  }
  const maxResults = Math.min(500, Math.max(1, Number(params.get("maxResults") ?? 100) || 100));
  const offset = Number(params.get("pageToken") ?? 0) || 0;
  const newestFirst = [...call.store.list(call.user)].reverse();
  const page = newestFirst.slice(offset, offset + maxResults);
  const more = offset + maxResults < newestFirst.length;
  return json(200, {
    ...(page.length > 0
      ? {
          drafts: page.map((d) => ({
            id: d.id,
            message: { id: d.messageId, threadId: d.threadId },
          })),
        }
      : {}),
    ...(more ? { nextPageToken: String(offset + maxResults) } : {}),
    resultSizeEstimate: newestFirst.length,
  });
});

route("GET", String.raw`\/([^/]+)`, "Gmail.users.drafts.get", (call, match) => {
  const draft = call.store.find(call.user, decodeURIComponent(match[2]!));
  if (!draft) return notFound();
  const params = call.request.url.searchParams;
  const format = params.get("format") ?? "full";
  if (!["full", "metadata", "raw", "minimal"].includes(format)) {
    return gmailError(400, `Invalid value for "format": ${format}`);
  }
  return json(200, {
    id: draft.id,
    message: messageResource(draft, format, params.getAll("metadataHeaders")),
  });
});

route("PUT", String.raw`\/([^/]+)`, "Gmail.users.drafts.update", (call, match) => {
  const draft = call.store.find(call.user, decodeURIComponent(match[2]!));
  if (!draft) return notFound();
  const message = messageOf(call.request.body);
  if (!Buffer.isBuffer(message)) return message;
  call.store.update(draft, message, call.request.exec.workspace.now());
  return json(200, draftRef(draft));
});

route("DELETE", String.raw`\/([^/]+)`, "Gmail.users.drafts.delete", (call, match) => {
  if (!call.store.delete(call.user, decodeURIComponent(match[2]!))) return notFound();
  return { status: 204, body: "" };
});
