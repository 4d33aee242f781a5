/*
 * The folders a docs run files its docs in, one per round, grade and advisor, each shared with its
 * advisor (who reaches their advisees' docs through it); a classroom round's, one per round and
 * teacher, shared with the teacher. Whom a folder is shared with is kept in one script property
 * per folder, so a run never shares a folder twice.
 */
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import { classroomFolderPath, conferenceFolderPath } from "../../domain/conference-docs/naming";
import { rosterIndex } from "../../domain/roster/roster-index";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { shareAsEditor } from "../../workspace/conference-docs-api";
import { FolderTree, folderKey } from "../../workspace/drive-folders";
import type { HubContext } from "../hub/context";

/** Whom a folder is shared with already, one script property per folder (not one for all). */
const FOLDER_SHARED = "confer.folderShared:";

/** Whose folder a student's doc goes in, and that folder's path. */
export interface FolderPlan {
  readonly hostOf: (student: RunStudent) => string;
  readonly pathOf: (student: RunStudent) => readonly string[];
}

const nameOf = (context: HubContext, email: string) =>
  rosterIndex(context.roster).staffByEmail.get(email)?.name ?? "";

export function advisorFolders(context: HubContext, round: string): FolderPlan {
  return {
    hostOf: (student) => student.advisorEmail,
    pathOf: (student) =>
      conferenceFolderPath(round, student.grade, {
        name: nameOf(context, student.advisorEmail),
        email: student.advisorEmail,
      }),
  };
}

export function classroomFolders(context: HubContext, round: string, host: string): FolderPlan {
  const path = classroomFolderPath(round, { name: nameOf(context, host), email: host });
  return { hostOf: () => host, pathOf: () => path };
}

/** Makes every folder the plan needs and shares each host's folder with them, in batches. */
export function prepareFolders(
  context: HubContext,
  round: string,
  students: readonly RunStudent[],
  plan: FolderPlan = advisorFolders(context, round),
): Map<string, string> {
  const { pathOf, hostOf } = plan;
  const ids = new FolderTree().ensureAll(students.map(pathOf));
  const folderOfStudent = new Map(students.map((s) => [s.id, ids.get(folderKey(pathOf(s)))!]));
  const properties = PropertiesService.getScriptProperties().getProperties();
  const shared = new Set(
    Object.entries(properties)
      .filter(([key]) => key.startsWith(FOLDER_SHARED))
      .flatMap(([key, emails]) =>
        emails.split(",").map((e) => `${key.slice(FOLDER_SHARED.length)} ${e}`),
      ),
  );
  const grants = [
    ...new Map(students.map((s) => [`${folderOfStudent.get(s.id)} ${hostOf(s)}`, s])).entries(),
  ]
    .filter(([grant]) => !shared.has(grant))
    .map(([grant, s]) => ({ grant, docId: folderOfStudent.get(s.id)!, email: hostOf(s) }));
  const made: Record<string, string> = {};
  const failures: string[] = [];
  for (const [{ docId, email }, outcome] of zipOutcomes(grants, shareAsEditor(grants))) {
    if (!outcome.ok) {
      failures.push(`${email}'s folder: ${outcome.error}`);
      continue;
    }
    const key = FOLDER_SHARED + docId;
    made[key] = [...new Set([...(made[key] ?? properties[key] ?? "").split(","), email])]
      .filter((e) => e !== "")
      .join(",");
  }
  if (Object.keys(made).length > 0) PropertiesService.getScriptProperties().setProperties(made);
  if (failures.length > 0) {
    throw new Error(`Confer could not share folders with their hosts: ${failures.join("; ")}`);
  }
  return folderOfStudent;
}
