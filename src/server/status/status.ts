/*
 * Where every student's conference stands in a round (the working round unless another is
 * chosen), read from their docs (documents.get for each, sent at once with fetchAll) and written
 * back to the Conference Docs tab in one write, beside another round's stages from the tab when
 * asked to compare. Coordinators see the whole school, filtered by grade and advisor; advisors
 * see their advisees.
 */
import { displayName } from "../../domain/conference-docs/naming";
import type { DocRecord } from "../../domain/conference-docs/records";
import { recordsOfRound, roundsWithDocs } from "../../domain/conference-docs/rounds";
import type { DocJson } from "../../domain/doc/doc-json";
import { personOf } from "../../domain/roles";
import type { Student } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import { docStatus } from "../../domain/status/status";
import { type StatusFilter, statusAudience } from "../../domain/status/status-audience";
import { type StatusBoard, statusBoard } from "../../domain/status/status-board";
import { statusRounds } from "../../domain/status/status-rounds";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { getDocuments } from "../../workspace/conference-doc-sections";
import { updateDocColumns } from "../../workspace/docs-tab-columns";
import type { Hub } from "../../workspace/hub-store";
import { readAllDocRecords } from "../conference-docs/doc-records";
import { loadOwnerContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { docProblem } from "../pull/pull";
import { workingRoundOf } from "../rounds/working-round";

export type { StatusFilter };

export interface StudentStatus {
  readonly studentId: string;
  readonly student: string;
  readonly grade: string;
  readonly advisor: string;
  readonly docUrl: string;
  readonly docCreated: boolean;
  readonly purpose: string;
  readonly prepared: boolean;
  readonly commentsPulled: string;
  readonly held: boolean;
  readonly planWritten: boolean;
  readonly guardianUpdateDrafted: boolean;
  /** Why the doc could not be read, if it could not; the other values are then the tab's. */
  readonly problem: string;
  /** The compared round's stages, as the tab last recorded them; absent with no doc there. */
  readonly compared?: ComparedStages;
}

export interface ComparedStages {
  readonly docUrl: string;
  readonly purpose: string;
  readonly prepared: boolean;
  readonly commentsPulled: string;
  readonly held: boolean;
  readonly planWritten: boolean;
  readonly guardianUpdateDrafted: boolean;
}

export interface StatusView {
  /** The round shown, and the rounds there are to show or compare with, oldest first. */
  readonly round: string;
  readonly rounds: readonly string[];
  /** "" when no round is compared. */
  readonly compareWith: string;
  readonly isCoordinator: boolean;
  readonly grades: readonly string[];
  readonly advisors: readonly { readonly email: string; readonly name: string }[];
  readonly filter: StatusFilter;
  readonly rows: readonly StudentStatus[];
  /** The rows as a picture: per advisory and per grade, how many reached each stage. */
  readonly board: StatusBoard;
  /** Whether the rows are the caller's own advisees (so every row has the same advisor). */
  readonly ownAdvisees: boolean;
  /** Docs shown as they were last read, because this call read its share of others first. */
  readonly fromEarlier: number;
}

/** Docs one Status call reads: within the Docs API's 300 reads a minute, with room to spare. */
const READS_PER_CALL = 250;

const STATUS_COLUMNS = ["Purpose", "Prepared", "Held", "Plan Written"];
const yesNo = (value: boolean) => (value ? "yes" : "no");

export function parseStatusFilter(value: unknown): StatusFilter {
  const filter = (value ?? {}) as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === "string" ? field.trim() : "");
  const grade = text(filter.grade);
  const advisorEmail = text(filter.advisorEmail).toLowerCase();
  const round = text(filter.round);
  const compareWith = text(filter.compareWith);
  return {
    ...(grade ? { grade } : {}),
    ...(advisorEmail ? { advisorEmail } : {}),
    ...(round ? { round } : {}),
    ...(compareWith ? { compareWith } : {}),
  };
}

function byGradeAndName(a: Student, b: Student): number {
  return (
    a.grade.localeCompare(b.grade, "en", { numeric: true }) ||
    a.familyName.localeCompare(b.familyName) ||
    a.givenName.localeCompare(b.givenName)
  );
}

interface StatusWrites {
  /** By doc ID, the Purpose, Prepared, Held and Plan Written cells the doc now gives. */
  readonly changed: ReadonlyMap<string, string[]>;
  /** By doc ID, when each doc that was read was read. */
  readonly stamped: ReadonlyMap<string, string[]>;
}

