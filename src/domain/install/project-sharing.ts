/*
 * Whether staff can call the staff web app with their own token: Google answers 403 to anyone
 * who cannot at least view the script project, so the project must be shared with the school's
 * domain, or with every active staff member, as Drive lists its permissions.
 */
export interface ProjectPermission {
  readonly type: string;
  readonly role: string;
  readonly emailAddress?: string;
  readonly domain?: string;
}

/** "unknown" when the project is shared with a group, whose members Confer cannot list. */
export interface SharingVerdict {
  readonly state: "passed" | "failed" | "unknown";
  readonly detail: string;
}

const SHOWN = 5;

export function projectSharingVerdict(
  permissions: readonly ProjectPermission[],
  staffEmails: readonly string[],
  domain: string,
): SharingVerdict {
  const whole = permissions.find(
    (p) => p.type === "anyone" || (p.type === "domain" && p.domain?.toLowerCase() === domain),
  );
  if (whole) {
    return {
      state: "passed",
      detail: `shared with ${whole.type === "anyone" ? "anyone with the link" : domain} (${whole.role})`,
    };
  }
  const shared = new Set(
    permissions.filter((p) => p.type === "user").map((p) => (p.emailAddress ?? "").toLowerCase()),
  );
  const missing = staffEmails.filter((email) => !shared.has(email.toLowerCase()));
  if (missing.length === 0) {
    return {
      state: "passed",
      detail: `shared with each of the ${staffEmails.length} staff in the roster`,
    };
  }
  const named = missing.slice(0, SHOWN).join(", ");
  const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : "";
  const groups = permissions.filter((p) => p.type === "group").map((p) => p.emailAddress ?? "");
  if (groups.length > 0) {
    return {
      state: "unknown",
      detail: `shared with ${groups.join(", ")}, whose members Confer cannot see; ${missing.length} staff are not shared one by one (${named}${more}): ask one of them to open Confer ▸ Enter comments, where HTTP 403 means the group does not reach them`,
    };
  }
  return {
    state: "failed",
    detail: `${missing.length} of ${staffEmails.length} staff cannot reach the staff web app, because the script project is not shared with them (${named}${more}): open the project at script.google.com, Share, and give ${domain} Viewer access`,
  };
}
