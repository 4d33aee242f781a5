/*
 * Telling the students of a cycle, in one round of requests outside the lock: each one's
 * Conference line rewritten in their doc (by its named range's ID) and their Calendar event put,
 * moved or cancelled (the teacher and the student are its only guests, and nobody is emailed).
 * Docs made before the range's ID was kept are read first, in one more batched round.
 */

import type { CycleRowKeep } from "../../domain/classroom/cycle-rows";
import { cycleEventBody, type Tell, toldPlace } from "../../domain/classroom/telling";
import { SECTIONS } from "../../domain/conference-docs/template";
import type { Outcome } from "../../domain/outcome";
import { replaceSectionText } from "../../domain/pull/section-requests";
import { rosterIndex } from "../../domain/roster/roster-index";
import type { EventBody } from "../../domain/schedule/event-body";
import { zipOutcomes } from "../../domain/zip-outcomes";
import {
  eventCancelRequests,
  eventInsertRequests,
  eventPatchRequests,
  settleCancel,
  settlePuts,
} from "../../workspace/calendar-events";
import {
  type DocUpdate,
  getDocuments,
  updateDocuments,
  updateRequests,
} from "../../workspace/conference-doc-sections";
import { inOneRound } from "../../workspace/one-round";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import type { CycleCaller } from "./access";

export interface Telling {
  /** The keys of the students told, both in their doc and on their calendar. */
  readonly told: readonly string[];
  readonly problems: readonly string[];
}

/** Someone waits on the page: the Docs API's window is waited for this long at most. */
const MAX_WAIT_MS = 20_000;

interface Work {
  readonly tell: Tell;
  readonly docId: string;
  readonly lineId: string;
  readonly body?: EventBody;
  /** The event is known to exist (the student was told a place before): patched, not inserted. */
  readonly known: boolean;
  readonly cancel?: string;
}

function workOf(
  { context, round }: CycleCaller,
  tells: readonly Tell[],
  keep: ReadonlyMap<string, CycleRowKeep>,
  problems: string[],
): Work[] {
  const index = rosterIndex(context.roster);
  const records = new Map(
    readEveryDocRecord(context)
      .filter((r) => r.round.toLowerCase() === round.name.toLowerCase())
      .map((r) => [r.studentId, r]),
  );
  const teacherName = index.nameOf(round.hostEmail);
  return tells.map((tell) => {
    const record = records.get(tell.studentId);
    if (!record) problems.push(`${tell.studentName} has no doc for “${round.name}” to tell.`);
    const kept = keep.get(tell.key);
    const event = tell.event;
    const body =
      event && "put" in event
        ? cycleEventBody(event.put, kept?.eventId ?? "", {
            round: round.name,
            teacherEmail: round.hostEmail,
            teacherName,
            studentEmail: index.studentById.get(tell.studentId)?.email ?? "",
            schoolName: context.settings.schoolName,
            timeZone: context.settings.timeZone,
          })
        : undefined;
    return {
      tell,
      docId: record?.docId ?? "",
      lineId: record?.conferenceLineId ?? "",
      ...(body ? { body } : {}),
      known: toldPlace(kept?.told ?? "") !== undefined,
      ...(event && "cancel" in event ? { cancel: event.cancel } : {}),
    };
  });
}

const why = (error: string) => error.replace(/\.+$/, "");

const lineRequest = (lineId: string, line: string) => ({
  replaceNamedRangeContent: { namedRangeId: lineId, text: `${line}\n` },
});

/** Lines of docs whose range ID is not known (or no longer there), read and written. */
function linesByReading(work: readonly Work[], problems: string[]): Set<Work> {
  const written = new Set<Work>();
  if (work.length === 0) return written;
  const updates: { work: Work; update: DocUpdate }[] = [];
  for (const [w, doc] of zipOutcomes(work, getDocuments(work.map((x) => x.docId)))) {
    const request = doc.ok
      ? replaceSectionText(doc.value, SECTIONS.conferenceTime, w.tell.line)
      : undefined;
    if (request) updates.push({ work: w, update: { docId: w.docId, requests: [request] } });
    else
      problems.push(
        `${w.tell.studentName}'s doc: ${doc.ok ? "its Conference line was removed, so it was not updated" : why(doc.error)}.`,
      );
  }
  const outcomes = updateDocuments(updates.map((u) => u.update));
  for (const [{ work: w }, outcome] of zipOutcomes(updates, outcomes)) {
    if (outcome.ok) written.add(w);
    else problems.push(`${w.tell.studentName}'s doc: ${why(outcome.error)}.`);
  }
  return written;
}

function settleEvents(work: readonly Work[], answers: Outcome<unknown>[][], problems: string[]) {
  const [inserted, patched, cancelled] = answers;
  const fresh = work.filter((w) => w.body && !w.known);
  const moved = work.filter((w) => w.body && w.known);
  const gone = work.filter((w) => w.cancel);
  const done = new Set<Work>(work.filter((w) => !w.body && !w.cancel));
  const puts = settlePuts(
    fresh.map((w) => w.body!),
    inserted!,
    "none",
  );
  const note = (w: Work, outcome: Outcome<unknown>) => {
    if (outcome.ok) done.add(w);
    else problems.push(`${w.tell.studentName}'s Calendar event: ${why(outcome.error)}.`);
  };
  for (const [w, outcome] of zipOutcomes(fresh, puts)) note(w, outcome);
  for (const [w, outcome] of zipOutcomes(moved, patched!)) note(w, outcome);
  for (const [w, outcome] of zipOutcomes(gone, cancelled!.map(settleCancel))) note(w, outcome);
  return done;
}

/** Tells each student in one round; a student counts as told once their line and event are done. */
export function tellStudents(
  caller: CycleCaller,
  tells: readonly Tell[],
  keep: ReadonlyMap<string, CycleRowKeep>,
): Telling {
  const problems: string[] = [];
  if (tells.length === 0) return { told: [], problems };
  const work = workOf(caller, tells, keep, problems).filter((w) => w.docId !== "");
  const byId = work.filter((w) => w.lineId !== "");
  const answers = inOneRound(
    [
      eventInsertRequests(
        work.filter((w) => w.body && !w.known).map((w) => w.body!),
        "none",
      ),
      eventPatchRequests(
        work.filter((w) => w.body && w.known).map((w) => w.body!),
        "none",
      ),
      eventCancelRequests(
        work.filter((w) => w.cancel).map((w) => w.cancel!),
        "none",
      ),
      updateRequests(
        byId.map((w) => ({ docId: w.docId, requests: [lineRequest(w.lineId, w.tell.line)] })),
      ),
    ],
    { maxWaitMs: MAX_WAIT_MS },
  );
  const events = settleEvents(work, answers, problems);
  const lines = new Set<Work>();
  const toRead: Work[] = work.filter((w) => w.lineId === "");
  for (const [w, outcome] of zipOutcomes(byId, answers[3]!)) {
    if (outcome.ok) lines.add(w);
    else if (outcome.status === 400) toRead.push(w);
    else problems.push(`${w.tell.studentName}'s doc: ${why(outcome.error)}.`);
  }
  for (const w of linesByReading(toRead, problems)) lines.add(w);
  return {
    told: work.filter((w) => events.has(w) && lines.has(w)).map((w) => w.tell.key),
    problems,
  };
}
