/*
 * ScriptApp: the authorization mode enum, the OAuth token that the REST endpoints accept,
 * the web app's URL, and the effective user's time-driven triggers of this script.
 * Reference: developers.google.com/apps-script/reference/script/script-app
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";
import { EmulatedTrigger, EmulatedTriggerBuilder, requireFullAuth } from "./triggers";

export class EmulatedService
  extends Emulated
  implements Emulates<GoogleAppsScript.Script.Service, "getUrl" | "isEnabled">
{
  static override readonly className = "Service";
  static override readonly methods = ["getUrl", "isEnabled"];

  /**
   * "The URL of the web app, if it has been deployed; otherwise null"
   * (developers.google.com/apps-script/reference/script/service#getUrl). Outside a live web-app
   * request it is the test deployment's /dev URL, as projects calling it from sidebars and
   * triggers report; inside one, the URL of the deployment serving it (unconfirmed on live
   * Google: Confer never relies on either and records its staff URL instead).
   */
  getUrl(): string {
    const ws = this.exec.workspace;
    // @types/google-apps-script types it as string; the reference page documents null.
    if (ws.script.owner === "") return null as unknown as string;
    if (this.exec.kind === "webapp" && this.exec.webAppUrl) return this.exec.webAppUrl;
    return ws.devUrl;
  }

  isEnabled(): boolean {
    return this.exec.workspace.script.owner !== "";
  }
}

export class EmulatedScriptApp
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Script.ScriptApp,
      | "getOAuthToken"
      | "getService"
      | "getScriptId"
      | "newTrigger"
      | "getProjectTriggers"
      | "deleteTrigger"
    >
{
  static override readonly className = "ScriptApp";
  static override readonly methods = [
    "getOAuthToken",
    "getService",
    "getScriptId",
    "newTrigger",
    "getProjectTriggers",
    "deleteTrigger",
  ];
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

  newTrigger(functionName: string): EmulatedTriggerBuilder {
    if (typeof functionName !== "string" || functionName === "") {
      throw new GoogleError("Invalid argument: functionName");
    }
    return new EmulatedTriggerBuilder(this.exec, functionName);
  }

  /** The effective user's triggers of this script; other users' triggers are not listed. */
  getProjectTriggers(): EmulatedTrigger[] {
    requireFullAuth(this.exec, "getProjectTriggers");
    return this.exec.workspace.triggers
      .of(this.exec.effectiveUser)
      .map((row) => new EmulatedTrigger(this.exec, row));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    requireFullAuth(this.exec, "deleteTrigger");
    const emulated = trigger as unknown;
    if (!(emulated instanceof EmulatedTrigger)) throw new GoogleError("Invalid argument: trigger");
    const row = this.exec.workspace.triggers.find(emulated.row.id);
    if (row && row.owner === this.exec.effectiveUser) this.exec.workspace.triggers.remove(row.id);
  }
}
