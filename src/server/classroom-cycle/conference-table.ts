/*
 * The day's conference table, for the round's host teacher: that day's students in one call (the
 * cycle read once and their docs in one batched documents.get), and what the teacher does at the
 * table: notes saved as typed (kept in the hub, never in the doc), the held tick, a no-show (with
 * the purpose the doc held), and a short plan line written literally into the doc's next steps.
 */

import {
  type CycleRowKeep,
  cycleRows,
  keyOf,
  NO_KEEP,
  planRow,
  type StoredCycle,
  storedCycleOf,
} from "../../domain/classroom-cycle/cycle-rows";
import { markHeld } from "../../domain/classroom-cycle/edits";
import { ClassroomRefusedError } from "../../domain/classroom-cycle/errors";
import type { Assignment } from "../../domain/classroom-cycle/model";
import { purposeOf, type TableRow, tableRowOf } from "../../domain/classroom-cycle/table-row";
import { docUrl } from "../../domain/conference-docs/records";
import { SECTIONS } from "../../domain/conference-docs/template";
import { heldRequests, listLineRequests, oneLine } from "../../domain/my-conference/edits";
import { placedSection } from "../../domain/my-conference/placed";
import { conferenceSections } from "../../domain/my-conference/view";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { readCycleTabs, writeCycleTabs } from "../../workspace/classroom-cycle-store";
import { getDocuments, updateDocuments } from "../../workspace/conference-doc-sections";
import { readEveryDocRecord } from "../conference-docs/doc-records";
import { withScriptLock } from "../hub/script-lock";
import { type CycleCaller, cycleCaller } from "./access";
import { loadCycle, nowOf, savedCycleOf } from "./change";

export interface ConferenceTable {
  readonly round: string;
  readonly day: string;
  /** The cycle's days, for the day picker; cancelled ones marked. */
  readonly days: readonly { day: string; cancelled: boolean; students: number }[];
  readonly rows: readonly TableRow[];
  readonly isHost: boolean;
}

export const MAX_NOTE = 20_000;
export const MAX_PLAN_LINE = 300;

function docsOf(cc: CycleCaller, studentIds: readonly string[]) {
  const wanted = new Set(studentIds);
  return new Map(
    readEveryDocRecord(cc.context)
      .filter((r) => r.round.toLowerCase() === cc.round.name.toLowerCase())
      .filter((r) => wanted.has(r.studentId))
      .map((r) => [r.studentId, r.docId]),
  );
}

function pickDay(stored: StoredCycle, asked: string, today: string): string {
  const days = stored.schedule.plan.days;
  if (asked !== "") {
    if (!days.includes(asked))
      throw new ClassroomRefusedError(`${asked} is not one of the cycle's days.`);
    return asked;
  }
  const open = days.filter((d) => !stored.schedule.cancelledDays.includes(d));
  return open.find((d) => d >= today) ?? open.at(-1) ?? days[0] ?? today;
}

export function conferenceTableFor(caller: string, round: string, day: unknown): ConferenceTable {
  const cc = cycleCaller(caller, round, "read");
  const stored = savedCycleOf(loadCycle(cc), cc.round.name);
  const today = nowOf(cc.context.settings.timeZone).day;
  const chosen = pickDay(stored, typeof day === "string" ? day.trim() : "", today);
  const ofDay = stored.schedule.assignments.filter((a) => a.day === chosen);
  const docs = docsOf(
    cc,
    ofDay.map((a) => a.studentId),
  );
  const withDoc = ofDay.filter((a) => docs.has(a.studentId));
  const read = new Map(
    zipOutcomes(withDoc, getDocuments(withDoc.map((a) => docs.get(a.studentId)!))).map(
      ([a, outcome]) => [a.studentId, outcome],
    ),
  );
  const isHost = cc.round.hostEmail.toLowerCase() === cc.person.email;
  const rows = ofDay.map((a) => {
    const docId = docs.get(a.studentId);
    const outcome = read.get(a.studentId);
    const doc = {
      url: docId ? docUrl(docId) : "",
      problem: !docId ? "no doc yet" : outcome && !outcome.ok ? outcome.error : "",
      ...(outcome?.ok ? { sections: conferenceSections(outcome.value) } : {}),
    };
    return tableRowOf(a, stored.keep.get(keyOf(a)) ?? NO_KEEP, doc, isHost);
  });
  const days = stored.schedule.plan.days.map((d) => ({
    day: d,
    cancelled: stored.schedule.cancelledDays.includes(d),
    students: stored.schedule.assignments.filter((a) => a.day === d).length,
  }));
  return { round: cc.round.name, day: chosen, days, rows, isHost };
}

function conferenceOn(stored: StoredCycle, studentId: string, day: string): Assignment {
  const found = stored.schedule.assignments.find((a) => a.studentId === studentId && a.day === day);
  if (found) return found;
  const name =
    stored.schedule.assignments.find((a) => a.studentId === studentId)?.studentName ??
    `Student ${studentId}`;
  throw new ClassroomRefusedError(`${name} has no conference on ${day}.`);
}

