/*
 * Where a student's conference doc lives and what it is called: one folder per round, grade and
 * advisor (per round and teacher for a classroom round), and the name `{Family}, {Given} · {Round}`.
 */

export interface DocOwner {
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName?: string;
  readonly grade: string;
}

export const ROOT_FOLDER_NAME = "Confer";

export function conferenceDocName(student: DocOwner, round: string): string {
  return `${student.familyName}, ${student.givenName} · ${round}`;
}

/**
 * Folder names from Confer's root folder down to the host's folder. The host's folder is keyed by
 * their email, so two advisors who share a name, or a name holding a slash, each get their own.
 */
export function conferenceFolderPath(
  round: string,
  grade: string,
  host: FolderHost,
): readonly string[] {
  return [round, `Grade ${grade}`, hostFolderName(host)];
}

/** A classroom round's docs, all the teacher's classes together: the round, then the teacher. */
export function classroomFolderPath(round: string, host: FolderHost): readonly string[] {
  return [round, hostFolderName(host)];
}

export interface FolderHost {
  readonly name: string;
  readonly email: string;
}

function hostFolderName(host: FolderHost): string {
  const name = host.name.trim();
  return name === "" ? host.email : `${name} (${host.email})`;
}

/** The name a person is called by: the preferred name when there is one. */
export function displayName(student: DocOwner): string {
  const given = student.preferredName?.trim() || student.givenName;
  return `${given} ${student.familyName}`;
}
