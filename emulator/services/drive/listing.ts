/* The Drive items a user can see: a folder's children, or everything with a given name. */
import type { Execution } from "../../core/execution";
import { type DriveFile, MIME } from "../../drive/store";

export type Kind = "files" | "folders";

function isKind(file: DriveFile, kind: Kind): boolean {
  const folder = file.mimeType === MIME.folder;
  return kind === "folders" ? folder && file.parents.length > 0 : !folder;
}

/** Items of `kind`, not in the trash, that the effective user can open, oldest first. */
export function visibleItems(
  exec: Execution,
  kind: Kind,
  where: (file: DriveFile) => boolean,
): DriveFile[] {
  const drive = exec.workspace.drive;
  return drive
    .all()
    .filter(
      (file) =>
        !file.trashed &&
        isKind(file, kind) &&
        where(file) &&
        drive.roleOf(exec.effectiveUser, file) !== undefined,
    );
}
