/*
 * ScriptApp: the authorization mode enum, the OAuth token that the REST endpoints accept,
 * and the web app's URL.
 */
import { Emulated, type Emulates } from "../core/emulated";

export class EmulatedService
  extends Emulated
  implements Emulates<GoogleAppsScript.Script.Service, "getUrl" | "isEnabled">
{
  static override readonly className = "Service";
  static override readonly methods = ["getUrl", "isEnabled"];

  getUrl(): string {
    return this.exec.workspace.script.owner ? this.exec.workspace.webAppUrl : "";
  }

  isEnabled(): boolean {
    return this.exec.workspace.script.owner !== "";
  }
}

export class EmulatedScriptApp
  extends Emulated
  implements
    Emulates<GoogleAppsScript.Script.ScriptApp, "getOAuthToken" | "getService" | "getScriptId">
{
  static override readonly className = "ScriptApp";
  static override readonly methods = ["getOAuthToken", "getService", "getScriptId"];
  static override readonly properties = ["AuthMode", "TriggerSource", "EventType"];
  readonly AuthMode = {
    NONE: "NONE",
    CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
    LIMITED: "LIMITED",
    FULL: "FULL",
  };
  readonly TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK", DOCUMENTS: "DOCUMENTS" };
  readonly EventType = { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_EDIT: "ON_EDIT" };

  /** A bearer token for the effective user, accepted by the emulated REST endpoints. */
  getOAuthToken(): string {
    return this.exec.workspace.tokenFor(this.exec.effectiveUser);
  }

  getService(): EmulatedService {
    return new EmulatedService(this.exec);
  }

  getScriptId(): string {
    return this.exec.workspace.script.scriptId;
  }
}
