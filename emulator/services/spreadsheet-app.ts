/* SpreadsheetApp: the Sheets service's entry point: create, open, the active spreadsheet. */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { MIME } from "../drive/store";
import { SpreadsheetContent } from "../sheets/model";
import { SpreadsheetAccess } from "./sheets/access";
import { EmulatedDataValidationBuilder } from "./sheets/data-validation";
import { EmulatedSpreadsheet } from "./sheets/spreadsheet";
import { type EmulatedUi, uiFor } from "./ui";

export class EmulatedSpreadsheetApp
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      "getUi" | "flush" | "create" | "openById" | "openByUrl" | "newDataValidation"
    >
{
  static override readonly className = "SpreadsheetApp";
  static override readonly methods = [
    "getUi",
    "flush",
    "create",
    "openById",
    "openByUrl",
    "getActiveSpreadsheet",
    "getActive",
    "newDataValidation",
  ];
  static override readonly properties = ["ProtectionType"];
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" };

  getUi(): EmulatedUi {
    return uiFor(this.exec, "Sheets");
  }

  /** Pending writes are applied at once in the emulator; flush costs its modelled latency. */
  flush(): void {}

  /** A new spreadsheet in the effective user's My Drive, with one sheet "Sheet1". */
  create(name: string, rows?: number, columns?: number): EmulatedSpreadsheet {
    if (name === undefined || name === null) throw new GoogleError("Invalid argument: name");
    if (rows !== undefined && (rows < 1 || columns === undefined || columns < 1)) {
      throw new GoogleError("Invalid argument: rows");
    }
    const { workspace, effectiveUser } = this.exec;
    workspace.quotas.spend(effectiveUser, "spreadsheetsCreated");
    const file = workspace.drive.create({
      name: String(name),
      mimeType: MIME.spreadsheet,
      owner: effectiveUser,
      content: SpreadsheetContent.create(workspace.script.timeZone, rows, columns),
    });
    return this.open(file.id);
  }

  private open(id: string): EmulatedSpreadsheet {
    const access = new SpreadsheetAccess(this.exec, id);
    access.read();
    return new EmulatedSpreadsheet(this.exec, access);
  }

  openById(id: string): EmulatedSpreadsheet {
    return this.open(String(id));
  }

  openByUrl(url: string): EmulatedSpreadsheet {
    const match = /\/spreadsheets\/d\/([-\w]+)/.exec(String(url));
    if (!match) throw new GoogleError("Invalid argument: url");
    return this.open(match[1]!);
  }

  /** The spreadsheet the script is bound to or the add-on is open in, or null. */
  getActiveSpreadsheet(): EmulatedSpreadsheet | null {
    const id = this.exec.containerId;
    const file = id ? this.exec.workspace.drive.get(id) : undefined;
    if (!file || file.mimeType !== MIME.spreadsheet) return null;
    return this.open(file.id);
  }

  getActive(): EmulatedSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  newDataValidation(): EmulatedDataValidationBuilder {
    return new EmulatedDataValidationBuilder(this.exec);
  }
}
