/*
 * What DriveApp's File and Folder share: identity, URL, sharing (named people and link
 * access), parents and the trash. Each call re-checks the effective user's access.
 * Reference: developers.google.com/apps-script/reference/drive/file and .../drive/folder
 */
import { Emulated } from "../../core/emulated";
import { GoogleError, invalidArgument } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { atLeast, type DriveFile, type LinkAccess, MIME, type Role } from "../../drive/store";
import { ACCESS_DENIED, granteeOf, openItem, requireSharer } from "./access";
import { EmulatedDriveUser } from "./user";

export const ACCESS = {
  ANYONE: "ANYONE",
  ANYONE_WITH_LINK: "ANYONE_WITH_LINK",
  DOMAIN: "DOMAIN",
  DOMAIN_WITH_LINK: "DOMAIN_WITH_LINK",
  PRIVATE: "PRIVATE",
} as const;

export const PERMISSION = {
  VIEW: "VIEW",
  EDIT: "EDIT",
  COMMENT: "COMMENT",
  OWNER: "OWNER",
  ORGANIZER: "ORGANIZER",
  FILE_ORGANIZER: "FILE_ORGANIZER",
  NONE: "NONE",
} as const;

const PERMISSION_OF_ROLE: Record<Role, string> = {
  owner: PERMISSION.OWNER,
  editor: PERMISSION.EDIT,
  commenter: PERMISSION.COMMENT,
  viewer: PERMISSION.VIEW,
};

const ROLE_OF_PERMISSION: Record<string, Exclude<Role, "owner">> = {
  VIEW: "viewer",
  COMMENT: "commenter",
  EDIT: "editor",
};

const URL_OF_MIME: Record<string, (id: string) => string> = {
  [MIME.document]: (id) => `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`,
  [MIME.spreadsheet]: (id) => `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`,
  [MIME.folder]: (id) => `https://drive.google.com/drive/folders/${id}`,
};

type DrivePermission = GoogleAppsScript.Drive.Permission;
type DriveAccess = GoogleAppsScript.Drive.Access;

/** Enum values cross to the script as their names, as the emulator's other enums do. */
function asEnum<T>(name: string): T {
  return name as unknown as T;
}

export abstract class EmulatedDriveItem extends Emulated {
  constructor(
    exec: Execution,
    readonly id: string,
  ) {
    super(exec);
  }

  protected get drive() {
    return this.exec.workspace.drive;
  }

  protected record(needed: Role = "viewer"): DriveFile {
    return openItem(this.exec, this.id, needed);
  }

  protected abstract folderOf(id: string): Emulated;

  getId(): string {
    return this.record().id;
  }

  getName(): string {
    return this.record().name;
  }

  getUrl(): string {
    const file = this.record();
    const url = URL_OF_MIME[file.mimeType];
    return url ? url(file.id) : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  }

  getOwner(): EmulatedDriveUser {
    return new EmulatedDriveUser(this.exec, this.record().owner);
  }

  /** Empty unless the effective user can edit the item, as documented. */
  getEditors(): EmulatedDriveUser[] {
    const file = this.record();
    if (!this.canEdit(file)) return [];
    return [...file.editors].map((email) => new EmulatedDriveUser(this.exec, email));
  }

  /** Viewers and commenters; empty unless the effective user can edit the item. */
  getViewers(): EmulatedDriveUser[] {
    const file = this.record();
    if (!this.canEdit(file)) return [];
    return [...file.commenters, ...file.viewers].map(
      (email) => new EmulatedDriveUser(this.exec, email),
    );
  }

  addEditor(who: unknown): this {
    return this.grant([who], "editor");
  }

  addEditors(emails: string[]): this {
    return this.grant(this.listArgument(emails), "editor");
  }

  addViewer(who: unknown): this {
    return this.grant([who], "viewer");
  }

  addViewers(emails: string[]): this {
    return this.grant(this.listArgument(emails), "viewer");
  }

