/*
 * The Booking Log as the schedule's journal: each commit's log rows carry, in their Change cells,
 * the slot changes and notices the commit made, written before the Schedule tab. The tab, the
 * Calendar events, the doc lines and the notices are all derived from it, so a commit that
 * stopped half-way is finished from the log, and nothing is done twice.
 */
import { CELL_CHARACTERS } from "../limits/store-bounds";
import type { Notice, SlotChange } from "./decision";
import type { BookingLogEntry } from "./model";

export interface JournalPart {
  readonly changes: readonly SlotChange[];
  readonly notices: readonly Notice[];
}

/**
 * Each log entry's Change cell: the changes and notices of its slot, those of no entry's slot
 * with the first. Refuses a cell past Sheets' 50,000 characters before anything is written.
 */
export function journalCells(log: readonly BookingLogEntry[], part: JournalPart): string[] {
  if (log.length === 0) return [];
  const slotsOfEntries = new Set(log.map((entry) => entry.slotId));
  const home = (slotId: string) => (slotsOfEntries.has(slotId) ? slotId : log[0]!.slotId);
  const used = new Set<string>();
  return log.map((entry) => {
    if (used.has(entry.slotId)) return "";
    used.add(entry.slotId);
    const mine = <T>(items: readonly T[], slotOf: (item: T) => string) =>
      items.filter((item) => home(slotOf(item)) === entry.slotId);
    const cell = JSON.stringify({
      changes: mine(part.changes, (c) => c.after.id),
      notices: mine(part.notices, (n) => n.slotId),
    } satisfies JournalPart);
    if (cell.length > CELL_CHARACTERS) {
      throw new Error(
        `This change touches too many slots at once to log (${cell.length.toLocaleString("en-US")} characters for slot ${entry.slotId}, past a cell's ${CELL_CHARACTERS.toLocaleString("en-US")}); nothing was changed. Make it in smaller parts, one day or one host at a time.`,
      );
    }
    return cell;
  });
}

/** A commit's changes and notices, read back from its log rows' Change cells. */
export function fromJournal(cells: readonly string[]): JournalPart {
  const changes: SlotChange[] = [];
  const notices: Notice[] = [];
  for (const cell of cells) {
    if (cell.trim() === "") continue;
    try {
      const part = JSON.parse(cell) as Partial<JournalPart>;
      changes.push(...(part.changes ?? []));
      notices.push(...(part.notices ?? []));
    } catch {
      // A cell edited by hand is not Confer's; it carries nothing to finish.
    }
  }
  return { changes, notices };
}
