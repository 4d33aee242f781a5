/*
 * DriveApp's Folder: its subfolders and files, new subfolders, and sharing that reaches
 * every item inside it.
 * Reference: developers.google.com/apps-script/reference/drive/folder
 */
import type { Emulates } from "../../core/emulated";
import { invalidArgument } from "../../core/errors";
import { MIME } from "../../drive/store";
import { EmulatedFile } from "./file";
import { EmulatedDriveItem } from "./item";
import { EmulatedFileIterator, EmulatedFolderIterator } from "./iterators";
import { type Kind, visibleItems } from "./listing";

type FolderMethods =
  | "getId"
  | "getName"
  | "getUrl"
  | "createFolder"
  | "getFolders"
  | "getFiles"
  | "getFoldersByName"
  | "getFilesByName"
  | "addEditor"
  | "addViewer"
  | "getEditors"
  | "getParents"
  | "setTrashed";

export class EmulatedFolder
  extends EmulatedDriveItem
  implements Emulates<GoogleAppsScript.Drive.Folder, FolderMethods>
{
  static override readonly className = "Folder";
  static override readonly methods: readonly FolderMethods[] = [
    "getId",
    "getName",
    "getUrl",
    "createFolder",
    "getFolders",
    "getFiles",
    "getFoldersByName",
    "getFilesByName",
    "addEditor",
    "addViewer",
    "getEditors",
    "getParents",
    "setTrashed",
  ];

  protected folderOf(id: string): EmulatedFolder {
    return new EmulatedFolder(this.exec, id);
  }

  protected folderIterator(folders: EmulatedFolder[]): EmulatedFolderIterator<EmulatedFolder> {
    return new EmulatedFolderIterator(this.exec, folders);
  }

  /** A new folder inside this one, owned by the effective user, who must be able to edit here. */
  createFolder(name: string): EmulatedFolder {
    if (typeof name !== "string") throw invalidArgument("name");
    const parent = this.record("editor");
    const folder = this.drive.create({
      name,
      mimeType: MIME.folder,
      owner: this.exec.effectiveUser,
      parents: [parent.id],
    });
    return new EmulatedFolder(this.exec, folder.id);
  }

  getFolders(): EmulatedFolderIterator<EmulatedFolder> {
    return this.folders(() => true);
  }

  getFoldersByName(name: string): EmulatedFolderIterator<EmulatedFolder> {
    return this.folders((candidate) => candidate === String(name));
  }

  getFiles(): EmulatedFileIterator<EmulatedFile> {
    return new EmulatedFileIterator(
      this.exec,
      this.children("files", () => true).map((id) => new EmulatedFile(this.exec, id)),
    );
  }

  getFilesByName(name: string): EmulatedFileIterator<EmulatedFile> {
    return new EmulatedFileIterator(
      this.exec,
      this.children("files", (candidate) => candidate === String(name)).map(
        (id) => new EmulatedFile(this.exec, id),
      ),
    );
  }

  private folders(named: (name: string) => boolean): EmulatedFolderIterator<EmulatedFolder> {
    return new EmulatedFolderIterator(
      this.exec,
      this.children("folders", named).map((id) => new EmulatedFolder(this.exec, id)),
    );
  }

  private children(kind: Kind, named: (name: string) => boolean): string[] {
    const parentId = this.record().id;
    return visibleItems(
      this.exec,
      kind,
      (file) => file.parents.includes(parentId) && named(file.name),
    ).map((file) => file.id);
  }
}