  addCommenter(who: unknown): this {
    return this.grant([who], "commenter");
  }

  addCommenters(emails: string[]): this {
    return this.grant(this.listArgument(emails), "commenter");
  }

  removeEditor(who: unknown): this {
    return this.revoke(who, (file, email) => file.editors.has(email));
  }

  /** Removes a viewer or commenter; no effect on an editor, as documented. */
  removeViewer(who: unknown): this {
    return this.revoke(who, (file, email) => file.viewers.has(email) || file.commenters.has(email));
  }

  removeCommenter(who: unknown): this {
    return this.revoke(who, (file, email) => file.commenters.has(email));
  }

  getSharingAccess(): DriveAccess {
    return asEnum(this.record().linkAccess);
  }

  getSharingPermission(): DrivePermission {
    const file = this.record();
    return asEnum(
      file.linkAccess === "PRIVATE" ? PERMISSION.NONE : PERMISSION_OF_ROLE[file.linkRole],
    );
  }

  setSharing(accessType: unknown, permissionType: unknown): this {
    const access = String(accessType);
    const permission = String(permissionType);
    if (!(access in ACCESS)) throw invalidArgument("accessType");
    const role = ROLE_OF_PERMISSION[permission];
    if (!role && !(access === "PRIVATE" && permission === PERMISSION.NONE)) {
      throw invalidArgument("permissionType");
    }
    const file = this.record();
    requireSharer(this.exec, file);
    file.linkAccess = access as LinkAccess;
    file.linkRole = role ?? "viewer";
    this.drive.touch(file);
    return this;
  }

  /** The user's permission, whether granted directly, through a folder or by link sharing. */
  getAccess(who: unknown): DrivePermission {
    const file = this.record();
    const email = granteeOf(this.exec, who);
    const role = this.drive.roleOf(email, file);
    return asEnum(role ? PERMISSION_OF_ROLE[role] : PERMISSION.NONE);
  }

  getParents(): Emulated {
    const file = this.record();
    const user = this.exec.effectiveUser;
    const visible = file.parents.filter((id) => {
      const parent = this.drive.get(id);
      return parent !== undefined && this.drive.roleOf(user, parent) !== undefined;
    });
    return this.folderIterator(visible.map((id) => this.folderOf(id)));
  }

  protected abstract folderIterator(folders: Emulated[]): Emulated;

  /** Only the owner may move a My Drive item to the trash. */
  setTrashed(trashed: boolean): this {
    const file = this.record();
    if (file.owner !== this.exec.effectiveUser) throw new GoogleError(ACCESS_DENIED);
    file.trashed = Boolean(trashed);
    this.drive.touch(file);
    return this;
  }

  isTrashed(): boolean {
    return this.record().trashed;
  }

  override describe(): unknown {
    return { emulated: this.emulatedClass.className, id: this.id };
  }

  protected canEdit(file: DriveFile): boolean {
    return atLeast(this.drive.roleOf(this.exec.effectiveUser, file), "editor");
  }

  private listArgument(emails: unknown): unknown[] {
    if (!Array.isArray(emails)) throw invalidArgument("emailAddresses");
    return emails;
  }

  /** Adds people in one go: every address is checked before any is added. */
  private grant(people: unknown[], role: Exclude<Role, "owner">): this {
    const file = this.record();
    requireSharer(this.exec, file);
    const emails = people.map((who) => granteeOf(this.exec, who));
    for (const email of emails) {
      if (email === file.owner) continue;
      if (role !== "editor" && file.editors.has(email)) continue;
      this.drive.share(file, email, role);
    }
    return this;
  }

  private revoke(who: unknown, holds: (file: DriveFile, email: string) => boolean): this {
    const file = this.record();
    requireSharer(this.exec, file);
    const email = granteeOf(this.exec, who);
    if (email === file.owner) throw new GoogleError(ACCESS_DENIED);
    if (holds(file, email)) this.drive.unshare(file, email);
    return this;
  }
}