/** Changes one conference's row (its keep, and maybe the schedule) under the lock. */
function editConference(
  cc: CycleCaller,
  studentId: string,
  day: string,
  edit: (stored: StoredCycle, a: Assignment, keep: CycleRowKeep) => StoredCycle | CycleRowKeep,
): StoredCycle {
  return withScriptLock(() => {
    const read = readCycleTabs(cc.context.hub);
    const stored = savedCycleOf(storedCycleOf(cc.round.name, read.plans, read.rows), cc.round.name);
    const a = conferenceOn(stored, studentId, day);
    const key = keyOf(a);
    const result = edit(stored, a, stored.keep.get(key) ?? NO_KEEP);
    const next =
      "schedule" in result
        ? result
        : { ...stored, keep: new Map(stored.keep).set(key, result as CycleRowKeep) };
    writeCycleTabs(cc.context.hub, read, cc.round.name, planRow(next), cycleRows(next));
    return next;
  });
}

const str = (value: unknown) => (typeof value === "string" ? value : "");

export function saveConferenceNoteFor(
  caller: string,
  round: string,
  studentId: string,
  day: string,
  notes: unknown,
): { saved: true; notes: string } {
  if (typeof notes !== "string") {
    throw new ClassroomRefusedError("The notes must be text, so nothing was saved.");
  }
  const text = notes;
  if (text.length > MAX_NOTE) {
    throw new ClassroomRefusedError(
      `The notes are ${text.length} characters; keep them under ${MAX_NOTE}, so nothing was saved.`,
    );
  }
  const cc = cycleCaller(caller, round, "change");
  editConference(cc, studentId, day, (_s, _a, keep) => ({ ...keep, notes: text }));
  return { saved: true, notes: text };
}

/** Ticks the conference held in the hub, and writes the day on the doc's "Conference held on" line. */
export function markClassroomHeldFor(
  caller: string,
  round: string,
  studentId: string,
  day: string,
): { held: true; docWritten: boolean } {
  const cc = cycleCaller(caller, round, "change");
  const stored = editConference(cc, studentId, day, (saved, a, keep) => {
    if (keep.missed === day) {
      throw new ClassroomRefusedError(
        `${a.studentName} was marked a no-show on ${day}, so the conference was not marked held.`,
      );
    }
    return { ...saved, schedule: markHeld(saved.schedule, studentId, day) };
  });
  const a = conferenceOn(stored, studentId, day);
  const { docId, doc } = readDoc(cc, studentId, a.studentName);
  const section = placedSection(doc, SECTIONS.conferenceHeld);
  const requests = section ? heldRequests(section, day) : [];
  if (requests.length === 0) return { held: true, docWritten: false };
  const [outcome] = updateDocuments([{ docId, requests }]);
  return { held: true, docWritten: outcome!.ok };
}

function readDoc(cc: CycleCaller, studentId: string, name: string) {
  const docId = docsOf(cc, [studentId]).get(studentId);
  if (!docId) throw new ClassroomRefusedError(`${name} has no doc for “${cc.round.name}” yet.`);
  const [outcome] = getDocuments([docId]);
  if (!outcome!.ok) throw new ClassroomRefusedError(`${name}'s doc: ${outcome!.error}.`);
  return { docId, doc: outcome!.value };
}

export function markNoShowFor(
  caller: string,
  round: string,
  studentId: string,
  day: string,
): { noShow: true; purpose: string } {
  const cc = cycleCaller(caller, round, "change");
  const a = conferenceOn(savedCycleOf(loadCycle(cc), cc.round.name), studentId, day);
  if (a.status === "held") {
    throw new ClassroomRefusedError(
      `${a.studentName}'s conference on ${day} was held, so it was not marked a no-show.`,
    );
  }
  const purpose = purposeOf(conferenceSections(readDoc(cc, studentId, a.studentName).doc));
  editConference(cc, studentId, day, (_s, now, keep) => {
    if (now.status === "held") {
      throw new ClassroomRefusedError(
        `${now.studentName}'s conference on ${day} was held, so it was not marked a no-show.`,
      );
    }
    return { ...keep, missed: day, purpose };
  });
  return { noShow: true, purpose };
}

export function writeClassroomPlanLineFor(
  caller: string,
  round: string,
  studentId: string,
  day: string,
  line: unknown,
): { written: boolean; planLine: string } {
  const text = oneLine(str(line));
  if (text === "")
    throw new ClassroomRefusedError("The plan line is empty, so nothing was written.");
  if (text.length > MAX_PLAN_LINE) {
    throw new ClassroomRefusedError(
      `The plan line is ${text.length} characters; keep it under ${MAX_PLAN_LINE}, so nothing was written.`,
    );
  }
  const cc = cycleCaller(caller, round, "change");
  const a = conferenceOn(savedCycleOf(loadCycle(cc), cc.round.name), studentId, day);
  const { docId, doc } = readDoc(cc, studentId, a.studentName);
  const requests = listLineRequests(placedSection(doc, SECTIONS.nextSteps), "next steps", text);
  if (requests.length > 0) {
    const [outcome] = updateDocuments([{ docId, requests }]);
    if (!outcome!.ok) throw new ClassroomRefusedError(`${a.studentName}'s doc: ${outcome!.error}.`);
  }
  editConference(cc, studentId, day, (_s, _a, keep) => ({ ...keep, planLine: text }));
  return { written: requests.length > 0, planLine: text };
}
