/* Spreadsheet: a Sheets file, its tabs, its time zone and its protections. */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { splitSheetName } from "../../sheets/a1";
import { newSheet } from "../../sheets/model";
import { isTimeZone } from "../../sheets/time-zone";
import type { SpreadsheetAccess } from "./access";
import { EmulatedProtection } from "./protection";
import type { EmulatedRange } from "./range";
import { EmulatedSheet } from "./sheet";
import { duplicateSheetName } from "./structure";

type SpreadsheetMethods =
  | "getId"
  | "getName"
  | "getUrl"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "rename";

export class EmulatedSpreadsheet
  extends Emulated
  implements Emulates<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods>
{
  static override readonly className = "Spreadsheet";
  static override readonly methods = [
    "getId",
    "getName",
    "rename",
    "getUrl",
    "getSheets",
    "getSheetByName",
    "insertSheet",
    "deleteSheet",
    "getRange",
    "getSpreadsheetTimeZone",
    "setSpreadsheetTimeZone",
    "getProtections",
  ];

  constructor(
    exec: Execution,
    readonly access: SpreadsheetAccess,
  ) {
    super(exec);
  }

  override describe(): unknown {
    return { emulated: "Spreadsheet", id: this.access.fileId };
  }

  private sheet(id: number): EmulatedSheet {
    return new EmulatedSheet(this.exec, this.access, id);
  }

  getId(): string {
    return this.access.read().file.id;
  }

  getName(): string {
    return this.access.read().file.name;
  }

  rename(newName: string): void {
    this.access.write().file.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.access.read().file.id}/edit`;
  }

  getSheets(): EmulatedSheet[] {
    return this.access.read().content.sheets.map((s) => this.sheet(s.id));
  }

  getSheetByName(name: string): EmulatedSheet | null {
    const found = this.access.read().content.sheetByName(String(name));
    return found ? this.sheet(found.id) : null;
  }

  /** A new 1000 x 26 sheet, named "SheetN" when no name is given, at `sheetIndex` (from 0) or last. */
  insertSheet(sheetName?: string | number, sheetIndex?: number): EmulatedSheet {
    const { content } = this.access.write();
    let name: string;
    let index = content.sheets.length;
    if (typeof sheetName === "number") {
      index = sheetName;
      name = "";
    } else {
      name = sheetName === undefined ? "" : String(sheetName);
      if (sheetIndex !== undefined) index = sheetIndex;
    }
    if (name === "") {
      let n = content.sheets.length + 1;
      while (content.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    if (content.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw duplicateSheetName(name);
    }
    if (index < 0 || index > content.sheets.length) {
      throw new GoogleError("Invalid argument: sheetIndex");
    }
    const sheet = newSheet(content.allocateId(), name);
    content.sheets.splice(index, 0, sheet);
    return this.sheet(sheet.id);
  }

  deleteSheet(sheet: EmulatedSheet): void {
    if (!(sheet instanceof EmulatedSheet)) {
      throw new GoogleError(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
      );
    }
    const { content } = this.access.writeSheet(sheet.sheetId, null);
    if (content.sheets.length === 1) {
      throw new GoogleError("You can't remove all the sheets in a document.");
    }
    content.sheets = content.sheets.filter((s) => s.id !== sheet.sheetId);
    content.protections = content.protections.filter((p) => p.sheetId !== sheet.sheetId);
  }

  /** A range in A1 notation, on the named sheet ("Sheet1!A1:B2") or on the first sheet. */
  getRange(a1Notation: string): EmulatedRange {
    const { sheetName, a1 } = splitSheetName(String(a1Notation));
    const { content } = this.access.read();
    const target = sheetName === undefined ? content.sheets[0] : content.sheetByName(sheetName);
    if (!target) throw new GoogleError("Range not found");
    return this.sheet(target.id).getRange(a1);
  }

  getSpreadsheetTimeZone(): string {
    return this.access.read().content.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isTimeZone(String(timezone))) throw new GoogleError("Invalid argument: timezone");
    this.access.write().content.timeZone = String(timezone);
  }

  getProtections(type: string): EmulatedProtection[] {
    return this.access
      .read()
      .content.protections.filter((p) => p.type === String(type))
      .map((p) => new EmulatedProtection(this.exec, this.access, p.id));
  }
}
