/*
 * How far the tabs derived from an append-only log follow it: the last log row whose change the
 * tab holds (the grade tabs for the Comment Log, the Schedule tab for the Booking Log), in a
 * script property. The log is written first and is the truth; a write that stopped after its log
 * rows leaves the mark behind them, and the next write under the lock brings the tab up to it.
 */
export type LoggedTab = "comments" | "schedule";

const KEYS: Record<LoggedTab, string> = {
  comments: "confer.commentLog.applied",
  schedule: "confer.bookingLog.applied",
};

/** The last applied log row, or undefined on a hub from before the mark. */
export function appliedLogRow(tab: LoggedTab): number | undefined {
  const text = PropertiesService.getScriptProperties().getProperty(KEYS[tab]);
  const row = Number(text);
  return text !== null && Number.isInteger(row) && row >= 1 ? row : undefined;
}

export function markLogApplied(tab: LoggedTab, row: number): void {
  PropertiesService.getScriptProperties().setProperty(KEYS[tab], String(row));
}

const REWRITES: Record<LoggedTab, string> = {
  comments: "confer.commentTabs.rewrites",
  schedule: "confer.scheduleTab.rewrites",
};

/** How many writes the log does not hold the tab has had (0 before the first). */
export function tabRewrites(tab: LoggedTab): number {
  return Number(PropertiesService.getScriptProperties().getProperty(REWRITES[tab])) || 0;
}

export function noteTabRewritten(tab: LoggedTab): void {
  PropertiesService.getScriptProperties().setProperty(REWRITES[tab], String(tabRewrites(tab) + 1));
}
