/*
 * Protection: a protected range or sheet. Until a script changes its editors it mirrors the
 * spreadsheet's editors; neither the owner nor the current user can be removed from it;
 * reading or changing it needs permission to edit it (reference/spreadsheet/protection).
 */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import type { GridArea, ProtectionData } from "../../sheets/model";
import {
  canEditProtected,
  domainCanEdit,
  editorsOf,
  materialize,
  PROTECTED_MESSAGE,
} from "../../sheets/protection-rules";
import { EmulatedBaseUser, emailOf } from "../base-user";
import type { Opened, SpreadsheetAccess } from "./access";
import { EmulatedRange } from "./range";

type ProtectionMethods =
  | "getDescription"
  | "setDescription"
  | "setWarningOnly"
  | "isWarningOnly"
  | "canEdit"
  | "canDomainEdit"
  | "setDomainEdit"
  | "remove";

/** Protects a range, or the sheet (returning the sheet's existing protection if it has one). */
export function createProtection(
  exec: Execution,
  access: SpreadsheetAccess,
  sheetId: number,
  type: ProtectionData["type"],
  area: GridArea | null,
): EmulatedProtection {
  const { content } = access.write();
  access.sheetIn(content, sheetId);
  const existing = content.protections.find((p) => p.type === "SHEET" && p.sheetId === sheetId);
  if (type === "SHEET" && existing) return new EmulatedProtection(exec, access, existing.id);
  const data: ProtectionData = {
    id: content.allocateId(),
    type,
    sheetId,
    area,
    description: "",
    warningOnly: false,
    editors: null,
    domainEdit: null,
    creator: access.user,
  };
  content.protections.push(data);
  return new EmulatedProtection(exec, access, data.id);
}

export class EmulatedProtection
  extends Emulated
  implements Emulates<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods>
{
  static override readonly className = "Protection";
  static override readonly methods = [
    "getDescription",
    "setDescription",
    "getEditors",
    "addEditor",
    "addEditors",
    "removeEditor",
    "removeEditors",
    "setWarningOnly",
    "isWarningOnly",
    "canEdit",
    "canDomainEdit",
    "setDomainEdit",
    "getRange",
    "getProtectionType",
    "remove",
  ];

  constructor(
    exec: Execution,
    private readonly access: SpreadsheetAccess,
    readonly protectionId: number,
  ) {
    super(exec);
  }

  private find(opened: Opened): ProtectionData {
    const data = opened.content.protections.find((p) => p.id === this.protectionId);
    if (!data) throw new GoogleError("The protection you are trying to access has been removed.");
    return data;
  }

  private read(): ProtectionData {
    return this.find(this.access.read());
  }

  /** The protection, for a read or change that needs permission to edit it. */
  private guarded(write: boolean): Opened & { readonly data: ProtectionData } {
    const opened = write ? this.access.write() : this.access.read();
    const data = this.find(opened);
    const fileEditor = this.access.isFileEditor(opened.file);
    if (!canEditProtected(data, opened.file, this.access.user, fileEditor)) {
      throw new GoogleError(PROTECTED_MESSAGE);
    }
    return { ...opened, data };
  }

  private changeEditors(change: (editors: Set<string>, owner: string) => void): EmulatedProtection {
    const { data, file } = this.guarded(true);
    materialize(data, file);
    const editors = new Set(data.editors);
    change(editors, file.owner);
    editors.delete(file.owner);
    data.editors = [...editors];
    return this;
  }

  getDescription(): string {
    return this.read().description;
  }

  setDescription(description: string): EmulatedProtection {
    this.guarded(true).data.description = String(description ?? "");
    return this;
  }

  getEditors(): EmulatedBaseUser[] {
    const { data, file } = this.guarded(false);
    return editorsOf(data, file).map((email) => new EmulatedBaseUser(this.exec, email));
  }

  addEditor(user: string | GoogleAppsScript.Base.User): EmulatedProtection {
    return this.addEditors([emailOf(user)]);
  }

  addEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): EmulatedProtection {
    return this.changeEditors((editors) => {
      for (const user of emailAddresses) editors.add(emailOf(user));
    });
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): EmulatedProtection {
    return this.removeEditors([emailOf(user)]);
  }

  /** Neither the spreadsheet's owner nor the current user can be removed (the call ignores them). */
  removeEditors(users: Array<string | GoogleAppsScript.Base.User>): EmulatedProtection {
    const me = this.access.user;
    return this.changeEditors((editors) => {
      for (const user of users) {
        const email = emailOf(user);
        if (email !== me) editors.delete(email);
      }
    });
  }

  setWarningOnly(warningOnly: boolean): EmulatedProtection {
    this.guarded(true).data.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this.read().warningOnly;
  }

  /** Whether the effective user may edit the protected cells; the owner always can. */
  canEdit(): boolean {
    const opened = this.access.read();
    const data = this.find(opened);
    const fileEditor = this.access.isFileEditor(opened.file);
    return canEditProtected(data, opened.file, this.access.user, fileEditor);
  }

  canDomainEdit(): boolean {
    const { data, file } = this.guarded(false);
    return domainCanEdit(data, file);
  }

  setDomainEdit(editable: boolean): EmulatedProtection {
    const { data, file } = this.guarded(true);
    materialize(data, file);
    data.domainEdit = Boolean(editable);
    return this;
  }

  getRange(): EmulatedRange {
    const opened = this.access.read();
    const data = this.find(opened);
    const sheet = this.access.sheetIn(opened.content, data.sheetId);
    const area = data.area ?? {
      row: 1,
      column: 1,
      numRows: sheet.maxRows,
      numColumns: sheet.maxColumns,
    };
    return new EmulatedRange(this.exec, this.access, data.sheetId, { ...area });
  }

  /** The ProtectionType enum member's name: "RANGE" or "SHEET". */
  getProtectionType(): string {
    return this.read().type;
  }

  remove(): void {
    const { content, data } = this.guarded(true);
    content.protections = content.protections.filter((p) => p !== data);
  }
}
