/*
 * The drafts a guardian-update run is making, kept in the advisor's user properties until the
 * hub has recorded them, so the next run records what a cut-short run made.
 */

const PENDING = "confer.draftsPending";

export interface PendingDrafts {
  readonly at: string;
  readonly tags: readonly { tag: string; studentId: string; language: string; kind: string }[];
}

export function readPendingDrafts(): PendingDrafts | null {
  const text = PropertiesService.getUserProperties().getProperty(PENDING);
  return text ? (JSON.parse(text) as PendingDrafts) : null;
}

export function savePendingDrafts(pending: PendingDrafts): void {
  PropertiesService.getUserProperties().setProperty(PENDING, JSON.stringify(pending));
}

export function clearPendingDrafts(): void {
  PropertiesService.getUserProperties().deleteProperty(PENDING);
}
