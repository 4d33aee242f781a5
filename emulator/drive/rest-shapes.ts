/*
 * The JSON Drive v3 answers with: File and Permission resources, the `fields` selector
 * (e.g. "id,name" or "files(id,appProperties)"), and Drive's error bodies.
 * Reference: developers.google.com/workspace/drive/api/reference/rest/v3/files,
 * .../v3/permissions and developers.google.com/workspace/drive/api/guides/handle-errors
 */
import { json, type RestRequest, type RestResponse } from "../rest/router";
import { type DriveFile, permissionIdOf, type Role } from "./store";

export interface DriveCall {
  readonly request: RestRequest;
  readonly params: URLSearchParams;
  readonly body: Record<string, unknown>;
}

/** The file if the caller can see it; "root" is the caller's My Drive. */
export function visible(call: DriveCall, id: string): DriveFile | undefined {
  const { user, exec } = call.request;
  const drive = exec.workspace.drive;
  const file = id === "root" ? drive.rootOf(user) : drive.get(id);
  return file && drive.roleOf(user, file) ? file : undefined;
}

const API_ROLE: Record<Role, string> = {
  owner: "owner",
  editor: "writer",
  commenter: "commenter",
  viewer: "reader",
};

export const ROLE_OF_API: Record<string, Exclude<Role, "owner">> = {
  writer: "editor",
  commenter: "commenter",
  reader: "viewer",
};

/** Drive's error body: {"error": {"code", "message", "errors": [{domain, reason, message, ...}]}}. */
export function driveError(
  code: number,
  reason: string,
  message: string,
  location?: { location: string; locationType: string },
): RestResponse {
  return json(code, {
    error: { code, message, errors: [{ message, domain: "global", reason, ...location }] },
  });
}

export const notFound = (id: string) =>
  driveError(404, "notFound", `File not found: ${id}.`, {
    location: "fileId",
    locationType: "parameter",
  });

export const cannotWrite = (id: string) =>
  driveError(
    403,
    "insufficientFilePermissions",
    `The user does not have sufficient permissions for file ${id}.`,
  );

export function fileResource(file: DriveFile): Record<string, unknown> {
  return {
    kind: "drive#file",
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    description: file.description,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: new Date(file.created).toISOString(),
    modifiedTime: new Date(file.updated).toISOString(),
    appProperties: { ...file.appProperties },
    owners: [{ kind: "drive#user", emailAddress: file.owner }],
  };
}

export const FILE_DEFAULT_FIELDS = "kind,id,name,mimeType";

export interface Grant {
  readonly type: "user" | "domain" | "anyone";
  readonly role: Role;
  readonly grantee: string;
  readonly allowFileDiscovery?: boolean;
}

/** The file's permissions as Drive lists them: the owner first, then each grant. */
export function grantsOf(file: DriveFile): Grant[] {
  const users = (emails: Set<string>, role: Role): Grant[] =>
    [...emails].map((grantee) => ({ type: "user", role, grantee }));
  const grants: Grant[] = [
    { type: "user", role: "owner", grantee: file.owner },
    ...users(file.editors, "editor"),
    ...users(file.commenters, "commenter"),
    ...users(file.viewers, "viewer"),
  ];
  if (file.linkAccess.startsWith("ANYONE")) {
    grants.push({
      type: "anyone",
      role: file.linkRole,
      grantee: "anyone",
      allowFileDiscovery: file.linkAccess === "ANYONE",
    });
  }
  if (file.linkAccess.startsWith("DOMAIN")) {
    const domain = file.owner.slice(file.owner.lastIndexOf("@") + 1);
    grants.push({
      type: "domain",
      role: file.linkRole,
      grantee: domain,
      allowFileDiscovery: file.linkAccess === "DOMAIN",
    });
  }
  return grants;
}

export function permissionResource(grant: Grant): Record<string, unknown> {
  const id = permissionIdOf(grant.type === "domain" ? `domain:${grant.grantee}` : grant.grantee);
  const base = { kind: "drive#permission", id, type: grant.type, role: API_ROLE[grant.role] };
  if (grant.type === "user") return { ...base, emailAddress: grant.grantee };
  if (grant.type === "domain") {
    return { ...base, domain: grant.grantee, allowFileDiscovery: grant.allowFileDiscovery };
  }
  return { ...base, allowFileDiscovery: grant.allowFileDiscovery };
}

export const PERMISSION_DEFAULT_FIELDS = "kind,id,type,role";

/** Splits "a,b(c,d),e" at its top-level commas. */
function topLevel(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of fields) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Keeps only the selected fields; "*" keeps everything. Nested selections apply to arrays too. */
export function select(value: Record<string, unknown>, fields: string): Record<string, unknown> {
  if (fields.trim() === "*") return value;
  const out: Record<string, unknown> = {};
  for (const part of topLevel(fields)) {
    const nested = /^([^(/]+)\((.*)\)$/.exec(part);
    const path = nested ? nested[1]!.trim() : part;
    const [head = "", ...rest] = path.split("/");
    if (!(head in value)) continue;
    const inner = rest.length > 0 ? rest.join("/") : nested?.[2];
    const item = value[head];
    out[head] =
      inner === undefined
        ? item
        : Array.isArray(item)
          ? item.map((entry) => select(entry as Record<string, unknown>, inner))
          : select(item as Record<string, unknown>, inner);
  }
  return out;
}
