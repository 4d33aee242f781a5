/*
 * The check-in reminder an advisor's click is drafting, kept in their user properties until the
 * hub has recorded it, so the next click finds a draft a cut-short one made instead of drafting
 * a second.
 */

const PENDING = "confer.checkInReminderPending";

export interface PendingReminder {
  readonly docId: string;
  readonly tag: string;
  readonly at: string;
}

export function readPendingReminder(): PendingReminder | null {
  const text = PropertiesService.getUserProperties().getProperty(PENDING);
  return text ? (JSON.parse(text) as PendingReminder) : null;
}

export function savePendingReminder(pending: PendingReminder): void {
  PropertiesService.getUserProperties().setProperty(PENDING, JSON.stringify(pending));
}

export function clearPendingReminder(): void {
  PropertiesService.getUserProperties().deleteProperty(PENDING);
}
