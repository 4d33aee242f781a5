/*
 * The folders a docs run files its docs in, one per round, grade and advisor, each shared with its
 * advisor (who reaches their advisees' docs through it). Whom a folder is shared with is kept in
 * one script property per folder, so a run never shares a folder twice.
 */
import type { RunStudent } from "../../domain/conference-docs/docs-run";
import { conferenceFolderPath } from "../../domain/conference-docs/naming";
import { rosterIndex } from "../../domain/roster/roster-index";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { shareAsEditor } from "../../workspace/conference-docs-api";
import { FolderTree, folderKey } from "../../workspace/drive-folders";
import type { HubContext } from "../hub/context";

/** Whom a folder is shared with already, one script property per folder (not one for all). */
const FOLDER_SHARED = "confer.folderShared:";

/** Makes every folder the plan needs and shares each advisor's folder with them, in batches. */
export function prepareFolders(
  context: HubContext,
  round: string,
  students: readonly RunStudent[],
): Map<string, string> {
  const pathOf = (student: RunStudent) =>
    conferenceFolderPath(round, student.grade, {
      name: rosterIndex(context.roster).staffByEmail.get(student.advisorEmail)?.name ?? "",
      email: student.advisorEmail,
    });
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
    ...new Map(
      students.map((s) => [`${folderOfStudent.get(s.id)} ${s.advisorEmail}`, s]),
    ).entries(),
  ]
    .filter(([grant, s]) => s.advisorEmail !== "" && !shared.has(grant))
    .map(([grant, s]) => ({ grant, docId: folderOfStudent.get(s.id)!, email: s.advisorEmail }));
  const made: Record<string, string> = {};
  const failures: string[] = [];
  for (const [{ docId, email }, outcome] of zipOutcomes(grants, shareAsEditor(grants))) {
    if (!outcome.ok) {
      failures.push(`${email}'s advisees' folder: ${outcome.error}`);
      continue;
    }
    const key = FOLDER_SHARED + docId;
    made[key] = [...new Set([...(made[key] ?? properties[key] ?? "").split(","), email])]
      .filter((e) => e !== "")
      .join(",");
  }
  if (Object.keys(made).length > 0) PropertiesService.getScriptProperties().setProperties(made);
  if (failures.length > 0) {
    throw new Error(`Confer could not share advisors' folders with them: ${failures.join("; ")}`);
  }
  return folderOfStudent;
}
