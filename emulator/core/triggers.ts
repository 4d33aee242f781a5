/*
 * Installable time-driven triggers: the table of each user's triggers of this script, and the
 * modelled wall clock they fall due on. `run-triggers.ts` runs the triggers that fall due.
 * Reference: developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
 * and developers.google.com/apps-script/guides/triggers/events#time-driven_events
 *
 * An editor add-on's triggers follow the add-on rules (developers.google.com/workspace/add-ons/
 * concepts/editor-triggers, "Installable trigger restrictions"): one time-based trigger per user
 * per document, and none runs more often than once an hour. Google's refusal of a second one is
 * quoted as users report it (github.com/ljay79/jira-tools/issues/53).
 */
import { randomBytes } from "node:crypto";
import { GoogleError } from "./errors";
import type { PersistentSlice } from "./persistent-slice";
import { LIMITS } from "./quotas";

export interface TriggerRow {
  readonly id: string;
  readonly owner: string;
  readonly handler: string;
  /** "once" for after/at, "every" for everyMinutes/everyHours. */
  readonly repeat: "once" | "every";
  readonly everyMs: number;
  nextRunMs: number;
  /** The document an add-on execution made it in; absent for a trigger made outside an add-on. */
  readonly document?: string;
}

const HOUR_MS = 3_600_000;

export const ADD_ON_TRIGGER_LIMIT_MESSAGE =
  "This add-on has created too many time-based triggers in this document for this Google user account.";

export class TriggerTable implements PersistentSlice {
  private rows: TriggerRow[] = [];
  private nextId = 1;
  private advancedTo = 0;
  /** When each user's add-on triggers last fired in each document ("owner|document"). */
  private lastFired: Record<string, number> = {};

  constructor(private readonly wallClock: () => number) {}

  /** The modelled wall clock: the workspace's clock, or later once triggers advanced it. */
  now(): number {
    return Math.max(this.wallClock(), this.advancedTo);
  }

  advanceTo(ms: number): void {
    this.advancedTo = Math.max(this.advancedTo, ms);
  }

  /** Adds a trigger, or throws Google's error past 20 triggers per user per script. */
  add(row: Omit<TriggerRow, "id">): TriggerRow {
    if (row.document !== undefined && this.of(row.owner).some((t) => t.document === row.document)) {
      throw new GoogleError(ADD_ON_TRIGGER_LIMIT_MESSAGE);
    }
    if (this.of(row.owner).length >= LIMITS.triggersPerUserPerScript) {
      throw new GoogleError(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    this.nextId++;
    const id = triggerUid();
    const created = { ...row, id };
    this.rows.push(created);
    return created;
  }

  of(owner: string): TriggerRow[] {
    return this.rows.filter((row) => row.owner === owner);
  }

  find(id: string): TriggerRow | undefined {
    return this.rows.find((row) => row.id === id);
  }

  remove(id: string): void {
    this.rows = this.rows.filter((row) => row.id !== id);
  }

  /** When a trigger fires: when it is due, and for an add-on's, an hour after its last firing. */
  dueAt(row: TriggerRow): number {
    if (row.document === undefined) return row.nextRunMs;
    const last = this.lastFired[`${row.owner}|${row.document}`];
    return last === undefined ? row.nextRunMs : Math.max(row.nextRunMs, last + HOUR_MS);
  }

  fired(row: TriggerRow, at: number): void {
    if (row.document !== undefined) this.lastFired[`${row.owner}|${row.document}`] = at;
  }

  /** The trigger that fires first, at or before `untilMs`. */
  nextDue(untilMs: number): TriggerRow | undefined {
    let first: TriggerRow | undefined;
    for (const row of this.rows) {
      const due = this.dueAt(row);
      if (due <= untilMs && (!first || due < this.dueAt(first))) first = row;
    }
    return first;
  }

  snapshot(): unknown {
    return {
      rows: this.rows,
      nextId: this.nextId,
      advancedTo: this.advancedTo,
      lastFired: this.lastFired,
    };
  }

  restore(data: unknown): void {
    const saved = data as {
      rows: TriggerRow[];
      nextId: number;
      advancedTo: number;
      lastFired?: Record<string, number>;
    };
    this.rows = saved.rows.map((row) => ({ ...row }));
    this.nextId = saved.nextId;
    this.advancedTo = saved.advancedTo;
    this.lastFired = { ...(saved.lastFired ?? {}) };
  }
}

/**
 * A trigger's ID as Google shows one (events guide: "ID of trigger that produced this event",
 * e.g. 4034124084959907503): 19 digits that say nothing about the triggers made before it.
 */
function triggerUid(): string {
  const n = randomBytes(8).readBigUInt64BE() % (9n * 10n ** 18n);
  return (10n ** 18n + n).toString();
}
