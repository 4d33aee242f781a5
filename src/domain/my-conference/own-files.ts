/*
 * The student's own Drive files they may add as artifacts: Docs, Slides, Sheets, PDFs and
 * images they own, not in the trash, newest first, as one files.list query; and each file's
 * link, in the form driveFileId reads back.
 */

export const ARTIFACT_MIME_TYPES = [
  "application/vnd.google-apps.document",
  "application/vnd.google-apps.presentation",
  "application/vnd.google-apps.spreadsheet",
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/heic",
] as const;

export const OWN_FILES_LIMIT = 50;

export interface OwnFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  /** RFC 3339, as Drive gives it. */
  readonly modifiedTime: string;
  readonly link: string;
}

/** Drive's files.list parameters: q, orderBy and pageSize. */
export function ownFilesQuery(): { q: string; orderBy: string; pageSize: number } {
  const types = ARTIFACT_MIME_TYPES.map((type) => `mimeType = '${type}'`).join(" or ");
  return {
    q: `'me' in owners and trashed = false and (${types})`,
    orderBy: "modifiedTime desc",
    pageSize: OWN_FILES_LIMIT,
  };
}

const EDITORS: Readonly<Record<string, string>> = {
  "application/vnd.google-apps.document": "document",
  "application/vnd.google-apps.presentation": "presentation",
  "application/vnd.google-apps.spreadsheet": "spreadsheets",
};

export function fileLink(id: string, mimeType: string): string {
  const editor = EDITORS[mimeType];
  return editor
    ? `https://docs.google.com/${editor}/d/${id}/edit`
    : `https://drive.google.com/file/d/${id}/view`;
}

export function ownFilesOf(
  files: readonly { id?: string; name?: string; mimeType?: string; modifiedTime?: string }[],
): OwnFile[] {
  return files
    .filter((file) => file.id)
    .slice(0, OWN_FILES_LIMIT)
    .map((file) => ({
      id: file.id!,
      name: file.name ?? "",
      mimeType: file.mimeType ?? "",
      modifiedTime: file.modifiedTime ?? "",
      link: fileLink(file.id!, file.mimeType ?? ""),
    }));
}
