/*
 * Flags the artifacts a student's advisor cannot open: each Drive link's permissions are listed
 * as the student (all at once), and judged against the advisor's email and domain.
 */
import {
  advisorCanOpen,
  CANNOT_CHECK,
  CANNOT_OPEN,
  driveFileId,
} from "../domain/my-conference/artifact-access";
import type { ArtifactRow } from "../domain/my-conference/view";
import { permissionsOf } from "../workspace/drive-permissions";

export function artifactProblems(
  artifacts: readonly ArtifactRow[],
  advisorEmail: string,
): { link: string; problem: string }[] {
  const files = artifacts
    .map((a) => ({ link: a.link, id: driveFileId(a.link) }))
    .filter((f) => f.id !== "");
  const outcomes = permissionsOf(files.map((f) => f.id));
  return files.flatMap((file, i) => {
    const outcome = outcomes[i]!;
    if (!outcome.ok) return [{ link: file.link, problem: CANNOT_CHECK }];
    return advisorCanOpen(outcome.value, advisorEmail)
      ? []
      : [{ link: file.link, problem: CANNOT_OPEN }];
  });
}
