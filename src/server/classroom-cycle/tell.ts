/*
 * Telling the students of a cycle, in one round of requests outside the lock: each one's
 * Conference line rewritten in their doc (by its named range's ID) and their Calendar event put,
 * moved or cancelled (on the hub owner's calendar, which shows as its organizer; the teacher and
 * the student are its only guests, and nobody is emailed).
 * Docs made before the range's ID was kept are read first, in one more batched round.
 */

import type { CycleRowKeep } from "../../domain/classroom-cycle/cycle-rows";
import { cycleEventBody, type Tell, toldPlace } from "../../domain/classroom-cycle/telling";
import type { Outcome } from "../../domain/outcome";
import { replaceRangeText } from "../../domain/pull/section-requests";
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
import { updateRequests } from "../../workspace/conference-doc-sections";
import { inOneRound } from "../../workspace/one-round";
import { writeLinesByReading } from "../conference-docs/conference-lines";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import type { CycleCaller } from "./access";

export interface Telling {
  /** The students told, both in their doc and on their calendar. */
  readonly told: readonly string[];
  readonly problems: readonly string[];
}

/** Someone waits on the page: the Docs API's window is waited for this long at most. */
const MAX_WAIT_MS = 20_000;

interface Line {
  readonly tell: Tell;
  readonly docId: string;
  readonly lineId: string;
}

interface EventWork {
  readonly tell: Tell;
  readonly body?: EventBody;
  /** The event is known to exist (the student was told a place before): patched, not inserted. */
  readonly known: boolean;
  readonly cancel?: string;
}

const why = (error: string) => error.replace(/\.+$/, "");

function linesOf({ context, round }: CycleCaller, tells: readonly Tell[], problems: string[]) {
  const records = new Map(
    readEveryDocRecord(context)
      .filter((r) => r.round.toLowerCase() === round.name.toLowerCase())
      .map((r) => [r.studentId, r]),
  );
  return tells.flatMap((tell): Line[] => {
    const record = records.get(tell.studentId);
    if (record) return [{ tell, docId: record.docId, lineId: record.conferenceLineId ?? "" }];
    problems.push(`${tell.studentName} has no doc for “${round.name}” to tell.`);
    return [];
  });
}

function eventsOf(
  { context, round }: CycleCaller,
  tells: readonly Tell[],
  keep: ReadonlyMap<string, CycleRowKeep>,
): EventWork[] {
  const index = rosterIndex(context.roster);
  const people = (studentId: string) => ({
    round: round.name,
    teacherEmail: round.hostEmail,
    teacherName: index.nameOf(round.hostEmail),
    studentEmail: index.studentById.get(studentId)?.email ?? "",
    schoolName: context.settings.schoolName,
    timeZone: context.settings.timeZone,
    organizer: context.owner ? index.nameOf(context.owner) : "",
  });
  return tells.flatMap((tell) => [
    ...tell.puts.map(({ key, assignment }) => {
      const kept = keep.get(key);
      return {
        tell,
        body: cycleEventBody(assignment, kept?.eventId ?? "", people(tell.studentId)),
        known: toldPlace(kept?.told ?? "") !== undefined,
      };
    }),
    ...tell.cancels.map(({ eventId }) => ({ tell, known: true, cancel: eventId })),
  ]);
}

/** Lines of docs whose range ID is not known (or no longer there), read and written. */
function linesByReading(lines: readonly Line[], problems: string[]): Set<Line> {
  const written = new Set<Line>();
  const results = zipOutcomes(
    lines,
    writeLinesByReading(lines.map((l) => ({ docId: l.docId, line: l.tell.line }))),
  );
  for (const [line, result] of results) if (result.ok) written.add(line);
  for (const stages of [["read", "removed"], ["write"]]) {
    for (const [line, result] of results) {
      if (result.ok || !stages.includes(result.stage)) continue;
      const said =
        "error" in result
          ? why(result.error)
          : "its Conference line was removed, so it was not updated";
      problems.push(`${line.tell.studentName}'s doc: ${said}.`);
    }
  }
  return written;
}

/** The students whose events all failed none, reporting the others. */
function settleEvents(
  work: readonly EventWork[],
  answers: Outcome<unknown>[][],
  problems: string[],
) {
  const [inserted, patched, cancelled] = answers;
  const fresh = work.filter((w) => w.body && !w.known);
  const moved = work.filter((w) => w.body && w.known);
  const gone = work.filter((w) => w.cancel);
  const failed = new Set<string>();
  const puts = settlePuts(
    fresh.map((w) => w.body!),
    inserted!,
    "none",
  );
  const note = (w: EventWork, outcome: Outcome<unknown>) => {
    if (outcome.ok) return;
    failed.add(w.tell.studentId);
    problems.push(`${w.tell.studentName}'s Calendar event: ${why(outcome.error)}.`);
  };
  for (const [w, outcome] of zipOutcomes(fresh, puts)) note(w, outcome);
  for (const [w, outcome] of zipOutcomes(moved, patched!)) note(w, outcome);
  for (const [w, outcome] of zipOutcomes(gone, cancelled!.map(settleCancel))) note(w, outcome);
  return failed;
}

/** Tells each student in one round; a student counts as told once their line and events are done. */
export function tellStudents(
  caller: CycleCaller,
  tells: readonly Tell[],
  keep: ReadonlyMap<string, CycleRowKeep>,
): Telling {
  const problems: string[] = [];
  if (tells.length === 0) return { told: [], problems };
  const lines = linesOf(caller, tells, problems);
  const withDoc = new Set(lines.map((l) => l.tell));
  const events = eventsOf(
    caller,
    tells.filter((t) => withDoc.has(t)),
    keep,
  );
  const byId = lines.filter((l) => l.lineId !== "");
  const answers = inOneRound(
    [
      eventInsertRequests(
        events.filter((w) => w.body && !w.known).map((w) => w.body!),
        "none",
      ),
      eventPatchRequests(
        events.filter((w) => w.body && w.known).map((w) => w.body!),
        "none",
      ),
      eventCancelRequests(
        events.filter((w) => w.cancel).map((w) => w.cancel!),
        "none",
      ),
      updateRequests(
        byId.map((l) => ({ docId: l.docId, requests: [replaceRangeText(l.lineId, l.tell.line)] })),
      ),
    ],
    { maxWaitMs: MAX_WAIT_MS },
  );
  const failed = settleEvents(events, answers, problems);
  const written = new Set<Line>();
  const toRead: Line[] = lines.filter((l) => l.lineId === "");
  for (const [line, outcome] of zipOutcomes(byId, answers[3]!)) {
    if (outcome.ok) written.add(line);
    else if (outcome.status === 400) toRead.push(line);
    else problems.push(`${line.tell.studentName}'s doc: ${why(outcome.error)}.`);
  }
  for (const line of linesByReading(toRead, problems)) written.add(line);
  return {
    told: [...written].filter((l) => !failed.has(l.tell.studentId)).map((l) => l.tell.studentId),
    problems,
  };
}
