/*
 * A docs run's repair of the docs it made before, as the hub owner: each doc of the round whose
 * student changed advisor or grade moves into the folder they now call for, each of the student's
 * docs from earlier rounds moves into their new advisor's folder of that round, and each student
 * a doc was never shared with gets edit access; the Conference Docs rows then say so. A doc Drive
 * refuses to move or share is a problem named for its student, and the next run tries it again.
 */
import {
  accessRepairs,
  earlierDocRepairs,
  sharedAfterMove,
} from "../../domain/conference-docs/access-repair";
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

type RepairedStudent = Student & RunStudent;

interface Move {
  readonly student: RepairedStudent;
  readonly record: DocRecord;
  readonly folderId: string;
  /** The grade the doc's folder and row are for. */
  readonly grade: string;
  /** What a failure to move it is called: "its doc", "its Fall 2026 doc". */
  readonly what: string;
}

/** The folder of each earlier doc: its round's, its grade's, the student's new advisor's. */
function earlierMoves(
  context: HubContext,
  students: readonly RepairedStudent[],
  earlier: ReadonlyMap<string, readonly DocRecord[]>,
): Move[] {
  const repairs = earlierDocRepairs(students, earlier);
  const rounds = [...new Set(repairs.map((r) => r.record.round))];
  return rounds.flatMap((round) => {
    const ofRound = repairs.filter((r) => r.record.round === round);
    const folders = prepareFolders(
      context,
      round,
      ofRound.map((r) => ({ ...r.student, id: r.record.docId, grade: r.record.grade })),
    );
    return ofRound.map(({ student, record }) => ({
      student,
      record,
      folderId: folders.get(record.docId)!,
      grade: record.grade,
      what: `its ${round} doc`,
    }));
  });
}

export function repairDocAccess(
  context: HubContext,
  round: string,
  students: readonly RepairedStudent[],
  records: ReadonlyMap<string, DocRecord>,
  earlier: ReadonlyMap<string, readonly DocRecord[]> = new Map(),
): AccessRepaired {
  const repairs = accessRepairs(students, records);
  const fromEarlier = earlierMoves(context, students, earlier);
  if (repairs.length === 0 && fromEarlier.length === 0) return { repaired: 0, problems: [] };
  const problems: StudentProblem[] = [];
  const failed = (student: RepairedStudent, what: string, error: string) =>
    problems.push({
      studentId: student.id,
      student: displayName(student),
      problem: `${what} could not be ${error} The next run tries again.`,
    });
  const moving = repairs.filter((r) => r.move);
  const folders =
    moving.length > 0
      ? prepareFolders(
          context,
          round,
          moving.map((r) => r.student),
        )
      : new Map<string, string>();
  const moves: Move[] = [
    ...moving.map((r) => ({
      student: r.student,
      record: records.get(r.student.id)!,
      folderId: folders.get(r.student.id)!,
      grade: r.student.grade,
      what: "its doc",
    })),
    ...fromEarlier,
  ];
  const moved = new Set<string>();
  for (const [move, outcome] of zipOutcomes(moves, moveToFolder(moves.map(asRequest)))) {
    if (outcome.ok) moved.add(move.record.docId);
    else failed(move.student, move.what, `moved to its new advisor's folder: ${outcome.error}`);
  }
  const sharing = repairs.filter((r) => r.share);
  const shared = new Set<string>();
  const sharedWith = shareAsEditor(sharing.map((r) => ({ docId: r.docId, email: r.share! })));
  for (const [repair, outcome] of zipOutcomes(sharing, sharedWith)) {
    if (outcome.ok) shared.add(repair.docId);
    else failed(repair.student, "its doc", `shared with ${repair.share}: ${outcome.error}`);
  }
  const rows = new Map<string, unknown[]>();
  for (const move of moves.filter((m) => moved.has(m.record.docId))) {
    const advisor = move.student.advisorEmail.toLowerCase();
    rows.set(move.record.docId, [
      move.grade,
      advisor,
      sharedAfterMove(move.record, advisor).join(", "),
    ]);
  }
  for (const repair of sharing.filter((r) => shared.has(r.docId))) {
    const record = records.get(repair.student.id)!;
    const [grade, advisor, already] = rows.get(repair.docId) ?? [
      record.grade,
      record.advisorEmail,
      record.sharedWith.join(", "),
    ];
    rows.set(repair.docId, [grade, advisor, [already, repair.share].filter((e) => e).join(", ")]);
  }
  if (rows.size > 0) writeRows(context, rows);
  return { repaired: rows.size, problems };
}

const asRequest = (move: Move) => ({ docId: move.record.docId, folderId: move.folderId });

/**
 * Shared With first: a row whose Advisor Email still names the old advisor is moved again by the
 * next run, which then rewrites both, while the other order would leave Shared With stale.
 */
function writeRows(context: HubContext, rows: ReadonlyMap<string, readonly unknown[]>): void {
  withScriptLock(() => {
    updateDocColumns(
      context.hub,
      ["Shared With"],
      new Map([...rows].map(([id, r]) => [id, [r[2]]])),
    );
    updateDocColumns(
      context.hub,
      ["Grade", "Advisor Email"],
      new Map([...rows].map(([id, r]) => [id, r.slice(0, 2)])),
    );
  });
}
