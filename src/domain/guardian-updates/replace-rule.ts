/*
 * Which guardian updates a run makes: a student already drafted for this kind of update this
 * term is skipped, unless the advisor asks to replace, and then every earlier draft of each
 * student drafted again is deleted.
 */
import type { UpdateKind } from "./update-kind";

/** Whether earlier records hold this kind of update; records without a kind were plans ("met"). */
export function draftedAlready(
  records: readonly { readonly kind?: string }[],
  kind: UpdateKind,
): boolean {
  return records.some((r) => (r.kind ?? "met") === kind);
}

interface Candidate {
  readonly studentId: string;
  readonly studentName: string;
  readonly alreadyDrafted: boolean;
}

export interface DraftsToMake<D, R> {
  readonly toMake: readonly D[];
  /** Students skipped because they were drafted already, each named once. */
  readonly skippedAsDrafted: readonly string[];
  /** The earlier drafts of the students drafted again, to delete. */
  readonly toDelete: readonly R[];
}

export function draftsToMake<D extends Candidate, R>(
  ready: readonly D[],
  replace: boolean,
  drafted: ReadonlyMap<string, readonly R[]>,
): DraftsToMake<D, R> {
  const skippedAsDrafted = [
    ...new Set(ready.filter((d) => d.alreadyDrafted && !replace).map((d) => d.studentName)),
  ];
  const toMake = ready.filter((d) => replace || !d.alreadyDrafted);
  const toDelete = [...new Set(toMake.map((d) => d.studentId))].flatMap(
    (id) => drafted.get(id) ?? [],
  );
  return { toMake, skippedAsDrafted, toDelete };
}
