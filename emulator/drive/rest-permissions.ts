/*
 * Drive v3 permissions: create (share with a user, the domain or anyone), list and delete.
 * Only the owner, and editors the owner lets share, may change sharing.
 * Reference: developers.google.com/workspace/drive/api/reference/rest/v3/permissions
 */
import { json, type RestResponse } from "../rest/router";
import {
  cannotWrite,
  type DriveCall,
  driveError,
  type Grant,
  grantsOf,
  notFound,
  PERMISSION_DEFAULT_FIELDS,
  permissionResource,
  ROLE_OF_API,
  select,
  visible,
} from "./rest-shapes";
import type { DriveFile } from "./store";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function sharable(call: DriveCall, id: string): DriveFile | RestResponse {
  const file = visible(call, id);
  if (!file) return notFound(id);
  const { user, exec } = call.request;
  if (!exec.workspace.drive.canShare(user, file)) return cannotWrite(id);
  return file;
}

function isFile(value: DriveFile | RestResponse): value is DriveFile {
  return "owner" in value;
}

function idOf(grant: Grant): string {
  return permissionResource(grant).id as string;
}

function noAccount(email: string): RestResponse {
  return driveError(
    400,
    "invalidSharingRequest",
    `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
  );
}

export function createPermission(call: DriveCall, id: string): RestResponse {
  const found = sharable(call, id);
  if (!isFile(found)) return found;
  const file = found;
  const { role: apiRole, type, emailAddress, domain, allowFileDiscovery } = call.body;
  if (apiRole === undefined)
    return driveError(400, "required", "The permission role field is required.");
  if (type === undefined)
    return driveError(400, "required", "The permission type field is required.");
  const role = ROLE_OF_API[String(apiRole)];
  if (!role)
    return driveError(400, "invalid", "Invalid Value", {
      location: "permission.role",
      locationType: "other",
    });
  const drive = call.request.exec.workspace.drive;
  if (type === "user") {
    if (typeof emailAddress !== "string" || emailAddress === "") {
      return driveError(400, "required", "The permission emailAddress field is required.");
    }
    const email = emailAddress.trim().toLowerCase();
    const account = call.request.exec.workspace.users.find(email);
    const notify = call.params.get("sendNotificationEmail") !== "false";
    if (!EMAIL.test(email) || (!account && !notify)) return noAccount(emailAddress);
    if (email !== file.owner) drive.share(file, email, role);
    const granted = email === file.owner ? "owner" : role;
    return reply(call, { type: "user", role: granted, grantee: email });
  }
  if (emailAddress !== undefined) {
    return driveError(
      400,
      "invalidSharingRequest",
      "The specified emailAddress is invalid or not applicable for the given permission type.",
    );
  }
  const discoverable = allowFileDiscovery === true;
  if (type === "anyone") {
    file.linkAccess = discoverable ? "ANYONE" : "ANYONE_WITH_LINK";
  } else if (type === "domain") {
    const ownerDomain = file.owner.slice(file.owner.lastIndexOf("@") + 1);
    if (typeof domain !== "string" || domain.toLowerCase() !== ownerDomain) {
      return driveError(
        400,
        "invalidSharingRequest",
        "The specified domain is invalid or not applicable for the given permission type.",
      );
    }
    file.linkAccess = discoverable ? "DOMAIN" : "DOMAIN_WITH_LINK";
  } else {
    return driveError(400, "invalid", "Invalid Value", {
      location: "permission.type",
      locationType: "other",
    });
  }
  file.linkRole = role;
  drive.touch(file);
  const grant = grantsOf(file).find((g) => g.type === type)!;
  return reply(call, grant);
}

function reply(call: DriveCall, grant: Grant): RestResponse {
  const fields = call.params.get("fields") || PERMISSION_DEFAULT_FIELDS;
  return json(200, select(permissionResource(grant), fields));
}

export function listPermissions(call: DriveCall, id: string): RestResponse {
  const found = sharable(call, id);
  if (!isFile(found)) return found;
  const list = {
    kind: "drive#permissionList",
    permissions: grantsOf(found).map(permissionResource),
  };
  const fields = call.params.get("fields") || `kind,permissions(${PERMISSION_DEFAULT_FIELDS})`;
  return json(200, select(list, fields));
}

export function deletePermission(call: DriveCall, id: string, permissionId: string): RestResponse {
  const found = sharable(call, id);
  if (!isFile(found)) return found;
  const file = found;
  const grant = grantsOf(file).find((g) => idOf(g) === permissionId);
  if (!grant) {
    return driveError(404, "notFound", `Permission not found: ${permissionId}.`, {
      location: "permissionId",
      locationType: "parameter",
    });
  }
  if (grant.role === "owner") {
    return driveError(403, "cannotRemoveOwner", "The owner of a file cannot be removed.");
  }
  const drive = call.request.exec.workspace.drive;
  if (grant.type === "user") drive.unshare(file, grant.grantee);
  else {
    file.linkAccess = "PRIVATE";
    drive.touch(file);
  }
  return { status: 204, body: "" };
}
