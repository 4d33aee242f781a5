/*
 * How DriveApp meets Drive's access rules: which files a user can open, write and share,
 * with the messages DriveApp throws, and who a sharing argument (email or User) names.
 */
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import type { DriveFile, Role } from "../../drive/store";

export const NO_ITEM =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";
export const ACCESS_DENIED = "Access denied: DriveApp.";

/** The file if the effective user holds `needed` on it; DriveApp's messages otherwise. */
export function openItem(exec: Execution, id: string, needed: Role = "viewer"): DriveFile {
  const drive = exec.workspace.drive;
  const user = exec.effectiveUser;
  const file = drive.get(String(id));
  if (!file || !drive.roleOf(user, file)) throw new GoogleError(NO_ITEM);
  try {
    return drive.open(user, file.id, needed);
  } catch {
    throw new GoogleError(ACCESS_DENIED);
  }
}

export function requireSharer(exec: Execution, file: DriveFile): void {
  if (!exec.workspace.drive.canShare(exec.effectiveUser, file)) {
    throw new GoogleError(ACCESS_DENIED);
  }
}

/** The account a sharing argument names: an email address or a User; unknown addresses throw. */
export function granteeOf(exec: Execution, who: unknown): string {
  const raw =
    typeof who === "string"
      ? who
      : who && typeof (who as { getEmail?: unknown }).getEmail === "function"
        ? String((who as { getEmail(): string }).getEmail())
        : undefined;
  if (raw === undefined) throw new GoogleError("Invalid argument: emailAddress");
  const user = exec.workspace.users.find(raw);
  if (!user) throw new GoogleError(`Invalid email: ${raw}`);
  return user.email;
}
