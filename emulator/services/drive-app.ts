/*
 * DriveApp: files and folders by ID or name, the user's My Drive, new folders, and the
 * Access and Permission enums.
 * Reference: developers.google.com/apps-script/reference/drive/drive-app
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { MIME } from "../drive/store";
import { NO_ITEM, openItem } from "./drive/access";
import { EmulatedFile } from "./drive/file";
import { EmulatedFolder } from "./drive/folder";
import { ACCESS, PERMISSION } from "./drive/item";
import { EmulatedFileIterator, EmulatedFolderIterator } from "./drive/iterators";
import { visibleItems } from "./drive/listing";

type DriveAppMethods =
  | "getFileById"
  | "getFolderById"
  | "getRootFolder"
  | "createFolder"
  | "getFoldersByName"
  | "getFilesByName";

export class EmulatedDriveApp
  extends Emulated
  implements Emulates<GoogleAppsScript.Drive.DriveApp, DriveAppMethods>
{
  static override readonly className = "DriveApp";
  static override readonly methods: readonly DriveAppMethods[] = [
    "getFileById",
    "getFolderById",
    "getRootFolder",
    "createFolder",
    "getFoldersByName",
    "getFilesByName",
  ];
  static override readonly properties = ["Access", "Permission"];
  readonly Access = { ...ACCESS };
  readonly Permission = { ...PERMISSION };

  /** Any Drive item, folders included: a folder is a file in Drive. */
  getFileById(id: string): EmulatedFile {
    return new EmulatedFile(this.exec, openItem(this.exec, id).id);
  }

  getFolderById(id: string): EmulatedFolder {
    const folder = openItem(this.exec, id);
    if (folder.mimeType !== MIME.folder) throw new GoogleError(NO_ITEM);
    return new EmulatedFolder(this.exec, folder.id);
  }

  getRootFolder(): EmulatedFolder {
    return new EmulatedFolder(
      this.exec,
      this.exec.workspace.drive.rootOf(this.exec.effectiveUser).id,
    );
  }

  createFolder(name: string): EmulatedFolder {
    return this.getRootFolder().createFolder(name);
  }

  getFoldersByName(name: string): EmulatedFolderIterator<EmulatedFolder> {
    const found = visibleItems(this.exec, "folders", (file) => file.name === String(name));
    return new EmulatedFolderIterator(
      this.exec,
      found.map((file) => new EmulatedFolder(this.exec, file.id)),
    );
  }

  getFilesByName(name: string): EmulatedFileIterator<EmulatedFile> {
    const found = visibleItems(this.exec, "files", (file) => file.name === String(name));
    return new EmulatedFileIterator(
      this.exec,
      found.map((file) => new EmulatedFile(this.exec, file.id)),
    );
  }
}
