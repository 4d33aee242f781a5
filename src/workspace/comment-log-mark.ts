/*
 * How far the comment tabs follow the Comment Log: the last log row whose change the tabs hold,
 * in a script property. The log is written first and is the truth; a save that stopped after its
 * log rows leaves the mark behind them, and the next save brings the tabs up to the log.
 */
const KEY = "confer.commentLog.applied";

/** The last applied log row, or undefined on a hub from before the mark. */
export function appliedLogRow(): number | undefined {
  const text = PropertiesService.getScriptProperties().getProperty(KEY);
  const row = Number(text);
  return text !== null && Number.isInteger(row) && row >= 1 ? row : undefined;
}

export function markLogApplied(row: number): void {
  PropertiesService.getScriptProperties().setProperty(KEY, String(row));
}
