/*
 * DriveApp's File: a Doc, Sheet or other file, with its name, description, dates, copies,
 * moves and sharing.
 * Reference: developers.google.com/apps-script/reference/drive/file
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import { atLeast, MIME } from "../../drive/store";
import { openItem } from "./access";
import { EmulatedFolder } from "./folder";
import { EmulatedDriveItem } from "./item";
import { EmulatedFolderIterator } from "./iterators";

type FileMethods =
  | "getId"
  | "getName"
  | "setName"
  | "getUrl"
  | "getMimeType"
  | "getDescription"
  | "setDescription"
  | "getDateCreated"
  | "getLastUpdated"
  | "makeCopy"
  | "addEditor"
  | "addEditors"
  | "addViewer"
  | "addViewers"
  | "addCommenter"
  | "addCommenters"
  | "removeEditor"
  | "removeViewer"
  | "removeCommenter"
  | "getEditors"
  | "getViewers"
  | "getOwner"
  | "getSharingAccess"
  | "getSharingPermission"
  | "setSharing"
  | "getAccess"
  | "getParents"
  | "moveTo"
  | "setTrashed"
  | "isTrashed";

export class EmulatedFile
  extends EmulatedDriveItem
  implements Emulates<GoogleAppsScript.Drive.File, FileMethods>
{
  static override readonly className = "File";
  static override readonly methods: readonly FileMethods[] = [
    "getId",
    "getName",
    "setName",
    "getUrl",
    "getMimeType",
    "getDescription",
    "setDescription",
    "getDateCreated",
    "getLastUpdated",
    "makeCopy",
    "addEditor",
    "addEditors",
    "addViewer",
    "addViewers",
    "addCommenter",
    "addCommenters",
    "removeEditor",
    "removeViewer",
    "removeCommenter",
    "getEditors",
    "getViewers",
    "getOwner",
    "getSharingAccess",
    "getSharingPermission",
    "setSharing",
    "getAccess",
    "getParents",
    "moveTo",
    "setTrashed",
    "isTrashed",
  ];

  protected folderOf(id: string): EmulatedFolder {
    return new EmulatedFolder(this.exec, id);
  }

  protected folderIterator(folders: EmulatedFolder[]): EmulatedFolderIterator<EmulatedFolder> {
    return new EmulatedFolderIterator(this.exec, folders);
  }

  setName(name: string): EmulatedFile {
    const file = this.record("editor");
    file.name = String(name);
    this.drive.touch(file);
    return this;
  }

  getMimeType(): string {
    return this.record().mimeType;
  }

  /** Null when the file has no description, as Drive reports it. */
  getDescription(): string {
    return this.record().description || (null as unknown as string);
  }

  setDescription(description: string): EmulatedFile {
    const file = this.record("editor");
    file.description = String(description ?? "");
    this.drive.touch(file);
    return this;
  }

  getDateCreated(): Date {
    return new Date(this.record().created);
  }

  getLastUpdated(): Date {
    return new Date(this.record().updated);
  }

  /**
   * A copy owned by the effective user: named "Copy of …" unless a name is given, in the
   * destination folder (which the user must be able to edit) or else the original's folder.
   */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): EmulatedFile {
    const source = this.record();
    const named = typeof nameOrDestination === "string";
    const folder = named ? destination : nameOrDestination;
    if (folder !== undefined && !(folder instanceof EmulatedFolder)) {
      throw new GoogleError("Invalid argument: destination");
    }
    const user = this.exec.effectiveUser;
    const parentId = folder
      ? openItem(this.exec, folder.id, "editor").id
      : this.writableParentOf(source.parents);
    if (source.mimeType === MIME.document) {
      this.exec.workspace.quotas.spend(user, "documentsCreated");
    }
    const name = named ? String(nameOrDestination) : `Copy of ${source.name}`;
    const copy = this.drive.copy(source, user, name, parentId);
    copy.description = source.description;
    return new EmulatedFile(this.exec, copy.id);
  }

  /** The original's folder when the user can add to it; otherwise the user's My Drive. */
  private writableParentOf(parents: readonly string[]): string | undefined {
    const user = this.exec.effectiveUser;
    return parents.find((id) => {
      const parent = this.drive.get(id);
      return parent !== undefined && atLeast(this.drive.roleOf(user, parent), "editor");
    });
  }

  moveTo(destination: unknown): EmulatedFile {
    if (!(destination instanceof EmulatedFolder)) {
      throw new GoogleError("Invalid argument: destination");
    }
    const file = this.record("editor");
    const target = openItem(this.exec, destination.id, "editor");
    file.parents = [target.id];
    this.drive.touch(file);
    return this;
  }
}
