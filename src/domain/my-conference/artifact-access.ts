/*
 * Whether an artifact's Drive file can be opened by the student's advisor, judged from the file's
 * permissions (Drive v3 permissions.list): the advisor by name, their domain, or anyone with the link.
 * Each problem is worded for whoever is looking: the student shares, the advisor asks the student.
 */
import type { ConferenceRole } from "./view";

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

export type AccessProblem = "cannot-open" | "cannot-check";

/** What permissions.list answered, as the viewer, for one file. */
export type PermissionsAnswer =
  | { readonly ok: true; readonly permissions: readonly DrivePermission[] }
  | { readonly ok: false; readonly status?: number };

/**
 * The problem, if any. The advisor's own answer settles it: listed or refused for want of
 * sharing rights (403), they can open the file; not found (404), they cannot.
 */
export function accessProblem(
  answer: PermissionsAnswer,
  viewer: ConferenceRole,
  advisorEmail: string,
): AccessProblem | undefined {
  if (viewer === "advisor") {
    if (answer.ok || answer.status === 403) return undefined;
    return answer.status === 404 ? "cannot-open" : "cannot-check";
  }
  if (!answer.ok) return "cannot-check";
  return advisorCanOpen(answer.permissions, advisorEmail) ? undefined : "cannot-open";
}

export const CANNOT_OPEN = "Your advisor cannot open this file yet: share it with them.";
export const CANNOT_CHECK =
  "Confer cannot see who this file is shared with: check it is shared with your advisor.";

/** Who holds the conference: the advisor (student-led), or the class teacher (classroom). */
export type ConferenceHost = "advisor" | "teacher";

function forStudent(problem: AccessProblem, host: ConferenceHost): string {
  if (host === "advisor") return problem === "cannot-open" ? CANNOT_OPEN : CANNOT_CHECK;
  return problem === "cannot-open"
    ? "Your teacher cannot open this file yet: share it with them."
    : "Confer cannot see who this file is shared with: check it is shared with your teacher.";
}

export function problemWording(
  problem: AccessProblem,
  viewer: ConferenceRole,
  studentName: string,
  host: ConferenceHost = "advisor",
): string {
  const student = studentName || "the student";
  if (viewer === "student") return forStudent(problem, host);
  if (viewer === "advisor") {
    return problem === "cannot-open"
      ? `You cannot open this file yet. Ask ${student} to share this with you.`
      : `Confer cannot check this file now. If you cannot open it, ask ${student} to share this with you.`;
  }
  return problem === "cannot-open"
    ? `${student}'s advisor cannot open this file yet. Ask ${student} to share it with their advisor.`
    : `Confer cannot see who this file is shared with. Ask ${student} to check it is shared with their advisor.`;
}
