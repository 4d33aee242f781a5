/*
 * Guardian updates, run as the advisor in their own mailbox: read each advisee's plan from their
 * doc (one documents.get each, in parallel), build one draft per guardian language, translate
 * each distinct text once, preview, and on confirmation create the drafts through the Gmail API.
 * A student already drafted for this term is skipped unless the advisor asks to replace it.
 */

import type { DocJson } from "../../domain/doc/doc-json";
import {
  beforeConferenceTemplates,
  beforeConferenceValues,
} from "../../domain/guardian-updates/before-conference";
import { composeMessage, textToHtml } from "../../domain/guardian-updates/mime";
import {
  heldInDoc,
  planIsWritten,
  planTextOf,
  purposesIn,
} from "../../domain/guardian-updates/plan-text";
import { draftedAlready, draftsToMake } from "../../domain/guardian-updates/replace-rule";
import {
  translatedTexts,
  translationRequests,
} from "../../domain/guardian-updates/translation-pairs";
import {
  type PlannedDraft,
  planUpdate,
  type SkippedGuardian,
} from "../../domain/guardian-updates/update";
import {
  chooseUpdate,
  countByKind,
  type UpdateKind,
  withHeldInDoc,
} from "../../domain/guardian-updates/update-kind";
import { parsePullScope } from "../../domain/pull/scope";
import { zipOutcomes } from "../../domain/zip-outcomes";
import { getDocuments } from "../../workspace/conference-doc-sections";
import { checkDailyUse, recordDailyUse } from "../../workspace/daily-use";
import { createDrafts, deleteDrafts, taggedDrafts, UPDATE_TAG } from "../../workspace/gmail-drafts";
import {
  clearPendingDrafts,
  type PendingDrafts,
  readPendingDrafts,
  savePendingDrafts,
} from "../../workspace/pending-drafts";
import { translateAll } from "../../workspace/translation";
import { callAction } from "../actions/call";
import type { DraftContext, DraftsMade } from "./hub-side";

export interface DraftPreview {
  readonly studentId: string;
  readonly studentName: string;
  readonly language: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly kind: UpdateKind;
  readonly alreadyDrafted: boolean;
}

export interface StudentNote {
  readonly student: string;
  readonly note: string;
}

export interface UpdatesView {
  /** The round whose docs, plans and slots the drafts speak of. */
  readonly round: string;
  readonly drafts: readonly DraftPreview[];
  readonly notes: readonly StudentNote[];
  readonly translations: number;
}

interface Built {
  readonly view: UpdatesView;
  readonly ready: readonly (DraftPreview & { readonly planned: PlannedDraft })[];
  readonly context: DraftContext;
}

function skippedNote(student: string, skip: SkippedGuardian): StudentNote {
  return { student, note: `guardian ${skip.guardian} ${skip.reason}; no draft is made for them` };
}

function build(scopeValue: unknown): Built {
  const scope = parsePullScope(scopeValue);
  const context = callAction("draftContext", scope);
  const notes: StudentNote[] = context.withoutDoc.map((student) => ({
    student,
    note: "has no conference doc yet",
  }));
  const docs = getDocuments(context.students.map((s) => s.docId));
  const planned: {
    student: DraftContext["students"][number];
    draft: PlannedDraft;
    kind: UpdateKind;
  }[] = [];
  for (const [student, doc] of zipOutcomes(context.students, docs)) {
    if (!doc.ok) {
      notes.push({
        student: student.studentName,
        note: `Confer cannot read their doc: ${doc.error}`,
      });
      continue;
    }
    const plan = planTextOf(doc.value as DocJson);
    const conference = withHeldInDoc(student.conference, heldInDoc(doc.value as DocJson));
    const choice = chooseUpdate(conference, planIsWritten(plan));
    if (choice.kind === "none") {
      notes.push({ student: student.studentName, note: `no update: ${choice.reason}` });
      continue;
    }
    const templates =
      choice.kind === "met"
        ? { subject: context.subjectTemplate, body: context.bodyTemplate }
        : beforeConferenceTemplates(choice.kind, "advisor");
    const { drafts, skipped } = planUpdate({
      studentId: student.studentId,
      studentName: student.studentName,
      advisor: context.advisor,
      guardians: student.guardians,
      plan,
      term: context.term,
      defaultLanguage: context.defaultLanguage,
      subjectTemplate: templates.subject,
      bodyTemplate: templates.body,
      quoteStudent: true,
      values: beforeConferenceValues({
        voice: "advisor",
        studentName: student.studentName,
        conference,
        purposes: purposesIn(doc.value as DocJson),
        signupUrl: student.signupUrl,
        advisorName: context.advisor.name,
        timeZone: context.timeZone,
        language: context.defaultLanguage,
      }),
    });
    for (const skip of skipped) notes.push(skippedNote(student.studentName, skip));
    for (const draft of drafts) planned.push({ student, draft, kind: choice.kind });
  }
  const requests = translationRequests(
    planned.map((p) => p.draft),
    context.defaultLanguage,
  );
  checkDailyUse({ translations: new Set(requests.map((r) => `${r.to}\u0000${r.text}`)).size });
  const translated = translateAll(requests);
  const texts = translatedTexts(
    planned.map((p) => p.draft),
    translated.texts,
  );
  const ready = zipOutcomes(planned, texts).map(
    ([{ student, draft, kind }, { subject, text }]) => ({
      studentId: student.studentId,
      studentName: student.studentName,
      language: draft.language,
      to: draft.to.map((a) => (a.name ? `${a.name} <${a.email}>` : a.email)),
      subject,
      text,
      kind,
      alreadyDrafted: draftedAlready(student.drafted, kind),
      planned: { ...draft, subject, text },
    }),
  );
  recordDailyUse({ translations: translated.translated });
  return {
    view: {
      round: context.term,
      drafts: ready.map(({ planned: _planned, ...preview }) => preview),
      notes,
      translations: translated.translated,
    },
    ready,
    context,
  };
}

