/*
 * Flags the artifacts a student's advisor (or, in a classroom doc, their teacher) cannot open:
 * each Drive link's permissions are listed as the viewer (all at once), judged against the
 * advisor or teacher, and worded for the viewer.
 */
import {
  accessProblem,
  type ConferenceHost,
  driveFileId,
  problemWording,
} from "../../domain/my-conference/artifact-access";
import type { ArtifactRow, ConferenceRole } from "../../domain/my-conference/view";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { permissionsOf } from "../../workspace/drive-permissions";

export interface ArtifactViewer {
  readonly role: ConferenceRole;
  readonly studentName: string;
  /** Whoever holds the conference: the advisor, or a classroom doc's teacher. */
  readonly advisorEmail: string;
  readonly host?: ConferenceHost;
}

export function artifactProblems(
  artifacts: readonly ArtifactRow[],
  viewer: ArtifactViewer,
): { link: string; problem: string }[] {
  const files = artifacts
    .map((a) => ({ link: a.link, id: driveFileId(a.link) }))
    .filter((f) => f.id !== "");
  const outcomes = permissionsOf(files.map((f) => f.id));
  return zipOutcomes(files, outcomes).flatMap(([file, outcome]) => {
    const answer = outcome.ok
      ? { ok: true as const, permissions: outcome.value }
      : { ok: false as const, ...(outcome.status === undefined ? {} : { status: outcome.status }) };
    const problem = accessProblem(answer, viewer.role, viewer.advisorEmail);
    return problem
      ? [
          {
            link: file.link,
            problem: problemWording(problem, viewer.role, viewer.studentName, viewer.host),
          },
        ]
      : [];
  });
}
