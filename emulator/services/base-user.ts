/* A Google account as Apps Script hands it out (Protection.getEditors): its email and name. */
import { Emulated, type Emulates } from "../core/emulated";
import type { Execution } from "../core/execution";

export class EmulatedBaseUser
  extends Emulated
  implements Emulates<GoogleAppsScript.Base.User, "getEmail">
{
  static override readonly className = "User";
  static override readonly methods = ["getEmail", "getName"];

  constructor(
    exec: Execution,
    private readonly email: string,
  ) {
    super(exec);
  }

  getEmail(): string {
    return this.email;
  }

  /** The account's display name, or "" for an address outside the emulated directory. */
  getName(): string {
    return this.exec.workspace.users.find(this.email)?.name ?? "";
  }
}

/** The email of a user argument, given as an address or as a User object. */
export function emailOf(user: unknown): string {
  if (user && typeof user === "object" && "getEmail" in user) {
    return String((user as { getEmail(): unknown }).getEmail())
      .trim()
      .toLowerCase();
  }
  return String(user).trim().toLowerCase();
}
