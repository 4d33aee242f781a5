/*
 * Drive v3 REST endpoints Confer calls, on the shared Drive table: files.get, files.list,
 * files.create, files.copy, and permissions.create, list and delete. A file the caller cannot
 * see answers 404; one they can see but not change answers 403. A failing request changes nothing.
 * Reference: developers.google.com/workspace/drive/api/reference/rest/v3
 */
import { json, type RestRequest, type RestResponse, registerRoute } from "../rest/router";
import { parseOrderBy } from "./rest-order";
import { createPermission, deletePermission, listPermissions } from "./rest-permissions";
import { parseQuery } from "./rest-query";
import {
  cannotWrite,
  type DriveCall,
  driveError,
  FILE_DEFAULT_FIELDS,
  fileResource,
  notFound,
  select,
  visible,
} from "./rest-shapes";
import { atLeast, MIME } from "./store";

const BASE = String.raw`^www\.googleapis\.com\/drive\/v3\/files`;
const LIST_DEFAULT_FIELDS = `kind,nextPageToken,incompleteSearch,files(${FILE_DEFAULT_FIELDS})`;

function parseBody(request: RestRequest): Record<string, unknown> | RestResponse {
  if (request.body.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(request.body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Answered below as Google's parse error.
  }
  return driveError(400, "parseError", "Parse Error");
}

function route(
  method: string,
  path: string,
  latencyKey: string,
  handle: (call: DriveCall, match: RegExpMatchArray) => RestResponse,
): void {
  registerRoute({
    method,
    pattern: new RegExp(`${BASE}${path}$`),
    latencyKey,
    handle: (request, match) => {
      const body = parseBody(request);
      if ("status" in body && typeof body.status === "number") return body as RestResponse;
      const params = request.url.searchParams;
      return handle({ request, params, body: body as Record<string, unknown> }, match);
    },
  });
}

const invalidParameter = (location: string) =>
  driveError(400, "invalid", "Invalid Value", { location, locationType: "parameter" });

function fields(call: DriveCall, fallback: string): string {
  return call.params.get("fields") || fallback;
}

/** The folder a new file goes into: the one named (which must be writable) or a default. */
function targetFolder(
  call: DriveCall,
  fallback: () => string,
): { id: string } | { error: RestResponse } {
  const parents = call.body.parents;
  if (parents === undefined) return { id: fallback() };
  if (!Array.isArray(parents) || parents.length > 1) {
    return {
      error: driveError(400, "badRequest", "Increasing the number of parents is not allowed."),
    };
  }
  if (parents.length === 0) return { id: fallback() };
  const id = String(parents[0]);
  const folder = visible(call, id);
  if (!folder) return { error: notFound(id) };
  const { user, exec } = call.request;
  if (!atLeast(exec.workspace.drive.roleOf(user, folder), "editor"))
    return { error: cannotWrite(id) };
  return { id: folder.id };
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

route("GET", String.raw`\/([^/]+)`, "Drive.files.get", (call, match) => {
  const file = visible(call, decodeURIComponent(match[1]!));
  if (!file) return notFound(decodeURIComponent(match[1]!));
  return json(200, select(fileResource(file), fields(call, FILE_DEFAULT_FIELDS)));
});

route("GET", "", "Drive.files.list", (call) => {
  const { user, exec } = call.request;
  const drive = exec.workspace.drive;
  const test = parseQuery(call.params.get("q") ?? "", () => drive.rootOf(user).id, user);
  if (!test) return invalidParameter("q");
  const order = parseOrderBy(call.params.get("orderBy"));
  if (!order) return invalidParameter("orderBy");
  const pageSize = Math.min(1000, Math.max(1, Number(call.params.get("pageSize") ?? 100) || 100));
  const offset = Number(call.params.get("pageToken") ?? 0) || 0;
  const matching = drive
    .all()
    .filter((file) => file.parents.length > 0 && drive.findableBy(user, file) && test(file))
    .sort(order);
  const page = matching.slice(offset, offset + pageSize);
  const more = offset + pageSize < matching.length;
  const list = {
    kind: "drive#fileList",
    ...(more ? { nextPageToken: String(offset + pageSize) } : {}),
    incompleteSearch: false,
    files: page.map(fileResource),
  };
  return json(200, select(list, fields(call, LIST_DEFAULT_FIELDS)));
});

route("POST", "", "Drive.files.create", (call) => {
  const { user, exec } = call.request;
  const drive = exec.workspace.drive;
  const folder = targetFolder(call, () => drive.rootOf(user).id);
  if ("error" in folder) return folder.error;
  const file = drive.create({
    name: typeof call.body.name === "string" ? call.body.name : "Untitled",
    mimeType:
      typeof call.body.mimeType === "string" ? call.body.mimeType : "application/octet-stream",
    owner: user,
    parents: [folder.id],
  });
  file.description = typeof call.body.description === "string" ? call.body.description : "";
  file.appProperties = stringRecord(call.body.appProperties);
  return json(200, select(fileResource(file), fields(call, FILE_DEFAULT_FIELDS)));
});

route("POST", String.raw`\/([^/]+)\/copy`, "Drive.files.copy", (call, match) => {
  const id = decodeURIComponent(match[1]!);
  const source = visible(call, id);
  if (!source || source.mimeType === MIME.folder) return notFound(id);
  const { user, exec } = call.request;
  const drive = exec.workspace.drive;
  const folder = targetFolder(call, () => {
    const writable = source.parents.find((parentId) => {
      const parent = drive.get(parentId);
      return parent !== undefined && atLeast(drive.roleOf(user, parent), "editor");
    });
    return writable ?? drive.rootOf(user).id;
  });
  if ("error" in folder) return folder.error;
  const name = typeof call.body.name === "string" ? call.body.name : `Copy of ${source.name}`;
  const copy = drive.copy(source, user, name, folder.id);
  copy.description =
    typeof call.body.description === "string" ? call.body.description : source.description;
  copy.appProperties = stringRecord(call.body.appProperties);
  return json(200, select(fileResource(copy), fields(call, FILE_DEFAULT_FIELDS)));
});

route("POST", String.raw`\/([^/]+)\/permissions`, "Drive.permissions.create", (call, match) =>
  createPermission(call, decodeURIComponent(match[1]!)),
);

route("GET", String.raw`\/([^/]+)\/permissions`, "Drive.permissions.list", (call, match) =>
  listPermissions(call, decodeURIComponent(match[1]!)),
);

route(
  "DELETE",
  String.raw`\/([^/]+)\/permissions\/([^/]+)`,
  "Drive.permissions.delete",
  (call, match) =>
    deletePermission(call, decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)),
);

/*
 * files.delete: permanently deletes a file its owner deletes, skipping the trash, and answers 204
 * (developers.google.com/drive/api/reference/rest/v3/files/delete). The emulator keeps the record,
 * trashed, so that nobody can open it again.
 */
route("DELETE", String.raw`\/([^/]+)`, "Drive.files.delete", (call, match) => {
  const id = decodeURIComponent(match[1]!);
  const file = visible(call, id);
  if (!file) return notFound(id);
  if (file.owner !== call.request.user) return cannotWrite(id);
  file.trashed = true;
  return { status: 204, body: "" };
});

/*
 * files.update, for moving a file: addParents and removeParents as query parameters. A file
 * keeps one parent (guides/folder: "a file can only have one parent folder"), so adding one
 * without removing the old is refused; the caller must edit the file and the new folder.
 * Reference: developers.google.com/drive/api/reference/rest/v3/files/update
 */
route("PATCH", String.raw`\/([^/]+)`, "Drive.files.update", (call, match) => {
  const id = decodeURIComponent(match[1]!);
  const file = visible(call, id);
  if (!file) return notFound(id);
  const { user, exec } = call.request;
  const drive = exec.workspace.drive;
  if (!atLeast(drive.roleOf(user, file), "editor")) return cannotWrite(id);
  const list = (name: string) =>
    (call.params.get(name) ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
  const adding = list("addParents");
  const removing = list("removeParents");
  for (const folderId of adding) {
    const folder = visible(call, folderId);
    if (!folder) return notFound(folderId);
    if (!atLeast(drive.roleOf(user, folder), "editor")) return cannotWrite(folderId);
  }
  const parents = [...file.parents.filter((p) => !removing.includes(p)), ...adding];
  if (new Set(parents).size > 1) {
    return driveError(400, "badRequest", "Increasing the number of parents is not allowed.");
  }
  file.parents = [...new Set(parents)];
  drive.touch(file);
  return json(200, select(fileResource(file), fields(call, FILE_DEFAULT_FIELDS)));
});
