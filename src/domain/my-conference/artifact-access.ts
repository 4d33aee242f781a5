/*
 * Whether an artifact's Drive file can be opened by the student's advisor, judged from the file's
 * permissions (Drive v3 permissions.list): the advisor by name, their domain, or anyone with the link.
 */

export interface DrivePermission {
  readonly type?: string;
  readonly role?: string;
  readonly emailAddress?: string;
  readonly domain?: string;
}

const FILE_ID = [
  /\/(?:file|document|spreadsheets|presentation|forms|drawings)\/(?:u\/\d+\/)?d\/([\w-]{10,})/,
  /[?&]id=([\w-]{10,})/,
];

/** The Drive file ID in a Drive or Docs link, or "" when the link is not to a Drive file. */
export function driveFileId(link: string): string {
  for (const pattern of FILE_ID) {
    const found = pattern.exec(link);
    if (found) return found[1]!;
  }
  return "";
}

export function advisorCanOpen(
  permissions: readonly DrivePermission[],
  advisorEmail: string,
): boolean {
  const email = advisorEmail.toLowerCase();
  const domain = email.slice(email.lastIndexOf("@") + 1);
  return permissions.some(
    (p) =>
      p.type === "anyone" ||
      (p.type === "domain" && (p.domain ?? "").toLowerCase() === domain) ||
      ((p.type === "user" || p.type === "group") && (p.emailAddress ?? "").toLowerCase() === email),
  );
}

export const CANNOT_OPEN = "Your advisor cannot open this file yet: share it with them.";
export const CANNOT_CHECK =
  "Confer cannot see who this file is shared with: check it is shared with your advisor.";