export function previewGuardianUpdates(scope: unknown): UpdatesView {
  return build(scope).view;
}

export interface UpdatesMade extends UpdatesView {
  readonly created: number;
  readonly replaced: number;
  /** The drafts made, counted by kind: "2 plans after the conference, 1 invitation to book". */
  readonly createdKinds: string;
  readonly skippedAsDrafted: readonly string[];
}

const tagOf = (term: string, studentId: string, kind: string, language: string) =>
  kind === "met" ? `${term}/${studentId}/${language}` : `${term}/${studentId}/${kind}/${language}`;

/** Records the drafts a run made but could not record before it was cut short. */
function recoverUnrecordedDrafts(): void {
  const pending = readPendingDrafts();
  if (!pending) return;
  const found = taggedDrafts();
  const made = new Map<string, DraftsMade["drafts"][number][]>();
  for (const { tag, studentId, language, kind } of pending.tags) {
    const draftId = found.get(tag);
    if (draftId) made.set(studentId, [...(made.get(studentId) ?? []), { draftId, language, kind }]);
  }
  const records = [...made.entries()].map(([studentId, drafts]) => ({ studentId, drafts }));
  if (records.length > 0) {
    callAction("recordDrafts", records, pending.at);
  }
  clearPendingDrafts();
}

export function createGuardianUpdates(request: { scope: unknown; replace?: boolean }): UpdatesMade {
  recoverUnrecordedDrafts();
  const { view, ready, context } = build(request.scope);
  const replace = request.replace === true;
  const drafted = new Map(context.students.map((s) => [s.studentId, s.drafted]));
  const { toMake, skippedAsDrafted, toDelete: old } = draftsToMake(ready, replace, drafted);
  const recipients = toMake.reduce((sum, d) => sum + d.to.length, 0);
  checkDailyUse({ recipients });
  const notes = [...view.notes];
  for (const [draft, outcome] of zipOutcomes(old, deleteDrafts(old.map((d) => d.draftId)))) {
    if (!outcome.ok)
      notes.push({
        student: draft.draftId,
        note: `the old draft could not be deleted: ${outcome.error}`,
      });
  }
  const raws = toMake.map((d) =>
    composeMessage(
      {
        from: context.advisor,
        to: d.planned.to,
        subject: d.subject,
        text: d.text,
        html: textToHtml(d.text),
        language: d.language,
        headers: { [UPDATE_TAG]: tagOf(context.term, d.studentId, d.kind, d.language) },
      },
      `confer-${Utilities.getUuid()}`,
    ),
  );
  const at = new Date().toISOString();
  const pending: PendingDrafts = {
    at,
    tags: toMake.map((d) => ({
      tag: tagOf(context.term, d.studentId, d.kind, d.language),
      studentId: d.studentId,
      language: d.language,
      kind: d.kind,
    })),
  };
  savePendingDrafts(pending);
  const made = new Map<string, DraftsMade["drafts"][number][]>();
  for (const [draft, outcome] of zipOutcomes(toMake, createDrafts(raws))) {
    if (outcome.ok) {
      made.set(draft.studentId, [
        ...(made.get(draft.studentId) ?? []),
        { draftId: outcome.value, language: draft.language, kind: draft.kind },
      ]);
    } else {
      notes.push({ student: draft.studentName, note: `Gmail refused the draft: ${outcome.error}` });
    }
  }
  recordDailyUse({ recipients });
  const records = [...made.entries()].map(([studentId, drafts]) => ({ studentId, drafts }));
  if (records.length > 0) {
    callAction("recordDrafts", records, at);
  }
  clearPendingDrafts();
  return {
    ...view,
    notes,
    created: [...made.values()].reduce((sum, list) => sum + list.length, 0),
    replaced: replace ? old.length : 0,
    createdKinds: countByKind(
      [...made.values()].flatMap((list) => list.map((d) => d.kind as UpdateKind)),
    ),
    skippedAsDrafted,
  };
}
