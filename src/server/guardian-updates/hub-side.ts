/*
 * The hub's side of guardian updates, run as the hub owner for a caller known by the web app:
 * what the caller may draft in the working round (their advisees' guardians, the round's docs,
 * slots and earlier drafts, the school's templates), and recording the drafts made against each
 * student in the student's Conference Docs row for the round.
 */

import {
  draftIdOf,
  draftKindOf,
  draftLanguageOf,
} from "../../domain/guardian-updates/recorded-draft";
import { type ConferenceState, conferenceStateOf } from "../../domain/guardian-updates/update-kind";
import { type PullScope, pullTargets } from "../../domain/pull/scope";
import { personOf } from "../../domain/roles";
import type { Guardian } from "../../domain/roster/model";
import { rosterIndex } from "../../domain/roster/roster-index";
import { slotsOfRound } from "../../domain/schedule/round-slots";
import { updateDocColumns } from "../../workspace/docs-tab-columns";
import { openHub, storedHubOwner } from "../../workspace/hub-store";
import { readDocRecords } from "../conference-docs/doc-records";
import { loadSettings, rosterOf } from "../hub/context";
import { withScriptLock } from "../hub/script-lock";
import { roundsOf, workingRoundOf } from "../rounds/working-round";
import { currentSlots, loadScheduleContext, signupLinksFor } from "../schedule/writer";

export interface DraftRecord {
  readonly draftId: string;
  readonly language: string;
  /** Which update the draft is; earlier records, without one, were plans after the conference. */
  readonly kind?: string;
  readonly by: string;
  readonly at: string;
}

export interface DraftStudent {
  readonly studentId: string;
  readonly studentName: string;
  readonly docId: string;
  readonly guardians: readonly Guardian[];
  readonly drafted: readonly DraftRecord[];
  readonly conference: ConferenceState;
  /** The family's sign-up link, when the conference is not booked and the school has a page. */
  readonly signupUrl: string;
}

export interface DraftContext {
  readonly advisor: { readonly name: string; readonly email: string };
  readonly term: string;
  readonly defaultLanguage: string;
  readonly timeZone: string;
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  readonly students: readonly DraftStudent[];
  /** Students in scope who have no conference doc yet. */
  readonly withoutDoc: readonly string[];
}

/** The drafts recorded in a Conference Docs row's Update Drafts cell, for this term only. */
function parseRecords(text: string | undefined, term: string): DraftRecord[] {
  if (!text) return [];
  try {
    const stored = JSON.parse(text) as { term?: string; drafts?: DraftRecord[] };
    return stored.term === term && Array.isArray(stored.drafts) ? stored.drafts : [];
  } catch {
    return [];
  }
}

export function draftContextFor(caller: string, scope: PullScope): DraftContext {
  const hub = openHub();
  const roster = rosterOf(hub);
  const settings = loadSettings(hub);
  const person = personOf(caller, roster, storedHubOwner());
  const targets = pullTargets(person, roster, scope);
  const rounds = roundsOf(hub);
  const working = workingRoundOf({ hub, settings }, rounds);
  const round = working.name;
  const records = readDocRecords({ hub, settings }, round);
  const docs = new Map([...records].map(([id, r]) => [id, r.docId]));
  const name = (s: (typeof targets)[number]) => `${s.preferredName || s.givenName} ${s.familyName}`;
  const slots = slotsOfRound(currentSlots(hub), working, rounds);
  const states = new Map(targets.map((s) => [s.id, conferenceStateOf(slots, s.id)]));
  const linkOf = signupLinksFor(
    loadScheduleContext(),
    slots,
    targets.filter((s) => states.get(s.id)?.kind === "not-booked").map((s) => s.id),
  );
  return {
    advisor: { name: rosterIndex(roster).nameOf(person.email), email: person.email },
    term: round,
    defaultLanguage: settings.defaultLanguage,
    timeZone: settings.timeZone,
    subjectTemplate: settings.guardianEmailSubject,
    bodyTemplate: settings.guardianEmailTemplate,
    students: targets
      .filter((s) => docs.has(s.id))
      .map((s) => ({
        studentId: s.id,
        studentName: name(s),
        docId: docs.get(s.id)!,
        guardians: s.guardians,
        drafted: parseRecords(records.get(s.id)?.updateDrafts, round),
        conference: states.get(s.id)!,
        signupUrl: linkOf(s.id),
      })),
    withoutDoc: targets.filter((s) => !docs.has(s.id)).map(name),
  };
}

export interface DraftsMade {
  readonly studentId: string;
  readonly drafts: readonly {
    readonly draftId: string;
    readonly language: string;
    readonly kind: string;
  }[];
}

/** Records drafts against each student the caller may draft for, replacing earlier records. */
export function recordDraftsFor(
  caller: string,
  made: readonly DraftsMade[],
  at: string,
): { recorded: number } {
  const hub = openHub();
  const roster = rosterOf(hub);
  const settings = loadSettings(hub);
  const term = workingRoundOf({ hub, settings }).name;
  const records = readDocRecords({ hub, settings }, term);
  const person = personOf(caller, roster, storedHubOwner());
  for (const entry of made)
    pullTargets(person, roster, { kind: "student", studentId: entry.studentId });
  const drafts = (entry: DraftsMade) =>
    JSON.stringify({
      term,
      drafts: entry.drafts.map((d) => ({
        draftId: d.draftId,
        language: d.language,
        kind: d.kind,
        by: person.email,
        at,
      })),
    });
  const withDocs = made.flatMap((entry) => {
    const record = records.get(entry.studentId);
    return record ? [{ entry, docId: record.docId }] : [];
  });
  withScriptLock(() => {
    updateDocColumns(
      hub,
      ["Guardian Update Drafted", "Update Drafted"],
      new Map(withDocs.map(({ docId }) => [docId, ["yes", `${at} by ${person.email}`]])),
    );
    updateDocColumns(
      hub,
      ["Update Drafts"],
      new Map(withDocs.map(({ entry, docId }) => [docId, [drafts(entry)]])),
    );
  });
  return { recorded: made.length };
}

/** Reads the drafts an advisor's execution reports back, refusing any other shape. */
export function parseDraftsMade(value: unknown): DraftsMade[] {
  if (!Array.isArray(value)) throw new Error("The drafts to record are missing.");
  return value.map((entry: { studentId?: unknown; drafts?: unknown }) => {
    if (typeof entry?.studentId !== "string" || !Array.isArray(entry.drafts)) {
      throw new Error("A recorded draft names no student.");
    }
    return {
      studentId: entry.studentId,
      drafts: entry.drafts.map((d: { draftId?: unknown; language?: unknown; kind?: unknown }) => ({
        draftId: draftIdOf(d?.draftId),
        language: draftLanguageOf(d?.language),
        kind: draftKindOf(d?.kind),
      })),
    };
  });
}
