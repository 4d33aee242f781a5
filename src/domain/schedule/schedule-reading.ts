/*
 * A reading of the Schedule tab: its slots, the sheet row of each, and the rows as read. A reading
 * taken before the script lock is brought up to date under it from what the lock holders wrote
 * meanwhile (the slot changes journaled in the Booking Log's tail, and the slots published in rows
 * below the reading), or found too stale to trust, when the tab must be read again.
 */
import type { SlotChange } from "./decision";
import type { Slot } from "./model";
import { isBlankRow, slotFromRow, slotToRow } from "./rows";

export interface ScheduleReading {
  readonly slots: readonly Slot[];
  readonly rowOf: ReadonlyMap<string, number>;
  /** The data rows from row 2 on, as the tab holds them. */
  readonly values: readonly (readonly unknown[])[];
}

/** The reading of data rows `values`, whose first is sheet row `firstRow`. */
export function scheduleReadingOf(
  values: readonly (readonly unknown[])[],
  firstRow = 2,
): ScheduleReading {
  const slots: Slot[] = [];
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const slot = slotFromRow(row, firstRow + i);
    if (rowOf.has(slot.id)) {
      throw new Error(
        `Schedule rows ${rowOf.get(slot.id)} and ${firstRow + i} both hold slot ${slot.id}; remove one of them.`,
      );
    }
    slots.push(slot);
    rowOf.set(slot.id, firstRow + i);
  });
  return { slots, rowOf, values };
}

/** The tab's last row in a reading from row 2 (1 when it holds only its header). */
export const lastRowOf = (reading: ScheduleReading) => reading.values.length + 1;

/**
 * The early reading brought up to the tab as it is now, given the slot changes journaled since
 * it was read and the rows now below it; undefined when they do not account for the tab (rows
 * vanished, a slot appears twice, or a change names a slot in no row), so the caller reads the
 * tab again.
 */
export function caughtUpSchedule(
  early: ScheduleReading,
  changes: readonly SlotChange[],
  below: readonly (readonly unknown[])[],
): ScheduleReading | undefined {
  const start = lastRowOf(early) + 1;
  const added = scheduleReadingOf(below, start);
  if ([...added.rowOf.keys()].some((id) => early.rowOf.has(id))) return undefined;
  const latest = new Map(early.slots.map((slot) => [slot.id, slot]));
  const values = [...early.values, ...below];
  for (const { after } of changes) {
    if (added.rowOf.has(after.id)) continue;
    const row = early.rowOf.get(after.id);
    if (row === undefined) return undefined;
    latest.set(after.id, after);
    values[row - 2] = slotToRow(after);
  }
  return {
    slots: [...latest.values(), ...added.slots],
    rowOf: new Map([...early.rowOf, ...added.rowOf]),
    values,
  };
}
