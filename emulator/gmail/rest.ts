/*
 * Gmail API v1 on each user's own mailbox ("me"): users.drafts create, list, get (full,
 * metadata, raw, minimal), update and delete, which never send; and users.messages.send, which
 * sends a raw RFC 5322 message, keeps it in the sender's sent mail and spends one email
 * recipient of the daily quota per To, Cc and Bcc address.
 * References: developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts and
 * .../users.messages/send.
 */
import { json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import { recipientsOf } from "./addresses";
import { decodeWords, headerValue, type Part, parsePart, snippetOf } from "./mime";
import type { GmailStore, StoredDraft } from "./store";

const BASE = String.raw`^(?:gmail|www)\.googleapis\.com\/gmail\/v1\/users\/([^/]+)`;
const STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
};
const REASON: Record<number, string> = {
  400: "invalidArgument",
  403: "forbidden",
  404: "notFound",
  429: "rateLimitExceeded",
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

interface MessageBody {
  raw?: unknown;
  threadId?: unknown;
}

type Parsed<T> = { readonly value: T } | { readonly error: RestResponse };

function parseJson(body: string): Parsed<MessageBody & { message?: MessageBody }> {
  try {
    const parsed: unknown = body.trim() === "" ? {} : JSON.parse(body);
    const isObject = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed);
    return { value: isObject ? parsed : {} };
  } catch {
    return { error: gmailError(400, "Invalid JSON payload received.") };
  }
}

function rawBytes(raw: unknown, field: string): Buffer | RestResponse {
  if (typeof raw !== "string" || raw === "") return gmailError(400, RAW_REQUIRED);
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(raw)) {
    return gmailError(
      400,
      `Invalid value at '${field}' (TYPE_BYTES), Base64 decoding failed for "${raw.slice(0, 40)}"`,
    );
  }
  return Buffer.from(raw.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** The message bytes of a Draft request body, or the error Gmail answers with. */
function messageOf(body: string): Buffer | RestResponse {
  const parsed = parseJson(body);
  if ("error" in parsed) return parsed.error;
  return rawBytes(parsed.value.message?.raw, "draft.message.raw");
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

route("POST", "/drafts", "Gmail.users.drafts.create", (call) => {
  const message = messageOf(call.request.body);
  if (!Buffer.isBuffer(message)) return message;
  const draft = call.store.create(call.user, message, call.request.exec.workspace.now());
  return json(200, draftRef(draft));
});

route("GET", "/drafts", "Gmail.users.drafts.list", (call) => {
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

route("GET", String.raw`\/drafts\/([^/]+)`, "Gmail.users.drafts.get", (call, match) => {
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

route("PUT", String.raw`\/drafts\/([^/]+)`, "Gmail.users.drafts.update", (call, match) => {
  const draft = call.store.find(call.user, decodeURIComponent(match[2]!));
  if (!draft) return notFound();
  const message = messageOf(call.request.body);
  if (!Buffer.isBuffer(message)) return message;
  call.store.update(draft, message, call.request.exec.workspace.now());
  return json(200, draftRef(draft));
});

route("DELETE", String.raw`\/drafts\/([^/]+)`, "Gmail.users.drafts.delete", (call, match) => {
  if (!call.store.delete(call.user, decodeURIComponent(match[2]!))) return notFound();
  return { status: 204, body: "" };
});

route("POST", String.raw`\/messages\/send`, "Gmail.users.messages.send", (call) => {
  const parsed = parseJson(call.request.body);
  if ("error" in parsed) return parsed.error;
  const body = parsed.value;
  const message = rawBytes(body.raw, "message.raw");
  if (!Buffer.isBuffer(message)) return message;
  const recipients = recipientsOf(parsePart(message.toString("utf8")).headers);
  if ("invalid" in recipients) return gmailError(400, `Invalid ${recipients.invalid} header`);
  if (recipients.addresses.length === 0) return gmailError(400, "Recipient address required");
  const ws = call.request.exec.workspace;
  try {
    ws.quotas.spend(call.user, "emailRecipients", recipients.addresses.length);
  } catch {
    const tomorrow = new Date(ws.now());
    tomorrow.setUTCHours(24, 0, 0, 0);
    return gmailError(429, `User-rate limit exceeded.  Retry after ${tomorrow.toISOString()}`);
  }
  const threadId = typeof body.threadId === "string" ? body.threadId : undefined;
  if (threadId !== undefined && !call.store.hasThread(call.user, threadId)) {
    return gmailError(
      400,
      "not emulated: users.messages.send to a thread the emulator does not hold",
    );
  }
  const sent = call.store.send(call.user, message, ws.now(), threadId);
  return json(200, { id: sent.id, threadId: sent.threadId, labelIds: ["SENT"] });
});
