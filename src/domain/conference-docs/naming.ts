/*
 * Where a student's conference doc lives and what it is called: one folder per term, grade and
 * advisor, and the name `{Family}, {Given} · Conference · {Term}`.
 */

export interface DocOwner {
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName?: string;
  readonly grade: string;
}

export const ROOT_FOLDER_NAME = "Confer";

export function conferenceDocName(student: DocOwner, term: string): string {
  return `${student.familyName}, ${student.givenName} · Conference · ${term}`;
}

/**
 * Folder names from Confer's root folder down to the host's folder. The host's folder is keyed by
 * their email, so two advisors who share a name, or a name holding a slash, each get their own.
 */
export function conferenceFolderPath(
  term: string,
  grade: string,
  host: { readonly name: string; readonly email: string },
): readonly string[] {
  const name = host.name.trim();
  return [term, `Grade ${grade}`, name === "" ? host.email : `${name} (${host.email})`];
}

/** The name a person is called by: the preferred name when there is one. */
export function displayName(student: DocOwner): string {
  const given = student.preferredName?.trim() || student.givenName;
  return `${given} ${student.familyName}`;
}
