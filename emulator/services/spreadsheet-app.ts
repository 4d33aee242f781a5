/* SpreadsheetApp: the Sheets service's entry point. */
import { Emulated, type Emulates } from "../core/emulated";
import { type EmulatedUi, uiFor } from "./ui";

export class EmulatedSpreadsheetApp
  extends Emulated
  implements Emulates<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "getUi" | "flush">
{
  static override readonly className = "SpreadsheetApp";
  static override readonly methods = ["getUi", "flush"];

  getUi(): EmulatedUi {
    return uiFor(this.exec, "Sheets");
  }

  /** Pending writes are applied at once in the emulator; flush costs its modelled latency. */
  flush(): void {}
}
