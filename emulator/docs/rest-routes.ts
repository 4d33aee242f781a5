/*
 * The Docs API's documents.get and documents.batchUpdate on docs.googleapis.com, authorized
 * as the bearer token's user. A batch is atomic: it is tried on a copy first, and one invalid
 * request leaves the document unchanged and answers 400 naming the request.
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
 */
import { atLeast, type DriveFile, MIME } from "../drive/store";
import { apiError, json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import type { DocumentContent } from "./model";
import { applyRequest, REQUEST_KINDS, RequestError } from "./rest-requests";
import { documentResource, revisionIdOf } from "./rest-resource";

const HOST = "docs\\.googleapis\\.com";

/** The Doc if the request's user holds `needed`, else Google's 404 or 403. */
function openDoc(
  request: RestRequest,
  id: string,
  needed: "viewer" | "editor",
): DriveFile | RestResponse {
  const drive = request.exec.workspace.drive;
  const file = drive.get(id);
  const role = file ? drive.roleOf(request.user, file) : undefined;
  if (!file || !role || file.mimeType !== MIME.document || file.content?.kind !== "document") {
    return apiError(404, "Requested entity was not found.");
  }
  if (!atLeast(role, needed)) return apiError(403, "The caller does not have permission");
  return file;
}

function isResponse(value: DriveFile | RestResponse): value is RestResponse {
  return "status" in value && "body" in value;
}

registerRoute({
  method: "GET",
  pattern: new RegExp(`^${HOST}/v1/documents/([^/:]+)$`),
  latencyKey: "Docs.documents.get",
  handle(request, match) {
    const id = decodeURIComponent(match[1]!);
    const file = openDoc(request, id, "viewer");
    if (isResponse(file)) return file;
    return json(200, documentResource(id, file.name, file.content as DocumentContent));
  },
});

type Requests = Record<string, unknown>[];

/** Applies every request to `content`, or answers the first invalid one's 400. */
function applyAll(content: DocumentContent, requests: Requests): unknown[] | RestResponse {
  const replies: unknown[] = [];
  for (const [i, request] of requests.entries()) {
    const kind = Object.keys(request ?? {})[0] ?? "";
    if (!(REQUEST_KINDS as readonly string[]).includes(kind)) {
      return apiError(
        400,
        `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
      );
    }
    try {
      replies.push(applyRequest(content, request));
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      return apiError(400, `Invalid requests[${i}].${kind}: ${error.message}`);
    }
  }
  return replies;
}

registerRoute({
  method: "POST",
  pattern: new RegExp(`^${HOST}/v1/documents/([^/:]+):batchUpdate$`),
  latencyKey: "Docs.documents.batchUpdate",
  handle(request, match) {
    const id = decodeURIComponent(match[1]!);
    let body: { requests?: Requests; writeControl?: { requiredRevisionId?: string } };
    try {
      body = JSON.parse(request.body || "{}");
    } catch {
      return apiError(400, "Invalid JSON payload received.");
    }
    const file = openDoc(request, id, "editor");
    if (isResponse(file)) return file;
    const content = file.content as DocumentContent;
    const required = body.writeControl?.requiredRevisionId;
    if (required !== undefined && required !== revisionIdOf(id, content)) {
      return apiError(
        400,
        "The document has been modified since the required revision ID was issued.",
      );
    }
    const requests = Array.isArray(body.requests) ? body.requests : [];
    const trial = applyAll(content.clone(), requests);
    if (!Array.isArray(trial)) return trial;
    const replies = applyAll(content, requests) as unknown[];
    request.exec.workspace.drive.touch(file);
    return json(200, {
      replies,
      writeControl: { requiredRevisionId: revisionIdOf(id, content) },
      documentId: id,
    });
  },
});
