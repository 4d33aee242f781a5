/* Session: who is running the script (effective user) and who is at the keyboard (active user). */
import { Emulated, type Emulates } from "../core/emulated";
import type { Execution } from "../core/execution";

export class EmulatedUser
  extends Emulated
  implements Emulates<GoogleAppsScript.Base.User, "getEmail">
{
  static override readonly className = "User";
  static override readonly methods = ["getEmail"];

  constructor(
    exec: Execution,
    private readonly email: string,
  ) {
    super(exec);
  }

  getEmail(): string {
    return this.email;
  }
}

export class EmulatedSession
  extends Emulated
  implements
    Emulates<
      GoogleAppsScript.Base.Session,
      "getActiveUser" | "getEffectiveUser" | "getScriptTimeZone" | "getTemporaryActiveUserKey"
    >
{
  static override readonly className = "Session";
  static override readonly methods = [
    "getActiveUser",
    "getEffectiveUser",
    "getScriptTimeZone",
    "getTemporaryActiveUserKey",
  ];

  /** Empty when the active user is in another domain, as Google documents. */
  getActiveUser(): EmulatedUser {
    return new EmulatedUser(this.exec, this.exec.activeUser);
  }

  getEffectiveUser(): EmulatedUser {
    return new EmulatedUser(this.exec, this.exec.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.exec.workspace.script.timeZone;
  }

  /** A stable, opaque key per user and script, as Google returns it. */
  getTemporaryActiveUserKey(): string {
    const user = this.exec.activeUser || this.exec.effectiveUser;
    let hash = 0;
    for (const ch of `${this.exec.workspace.script.scriptId}|${user}`) {
      hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
    }
    return `ALX${(hash >>> 0).toString(36)}${user.length.toString(36)}`;
  }
}
