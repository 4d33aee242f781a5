/*
 * Keeping the Check-ins tab, as the hub owner: read the goal in each doc given (one
 * documents.get each, together), work out each check-in, write the Check-in line in each doc whose
 * day has come (one batchUpdate each, together, paced to the Docs API's 60 writes a minute), and
 * write the tab once under the script lock, laid over the rows as they stand then.
 */
import type { DocRecord } from "../../domain/conference-docs/records";
import type { DocJson } from "../../domain/doc/doc-json";
import { checkInLine, checkInRequests } from "../../domain/goal-check-ins/check-in-line";
import {
  type CheckIn,
  checkInsByDoc,
  checkInToRow,
  linesDue,
  overTabRow,
  refreshedCheckIn,
} from "../../domain/goal-check-ins/check-ins";
import { docGoalOf } from "../../domain/goal-check-ins/goal-text";
import { rosterIndex } from "../../domain/roster/roster-index";
import type { WorkingRound } from "../../domain/rounds/working-round";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { readCheckInRows, writeCheckInRows } from "../../workspace/check-ins-tab";
import { getDocuments, updateDocuments } from "../../workspace/conference-doc-sections";
import type { HubContext } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { todayIn, workingRoundOf } from "../rounds/working-round";

export interface CheckInContext extends HubContext {
  readonly working: WorkingRound;
  readonly today: string;
  readonly now: string;
}

export function checkInContextOf(context: HubContext): CheckInContext {
  return {
    ...context,
    working: workingRoundOf(context),
    today: todayIn(context.settings.timeZone),
    now: new Date().toISOString(),
  };
}

export function readCheckIns(context: HubContext): Map<string, CheckIn> {
  return checkInsByDoc(readCheckInRows(context.hub));
}

/** The student's advisor as the roster has them now, else as the doc's row had them. */
export function advisorOfIn(context: HubContext) {
  const students = rosterIndex(context.roster).studentById;
  return (checkIn: CheckIn) =>
    (students.get(checkIn.studentId)?.advisorEmail || checkIn.advisorEmail).toLowerCase();
}

function studentName(context: HubContext, record: DocRecord): string {
  const student = rosterIndex(context.roster).studentById.get(record.studentId);
  return student
    ? `${student.preferredName || student.givenName} ${student.familyName}`
    : record.studentName;
}

/**
 * The day a goal's span counts from when the doc names no held day: the one worked out before,
 * else the round's last conference day, else the day the doc was made; never today, which moves.
 */
function fallbackDay(
  context: CheckInContext,
  record: DocRecord,
  existing: CheckIn | undefined,
): string {
  if (existing?.conferenceDay) return existing.conferenceDay;
  const round = context.working.round;
  if (round && round.name === record.round) return round.conference.to;
  const created = new Date(record.created.replace(" ", "T"));
  if (/^\d{4}-\d{2}-\d{2}/.test(record.created)) return record.created.slice(0, 10);
  return Number.isNaN(created.getTime()) ? context.today : created.toISOString().slice(0, 10);
}

export interface KeptCheckIns {
  readonly checkIns: ReadonlyMap<string, CheckIn>;
  readonly read: number;
  readonly linesWritten: number;
  readonly problems: readonly string[];
}

function readDocs(ids: readonly string[], problems: string[], names: Map<string, string>) {
  const docs = new Map<string, DocJson>();
  for (const [docId, outcome] of zipOutcomes(ids, getDocuments(ids))) {
    if (outcome.ok) docs.set(docId, outcome.value);
    else problems.push(`${names.get(docId) ?? docId}'s doc could not be read: ${outcome.error}`);
  }
  return docs;
}

/**
 * Reads these docs' goals, writes the lines that are due (of every check-in in the tab) unless
 * asked not to, and records both. `records` whose line is already written are not read again.
 */
export function keepCheckIns(
  context: CheckInContext,
  records: readonly DocRecord[],
  options: { readonly writeLines: boolean } = { writeLines: true },
): KeptCheckIns {
  const existing = readCheckIns(context);
  const problems: string[] = [];
  const toRead = records.filter((r) => (existing.get(r.docId)?.lineWritten ?? "") === "");
  const names = new Map(records.map((r) => [r.docId, studentName(context, r)]));
  for (const c of existing.values()) if (!names.has(c.docId)) names.set(c.docId, c.studentName);
  const docs = readDocs(
    toRead.map((r) => r.docId),
    problems,
    names,
  );
  const worked = new Map<string, CheckIn>();
  for (const record of toRead) {
    const doc = docs.get(record.docId);
    if (!doc) continue;
    const checkIn = refreshedCheckIn(
      existing.get(record.docId),
      {
        docId: record.docId,
        studentId: record.studentId,
        studentName: names.get(record.docId)!,
        advisorEmail: record.advisorEmail,
        round: record.round,
      },
      docGoalOf(doc, fallbackDay(context, record, existing.get(record.docId))),
      context.today,
    );
    if (checkIn) worked.set(record.docId, checkIn);
  }
  const all = new Map([...existing, ...worked]);
  const due = options.writeLines ? linesDue([...all.values()], context.today) : [];
  const missing = due.map((c) => c.docId).filter((id) => !docs.has(id));
  for (const [id, doc] of readDocs(missing, problems, names)) docs.set(id, doc);
  const advisorOf = advisorOfIn(context);
  const nameOf = rosterIndex(context.roster).nameOf;
  const writes = due.flatMap((c) => {
    const doc = docs.get(c.docId);
    if (!doc) return [];
    const requests = checkInRequests(doc, checkInLine(c.goalDate, nameOf(advisorOf(c))));
    return [{ checkIn: c, docId: c.docId, requests }];
  });
  const toSend = writes.filter((w) => w.requests.length > 0);
  const sent = new Map(zipOutcomes(toSend, updateDocuments(toSend)).map(([w, o]) => [w.docId, o]));
  let linesWritten = 0;
  for (const write of writes) {
    const outcome = sent.get(write.docId);
    if (outcome && !outcome.ok) {
      if (!outcome.transient)
        problems.push(
          `${write.checkIn.studentName}'s doc: the Check-in line was not written (${outcome.error}).`,
        );
      continue;
    }
    if (outcome) linesWritten++;
    worked.set(write.docId, { ...write.checkIn, lineWritten: context.now });
  }
  for (const [docId, checkIn] of worked) {
    const before = existing.get(docId);
    if (before && checkInToRow(before).join("\u0000") === checkInToRow(checkIn).join("\u0000"))
      worked.delete(docId);
  }
  const kept = worked.size === 0 ? existing : writeWorked(context, worked);
  return { checkIns: kept, read: docs.size, linesWritten, problems };
}

function writeWorked(context: CheckInContext, worked: ReadonlyMap<string, CheckIn>) {
  return withScriptLock(() => {
    const current = readCheckIns(context);
    for (const [docId, checkIn] of worked) {
      current.set(docId, overTabRow(current.get(docId), checkIn, context.today));
    }
    writeCheckInRows(context.hub, [...current.values()].map(checkInToRow));
    return current;
  });
}

/** Rewrites one check-in's row under the script lock, as `change` makes it from the row now. */
export function changeCheckIn(
  context: HubContext,
  docId: string,
  change: (current: CheckIn) => CheckIn,
): CheckIn {
  return withScriptLock(() => {
    const current = readCheckIns(context);
    const before = current.get(docId);
    if (!before) throw new Error(`No goal check-in is kept for doc ${docId}.`);
    const after = change(before);
    if (after !== before) {
      current.set(docId, after);
      writeCheckInRows(context.hub, [...current.values()].map(checkInToRow));
    }
    return after;
  });
}
