/*
 * Who may edit under a protection, as the Protection reference describes it: the spreadsheet
 * owner always can; until a script changes its editors, a protection mirrors the spreadsheet's
 * own editors; warning-only protections never block a script.
 */
import { domainOf } from "../core/users";
import type { DriveFile } from "../drive/store";
import type { GridArea, ProtectionData, SpreadsheetContent } from "./model";

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function fileDomainEditable(file: DriveFile): boolean {
  return file.linkAccess === "DOMAIN_WITH_LINK" && file.linkRole === "editor";
}

export function domainCanEdit(p: ProtectionData, file: DriveFile): boolean {
  return p.domainEdit ?? fileDomainEditable(file);
}

/** Everyone named as an editor of the protection, the owner first. */
export function editorsOf(p: ProtectionData, file: DriveFile): string[] {
  const named = p.editors ?? [...file.editors];
  return [file.owner, ...named.filter((e) => e !== file.owner)];
}

/** `fileEditor`: whether the user may edit the spreadsheet itself (directly or through a folder). */
export function canEditProtected(
  p: ProtectionData,
  file: DriveFile,
  user: string,
  fileEditor: boolean,
): boolean {
  if (user === file.owner) return true;
  if (!fileEditor) return false;
  if (p.editors === null && p.domainEdit === null) return true;
  if (editorsOf(p, file).includes(user)) return true;
  return domainCanEdit(p, file) && domainOf(user) === domainOf(file.owner);
}

/** Fixes a mirroring protection's editors, so a script's change applies to a real list. */
export function materialize(p: ProtectionData, file: DriveFile): void {
  if (p.editors === null) {
    p.editors = [...file.editors];
    if (p.creator !== file.owner && !p.editors.includes(p.creator)) p.editors.push(p.creator);
  }
  if (p.domainEdit === null) p.domainEdit = fileDomainEditable(file);
}

function overlaps(a: GridArea, b: GridArea): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** Whether the protection covers any of `area` on the sheet; a null area means the sheet itself. */
export function covers(p: ProtectionData, sheetId: number, area: GridArea | null): boolean {
  if (p.sheetId !== sheetId) return false;
  if (p.type === "SHEET") return true;
  return area === null ? false : overlaps(p.area!, area);
}

export function blocksEdit(
  content: SpreadsheetContent,
  file: DriveFile,
  user: string,
  fileEditor: boolean,
  sheetId: number,
  area: GridArea | null,
): boolean {
  return content.protections.some(
    (p) =>
      !p.warningOnly && covers(p, sheetId, area) && !canEditProtected(p, file, user, fileEditor),
  );
}
