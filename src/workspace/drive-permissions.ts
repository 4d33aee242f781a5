/* Who each Drive file is shared with (Drive v3 permissions.list), as the current user, at once. */

import type { DrivePermission } from "../domain/my-conference/artifact-access";
import type { Outcome } from "../domain/outcome";
import { callAll, DRIVE, query } from "./google-api";

export function permissionsOf(fileIds: readonly string[]): Outcome<readonly DrivePermission[]>[] {
  return callAll(
    fileIds.map((id) => ({
      method: "get" as const,
      url: `${DRIVE}/files/${encodeURIComponent(id)}/permissions?${query({ fields: "permissions(type,role,emailAddress,domain)" })}`,
    })),
  ).map((outcome) =>
    outcome.ok
      ? {
          ok: true as const,
          value: (outcome.value as { permissions?: DrivePermission[] }).permissions ?? [],
        }
      : outcome,
  );
}
