/*
 * The one way emulated Sheets objects reach a spreadsheet's content: reads need viewer access,
 * writes need editor access and must not touch a cell protected against the effective user.
 */
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { atLeast, type DriveFile, MIME } from "../../drive/store";
import { type GridArea, type SheetData, SpreadsheetContent } from "../../sheets/model";
import { blocksEdit, PROTECTED_MESSAGE } from "../../sheets/protection-rules";

export interface Opened {
  readonly file: DriveFile;
  readonly content: SpreadsheetContent;
}

export class SpreadsheetAccess {
  constructor(
    readonly exec: Execution,
    readonly fileId: string,
  ) {}

  get user(): string {
    return this.exec.effectiveUser;
  }

  private open(role: "viewer" | "editor"): Opened {
    const file = this.exec.workspace.drive.open(this.user, this.fileId, role);
    if (file.mimeType !== MIME.spreadsheet || !(file.content instanceof SpreadsheetContent)) {
      throw new GoogleError(
        "No item with the given ID could be found, or you do not have permission to access it.",
      );
    }
    return { file, content: file.content };
  }

  read(): Opened {
    return this.open("viewer");
  }

  /** Opens for a change to the spreadsheet as a whole (rename, time zone, new sheet). */
  write(): Opened {
    const opened = this.open("editor");
    this.exec.workspace.drive.touch(opened.file);
    return opened;
  }

  isFileEditor(file: DriveFile): boolean {
    return atLeast(this.exec.workspace.drive.roleOf(this.user, file), "editor");
  }

  sheetIn(content: SpreadsheetContent, sheetId: number): SheetData {
    const sheet = content.sheetById(sheetId);
    if (!sheet) throw new GoogleError("The sheet you are trying to access has been deleted.");
    return sheet;
  }

  readSheet(sheetId: number): { readonly sheet: SheetData; readonly timeZone: string } {
    const { content } = this.read();
    return { sheet: this.sheetIn(content, sheetId), timeZone: content.timeZone };
  }

  /**
   * Opens a sheet for a write to `area` (null: the sheet itself, such as a rename or a row
   * deletion), refusing it when a protection covers it and the user is not its editor.
   */
  writeSheet(sheetId: number, area: GridArea | null): Opened & { readonly sheet: SheetData } {
    const opened = this.write();
    const sheet = this.sheetIn(opened.content, sheetId);
    if (blocksEdit(opened.content, opened.file, this.user, true, sheetId, area)) {
      throw new GoogleError(PROTECTED_MESSAGE);
    }
    return { ...opened, sheet };
  }
}