/** What a Status read writes back: the status cells that changed, and when each doc was read. */
function statusWrites(
  records: ReadonlyMap<string, DocRecord>,
  rows: readonly StudentStatus[],
  read: ReadonlyMap<string, { readonly ok: boolean }>,
  readAt: string,
): StatusWrites {
  const changed = new Map(
    rows
      .filter((row) => row.docCreated && row.problem === "")
      .filter((row) => {
        const record = records.get(row.studentId)!;
        return (
          record.purpose !== row.purpose ||
          record.prepared !== row.prepared ||
          record.held !== row.held ||
          record.planWritten !== row.planWritten
        );
      })
      .map((row) => [
        records.get(row.studentId)!.docId,
        [row.purpose, yesNo(row.prepared), yesNo(row.held), yesNo(row.planWritten)],
      ]),
  );
  const stamped = new Map(
    [...read].filter(([, outcome]) => outcome.ok).map(([id]) => [records.get(id)!.docId, [readAt]]),
  );
  return { changed, stamped };
}

/** Writes a Status read's findings to the Conference Docs tab, under the lock, when there are any. */
function writeStatusRead(hub: Hub, { changed, stamped }: StatusWrites): void {
  if (changed.size === 0 && stamped.size === 0) return;
  withScriptLock(() => {
    updateDocColumns(hub, STATUS_COLUMNS, changed);
    updateDocColumns(hub, ["Status Read"], stamped);
  });
}

function comparedOf(record: DocRecord | undefined): { compared?: ComparedStages } {
  if (!record) return {};
  const { docUrl, purpose, prepared, commentsPulled, held, planWritten } = record;
  const stages = { docUrl, purpose, prepared, commentsPulled, held, planWritten };
  return { compared: { ...stages, guardianUpdateDrafted: record.guardianUpdateDrafted } };
}

export function statusFor(caller: string, filter: StatusFilter): StatusView {
  const context = loadOwnerContext();
  const { roster } = context;
  const person = personOf(caller, roster, context.owner);
  const { isCoordinator, students } = statusAudience(person, roster, filter);
  students.sort(byGradeAndName);
  const all = readAllDocRecords(context);
  const working = workingRoundOf(context).name;
  const rounds = roundsWithDocs(all, working);
  const { round, compareWith } = statusRounds(rounds, working, filter);
  const records = recordsOfRound(all, round);
  const comparedRecords = recordsOfRound(all, compareWith);
  const withDocs = students
    .filter((s) => records.has(s.id))
    .sort((a, b) =>
      (records.get(a.id)!.statusRead ?? "").localeCompare(records.get(b.id)!.statusRead ?? ""),
    )
    .slice(0, READS_PER_CALL);
  const docs = getDocuments(withDocs.map((s) => records.get(s.id)!.docId));
  const read = new Map(
    zipOutcomes(withDocs, docs).flatMap(([s, outcome]) => {
      return !outcome.ok && outcome.status === 429 ? [] : [[s.id, outcome] as const];
    }),
  );
  const readAt = new Date().toISOString();
  const { nameOf } = rosterIndex(roster);
  const rows = students.map((student): StudentStatus => {
    const record = records.get(student.id);
    const base = {
      studentId: student.id,
      student: displayName(student),
      grade: student.grade,
      advisor: nameOf(student.advisorEmail),
      ...comparedOf(comparedRecords.get(student.id)),
    };
    if (!record) {
      return {
        ...base,
        docUrl: "",
        docCreated: false,
        purpose: "",
        prepared: false,
        commentsPulled: "",
        held: false,
        planWritten: false,
        guardianUpdateDrafted: false,
        problem: "",
      };
    }
    const outcome = read.get(student.id) ?? { ok: true as const, value: undefined };
    const status = outcome.ok && outcome.value ? docStatus(outcome.value as DocJson) : record;
    return {
      ...base,
      docUrl: record.docUrl,
      docCreated: true,
      purpose: status.purpose,
      prepared: status.prepared,
      commentsPulled: record.commentsPulled,
      held: status.held,
      planWritten: status.planWritten,
      guardianUpdateDrafted: record.guardianUpdateDrafted,
      problem: outcome.ok ? "" : docProblem(outcome, record),
    };
  });
  writeStatusRead(context.hub, statusWrites(records, rows, read, readAt));
  const advisors = [...new Set(roster.students.map((s) => s.advisorEmail).filter(Boolean))]
    .map((email) => ({ email, name: nameOf(email) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    round,
    rounds,
    compareWith,
    isCoordinator,
    grades: isCoordinator ? context.settings.grades : [],
    advisors: isCoordinator ? advisors : [],
    filter: isCoordinator ? filter : {},
    rows,
    board: statusBoard(rows),
    ownAdvisees: !isCoordinator,
    fromEarlier: students.filter((s) => records.has(s.id) && !read.has(s.id)).length,
  };
}
