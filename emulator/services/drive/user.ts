/*
 * DriveApp's User: a person with access to a file or folder (an owner, editor or viewer).
 * Reference: developers.google.com/apps-script/reference/drive/user
 */
import { Emulated, type Emulates } from "../../core/emulated";
import type { Execution } from "../../core/execution";
import { domainOf } from "../../core/users";

export class EmulatedDriveUser
  extends Emulated
  implements Emulates<GoogleAppsScript.Drive.User, "getEmail" | "getName" | "getDomain">
{
  static override readonly className = "User";
  static override readonly methods = ["getEmail", "getName", "getDomain"];

  constructor(
    exec: Execution,
    readonly email: string,
  ) {
    super(exec);
  }

  getEmail(): string {
    return this.email;
  }

  /** Null when the name is not available (an address outside the Workspace), as documented. */
  getName(): string {
    return this.exec.workspace.users.find(this.email)?.name ?? (null as unknown as string);
  }

  getDomain(): string {
    return domainOf(this.email);
  }

  override describe(): unknown {
    return { emulated: "User", email: this.email };
  }
}
