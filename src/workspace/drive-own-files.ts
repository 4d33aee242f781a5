/* The current user's own Drive files for the artifact picker: one Drive v3 files.list. */
import { type OwnFile, ownFilesOf, ownFilesQuery } from "../domain/my-conference/own-files";
import { callOne, DRIVE, query } from "./google-api";

export function listOwnFiles(): OwnFile[] {
  const outcome = callOne({
    method: "get",
    url: `${DRIVE}/files?${query({
      ...ownFilesQuery(),
      fields: "files(id,name,mimeType,modifiedTime)",
    })}`,
  });
  if (!outcome.ok) throw new Error(`Confer could not list your Drive files: ${outcome.error}`);
  return ownFilesOf((outcome.value as { files?: [] }).files ?? []);
}
