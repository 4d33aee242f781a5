/*
 * The link from DocumentApp objects to one Google Doc in Drive: every read checks the
 * effective user may view it, every write that they may edit it, as Google does per call.
 */
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import type { DocumentContent } from "../../docs/model";
import { type DriveFile, MIME } from "../../drive/store";

export class DocRef {
  closed = false;

  constructor(readonly id: string) {}

  file(exec: Execution, role: "viewer" | "editor" = "viewer"): DriveFile {
    const file = exec.workspace.drive.open(exec.effectiveUser, this.id, role);
    if (file.mimeType !== MIME.document || file.content?.kind !== "document") {
      throw new GoogleError(
        "Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
    }
    return file;
  }

  read(exec: Execution): DocumentContent {
    return this.file(exec).content as DocumentContent;
  }

  write(exec: Execution): DocumentContent {
    if (this.closed) throw new GoogleError("Document is closed, its contents cannot be updated.");
    const file = this.file(exec, "editor");
    exec.workspace.drive.touch(file);
    return file.content as DocumentContent;
  }
}
