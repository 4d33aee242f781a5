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

/** Folder names from Confer's root folder down to the advisor's folder. */
export function conferenceFolderPath(
  term: string,
  grade: string,
  advisorName: string,
): readonly string[] {
  return [term, `Grade ${grade}`, advisorName];
}

/** The name a person is called by: the preferred name when there is one. */
export function displayName(student: DocOwner): string {
  const given = student.preferredName?.trim() || student.givenName;
  return `${given} ${student.familyName}`;
}
