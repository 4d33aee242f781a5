/*
 * Every change to a classroom cycle reads as load, decide, write, tell, stamp: under the script
 * lock the round's rows are read, the domain decides the new schedule and the rows are written;
 * outside it the students whose place differs from what they were told are told in one round;
 * then, under the lock again, each one told is stamped Told, unless their place changed meanwhile
 * (the next change tells them). A re-run finds everyone told and tells no one twice.
 */
import {
  cycleRows,
  keepFor,
  planRow,
  type StoredCycle,
  storedCycleOf,
} from "../../domain/classroom/cycle-rows";
import { ClassroomRefusedError } from "../../domain/classroom/errors";
import type { Moment } from "../../domain/classroom/model";
import { tellsFor } from "../../domain/classroom/telling";
import { readCycleTabs, writeCycleTabs } from "../../workspace/classroom-cycle-store";
import { withScriptLock } from "../hub/script-lock";
import type { CycleCaller } from "./access";
import { tellStudents } from "./tell";

export function nowOf(timeZone: string): Moment {
  const now = new Date();
  return {
    day: Utilities.formatDate(now, timeZone, "yyyy-MM-dd"),
    time: Utilities.formatDate(now, timeZone, "HH:mm"),
  };
}

export interface ChangeDone {
  readonly stored: StoredCycle;
  /** How many students were told just now, in their doc and on their calendar. */
  readonly told: number;
  readonly problems: readonly string[];
}

/** The round's saved cycle, read once; undefined before its first save. */
export function loadCycle({ context, round }: CycleCaller): StoredCycle | undefined {
  const read = readCycleTabs(context.hub);
  return storedCycleOf(round.name, read.plans, read.rows);
}

export function savedCycleOf(stored: StoredCycle | undefined, roundName: string): StoredCycle {
  if (stored) return stored;
  throw new ClassroomRefusedError(
    `“${roundName}” has no saved cycle yet: plan it and choose Save and tell first.`,
  );
}

function write(caller: CycleCaller, decide: (stored: StoredCycle | undefined) => StoredCycle) {
  const { context, round } = caller;
  return withScriptLock(() => {
    const read = readCycleTabs(context.hub);
    const next = decide(storedCycleOf(round.name, read.plans, read.rows));
    const stored = { ...next, keep: keepFor(next, next.schedule) };
    writeCycleTabs(context.hub, read, round.name, planRow(stored), cycleRows(stored));
    return stored;
  });
}

function stamp(caller: CycleCaller, told: ReadonlyMap<string, string>, at: string): StoredCycle {
  const { context, round } = caller;
  const locale = context.settings.defaultLanguage;
  return withScriptLock(() => {
    const read = readCycleTabs(context.hub);
    const stored = savedCycleOf(storedCycleOf(round.name, read.plans, read.rows), round.name);
    const keep = new Map(stored.keep);
    for (const tell of tellsFor(stored.schedule, stored.keep, locale)) {
      if (told.get(tell.key) !== tell.told) continue;
      keep.set(tell.key, { ...keep.get(tell.key)!, told: tell.told, toldAt: at });
    }
    const next = { ...stored, keep };
    writeCycleTabs(context.hub, read, round.name, planRow(next), cycleRows(next));
    return next;
  });
}

/** Decides and writes a change, then tells the students it affects. */
export function changeCycle(
  caller: CycleCaller,
  decide: (stored: StoredCycle | undefined) => StoredCycle,
): ChangeDone {
  const written = write(caller, decide);
  return tellAbout(caller, written);
}

/** Tells whoever of the cycle is not yet told what stands, and stamps them. */
export function tellAbout(caller: CycleCaller, stored: StoredCycle): ChangeDone {
  const tells = tellsFor(stored.schedule, stored.keep, caller.context.settings.defaultLanguage);
  const telling = tellStudents(caller, tells, stored.keep);
  if (telling.told.length === 0) return { stored, told: 0, problems: telling.problems };
  const told = new Map(
    tells.filter((t) => telling.told.includes(t.key)).map((t) => [t.key, t.told]),
  );
  const after = stamp(caller, told, new Date().toISOString());
  return { stored: after, told: told.size, problems: telling.problems };
}
