/*
 * The hub's side of guardian updates, run as the hub owner for a caller known by the web app:
 * what the caller may draft (their advisees' guardians, docs and earlier drafts, the school's
 * templates), and recording the drafts made against each student and term.
 */
import { recordFromRow } from "../domain/conference-doc/records";
import { CONFERENCE_DOCS_TAB } from "../domain/hub/tabs";
import { type PullScope, pullTargets } from "../domain/pull/scope";
import { personOf } from "../domain/roles";
import type { Guardian } from "../domain/roster/model";
import { updateDocColumns } from "../workspace/docs-tab-columns";
import { openHub, readRows, storedHubOwner, tabOf } from "../workspace/hub-store";
import { rosterOf, withScriptLock } from "./comment-layer";
import { loadSettings } from "./hub-context";

export interface DraftRecord {
  readonly draftId: string;
  readonly language: string;
  readonly by: string;
  readonly at: string;
}

export interface DraftStudent {
  readonly studentId: string;
  readonly studentName: string;
  readonly docId: string;
  readonly guardians: readonly Guardian[];
  readonly drafted: readonly DraftRecord[];
}

export interface DraftContext {
  readonly advisor: { readonly name: string; readonly email: string };
  readonly term: string;
  readonly defaultLanguage: string;
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  readonly students: readonly DraftStudent[];
  /** Students in scope who have no conference doc yet. */
  readonly withoutDoc: readonly string[];
}

function parseRecords(text: string | undefined): DraftRecord[] {
  return text ? (JSON.parse(text) as DraftRecord[]) : [];
}

const recordKey = (term: string, studentId: string) => `confer.drafts.${term}.${studentId}`;

export function draftContextFor(caller: string, scope: PullScope): DraftContext {
  const hub = openHub();
  const roster = rosterOf(hub);
  const settings = loadSettings(hub);
  const person = personOf(caller, roster, storedHubOwner());
  const targets = pullTargets(person, roster, scope);
  const docs = new Map(
    readRows(tabOf(hub, CONFERENCE_DOCS_TAB), CONFERENCE_DOCS_TAB)
      .map(recordFromRow)
      .filter((r) => r !== undefined)
      .map((r) => [r.studentId, r.docId]),
  );
  const stored = PropertiesService.getScriptProperties().getProperties();
  const me = roster.staff.find((s) => s.email === person.email);
  const name = (s: (typeof targets)[number]) => `${s.preferredName || s.givenName} ${s.familyName}`;
  return {
    advisor: { name: me?.name || person.email, email: person.email },
    term: settings.term,
    defaultLanguage: settings.defaultLanguage,
    subjectTemplate: settings.guardianEmailSubject,
    bodyTemplate: settings.guardianEmailTemplate,
    students: targets
      .filter((s) => docs.has(s.id))
      .map((s) => ({
        studentId: s.id,
        studentName: name(s),
        docId: docs.get(s.id)!,
        guardians: s.guardians,
        drafted: parseRecords(stored[recordKey(settings.term, s.id)]),
      })),
    withoutDoc: targets.filter((s) => !docs.has(s.id)).map(name),
  };
}

export interface DraftsMade {
  readonly studentId: string;
  readonly drafts: readonly { readonly draftId: string; readonly language: string }[];
}

/** Records drafts against each student the caller may draft for, replacing earlier records. */
export function recordDraftsFor(
  caller: string,
  made: readonly DraftsMade[],
  at: string,
): { recorded: number } {
  const hub = openHub();
  const roster = rosterOf(hub);
  const term = loadSettings(hub).term;
  const person = personOf(caller, roster, storedHubOwner());
  for (const entry of made)
    pullTargets(person, roster, { kind: "student", studentId: entry.studentId });
  const records: Record<string, string> = {};
  for (const entry of made) {
    records[recordKey(term, entry.studentId)] = JSON.stringify(
      entry.drafts.map((d) => ({ draftId: d.draftId, language: d.language, by: person.email, at })),
    );
  }
  PropertiesService.getScriptProperties().setProperties(records);
  const ids = made.map((entry) => entry.studentId);
  withScriptLock(() => {
    updateDocColumns(
      hub,
      ["Guardian Update Drafted", "Update Drafted"],
      new Map(ids.map((id) => [id, ["yes", `${at} by ${person.email}`]])),
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
      drafts: entry.drafts.map((d: { draftId?: unknown; language?: unknown }) => ({
        draftId: String(d?.draftId ?? ""),
        language: String(d?.language ?? ""),
      })),
    };
  });
}
