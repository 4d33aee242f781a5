/* DocumentApp: the Docs service's entry point. */
import { Emulated, type Emulates } from "../core/emulated";
import { type EmulatedUi, uiFor } from "./ui";

export class EmulatedDocumentApp
  extends Emulated
  implements Emulates<GoogleAppsScript.Document.DocumentApp, "getUi">
{
  static override readonly className = "DocumentApp";
  static override readonly methods = ["getUi"];

  getUi(): EmulatedUi {
    return uiFor(this.exec, "Docs");
  }
}
