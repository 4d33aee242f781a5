/*
 * Copying, filling and sharing conference docs through the Drive and Docs REST APIs, a batch
 * of students at a time. Each copy is tagged with its student in Drive's appProperties, so an
 * interrupted run can find the copies it already made.
 */
import type { CopyRequest, ShareRequest } from "../domain/conference-docs/docs-run";
import type { Outcome } from "../domain/outcome";
import { zipOutcomes } from "../domain/zip-outcomes";
import { callAll, DOCS, DRIVE, query } from "./google-api";

export const STUDENT_TAG = "conferStudentId";
/** The round a copy is for (the key keeps its first name, from when rounds were terms). */
export const ROUND_TAG = "conferTerm";

function asId(outcome: Outcome<unknown>): Outcome<string> {
  return outcome.ok ? { ok: true, value: (outcome.value as { id: string }).id } : outcome;
}

function asDone(outcome: Outcome<unknown>): Outcome<true> {
  return outcome.ok ? { ok: true, value: true } : outcome;
}

export function copyTemplate(
  templateId: string,
  round: string,
  requests: readonly CopyRequest[],
): Outcome<string>[] {
  return callAll(
    requests.map((request) => ({
      method: "post" as const,
      url: `${DRIVE}/files/${templateId}/copy?${query({ fields: "id,name" })}`,
      body: {
        name: request.name,
        parents: [request.folderId],
        appProperties: { [STUDENT_TAG]: request.studentId, [ROUND_TAG]: round },
      },
    })),
  ).map(asId);
}

/** Docs already copied into these folders for this round, by student ID. */
export function findTaggedCopies(folderIds: readonly string[], round: string): Map<string, string> {
  const found = new Map<string, string>();
  const outcomes = callAll(
    [...new Set(folderIds)].map((folderId) => ({
      method: "get" as const,
      url: `${DRIVE}/files?${query({
        q: `'${folderId}' in parents and trashed = false and appProperties has { key='${ROUND_TAG}' and value='${round.replace(/['\\]/g, "\\$&")}' }`,
        fields: "files(id,appProperties)",
        pageSize: 1000,
      })}`,
    })),
  );
  for (const outcome of outcomes) {
    if (!outcome.ok) throw new Error(`Confer could not look for earlier copies: ${outcome.error}`);
    const files = (
      outcome.value as { files?: { id: string; appProperties?: Record<string, string> }[] }
    ).files;
    for (const file of files ?? []) {
      const studentId = file.appProperties?.[STUDENT_TAG];
      if (studentId && !found.has(studentId)) found.set(studentId, file.id);
    }
  }
  return found;
}

export interface TemplateSection {
  readonly name: string;
  readonly startIndex: number;
  readonly endIndex: number;
}

/** A copy's fill: its placeholders, and requests sent before the naming and after the replacing. */
export interface CopyFill {
  readonly docId: string;
  readonly replacements: readonly { find: string; replace: string }[];
  readonly before?: readonly object[];
  readonly after?: readonly object[];
}

/**
 * Replaces each placeholder literally (replaceAllText never reads its text as a pattern). Given
 * the template's sections (its Teacher comments range and its Conference line), the same batch
 * first names each afresh in the copy (a copy starts identical to its template) and answers each
 * new range's ID by section name. A doc's `after` requests run last, so text they write is never
 * taken for a placeholder.
 */
export function fillPlaceholders(
  docs: readonly CopyFill[],
  sections: readonly TemplateSection[] = [],
): Outcome<Readonly<Record<string, string>>>[] {
  const naming = sections.flatMap((section) => [
    { deleteNamedRange: { name: section.name } },
    {
      createNamedRange: {
        name: section.name,
        range: { startIndex: section.startIndex, endIndex: section.endIndex },
      },
    },
  ]);
  return zipOutcomes(
    docs,
    callAll(
      docs.map((doc) => ({
        method: "post" as const,
        url: `${DOCS}/documents/${doc.docId}:batchUpdate`,
        body: {
          requests: [
            ...(doc.before ?? []),
            ...naming,
            ...doc.replacements.map(({ find, replace }) => ({
              replaceAllText: {
                containsText: { text: find, matchCase: true },
                replaceText: replace,
              },
            })),
            ...(doc.after ?? []),
          ],
        },
      })),
    ),
  ).map(([doc, outcome]) => {
    if (!outcome.ok) return outcome;
    const replies = (
      outcome.value as { replies?: { createNamedRange?: { namedRangeId?: string } }[] }
    ).replies;
    const offset = doc.before?.length ?? 0;
    const ids: Record<string, string> = {};
    sections.forEach((section, i) => {
      const id = replies?.[offset + 2 * i + 1]?.createNamedRange?.namedRangeId;
      if (id) ids[section.name] = id;
    });
    return { ok: true, value: ids };
  });
}

export function shareAsEditor(requests: readonly ShareRequest[]): Outcome<true>[] {
  return callAll(
    requests.map((request) => ({
      method: "post" as const,
      url: `${DRIVE}/files/${request.docId}/permissions?${query({ sendNotificationEmail: false })}`,
      body: { role: "writer", type: "user", emailAddress: request.email },
    })),
  ).map(asDone);
}

export interface MoveRequest {
  readonly docId: string;
  readonly folderId: string;
}

/** Moves each doc into its folder, out of whatever folder holds it now. */
export function moveToFolder(requests: readonly MoveRequest[]): Outcome<true>[] {
  if (requests.length === 0) return [];
  const parents = callAll(
    requests.map((request) => ({
      method: "get" as const,
      url: `${DRIVE}/files/${request.docId}?${query({ fields: "parents" })}`,
    })),
  );
  const found = requests.flatMap((request, i) => {
    const answer = parents[i]!;
    if (!answer.ok) return [];
    const old = (answer.value as { parents?: string[] }).parents ?? [];
    return [{ i, request, old: old.filter((p) => p !== request.folderId) }];
  });
  const moved = callAll(
    found.map(({ request, old }) => ({
      method: "patch" as const,
      url: `${DRIVE}/files/${request.docId}?${query({
        addParents: request.folderId,
        removeParents: old.join(","),
        fields: "id",
      })}`,
      body: {},
    })),
  );
  const outcomes: Outcome<true>[] = parents.map((answer) => asDone(answer));
  found.forEach(({ i }, k) => {
    outcomes[i] = asDone(moved[k]!);
  });
  return outcomes;
}
