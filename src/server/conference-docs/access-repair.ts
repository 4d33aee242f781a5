/*
 * A docs run's repair of the docs it made before, as the hub owner: each doc whose student
 * changed advisor or grade moves into the folder they now call for, and each student the doc was
 * never shared with gets edit access; the Conference Docs rows then say so. A doc Drive refuses
 * to move or share is a problem named for its student, and the next run tries it again.
 */
import { type AccessRepair, accessRepairs } from "../../domain/conference-docs/access-repair";
import type { RunStudent, StudentProblem } from "../../domain/conference-docs/docs-run";
import { displayName } from "../../domain/conference-docs/naming";
import type { DocRecord } from "../../domain/conference-docs/records";
import type { Student } from "../../domain/roster/model";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { moveToFolder, shareAsEditor } from "../../workspace/conference-docs-api";
import { updateDocColumns } from "../../workspace/docs-tab-columns";
import type { HubContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { prepareFolders } from "./folders";

export interface AccessRepaired {
  readonly repaired: number;
  readonly problems: readonly StudentProblem[];
}

type Repair = AccessRepair<Student & RunStudent>;

export function repairDocAccess(
  context: HubContext,
  round: string,
  students: readonly (Student & RunStudent)[],
  records: ReadonlyMap<string, DocRecord>,
): AccessRepaired {
  const repairs = accessRepairs(students, records);
  if (repairs.length === 0) return { repaired: 0, problems: [] };
  const problems: StudentProblem[] = [];
  const failed = (repair: Repair, what: string, error: string) =>
    problems.push({
      studentId: repair.student.id,
      student: displayName(repair.student),
      problem: `its doc could not be ${what}: ${error} The next run tries again.`,
    });
  const moving = repairs.filter((r) => r.move);
  const folders =
    moving.length > 0
      ? prepareFolders(
          context,
          round,
          moving.map((r) => r.student),
        )
      : new Map();
  const moved = new Set<string>();
  const movedTo = moveToFolder(
    moving.map((r) => ({ docId: r.docId, folderId: folders.get(r.student.id)! })),
  );
  for (const [repair, outcome] of zipOutcomes(moving, movedTo)) {
    if (outcome.ok) moved.add(repair.student.id);
    else failed(repair, "moved to its new advisor's folder", outcome.error);
  }
  const sharing = repairs.filter((r) => r.share);
  const shared = new Set<string>();
  const sharedWith = shareAsEditor(sharing.map((r) => ({ docId: r.docId, email: r.share! })));
  for (const [repair, outcome] of zipOutcomes(sharing, sharedWith)) {
    if (outcome.ok) shared.add(repair.student.id);
    else failed(repair, `shared with ${repair.share}`, outcome.error);
  }
  const rows = new Map<string, unknown[]>();
  for (const repair of repairs) {
    const record = records.get(repair.student.id)!;
    const movedNow = moved.has(repair.student.id);
    const sharedWith = shared.has(repair.student.id)
      ? [...record.sharedWith, repair.share!]
      : record.sharedWith;
    if (!movedNow && sharedWith === record.sharedWith) continue;
    rows.set(record.docId, [
      movedNow ? repair.student.grade : record.grade,
      movedNow ? repair.student.advisorEmail.toLowerCase() : record.advisorEmail,
      sharedWith.join(", "),
    ]);
  }
  if (rows.size > 0) {
    withScriptLock(() => {
      updateDocColumns(
        context.hub,
        ["Grade", "Advisor Email"],
        new Map([...rows].map(([id, r]) => [id, r.slice(0, 2)])),
      );
      updateDocColumns(
        context.hub,
        ["Shared With"],
        new Map([...rows].map(([id, r]) => [id, [r[2]]])),
      );
    });
  }
  return { repaired: rows.size, problems };
}
