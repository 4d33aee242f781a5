/*
 * The students whose advisor Assign advisors… set, one script property per advisor holding
 * their student IDs, so a later import that gives a student no advisor keeps the one set here.
 * A list past Google's 9 KB for a value is refused before anything is written; a save writes
 * every changed list in one call, so no student is ever on two lists.
 */

import type { AdvisorAssignment } from "../domain/advisors/assign";
import {
  type AssignedLists,
  assignedByStudent,
  changedLists,
} from "../domain/advisors/assigned-lists";
import { PROPERTY_VALUE_BYTES, utf8Bytes } from "../domain/limits/store-bounds";

const PREFIX = "confer.advisees:";

function readLists(): AssignedLists {
  const all = PropertiesService.getScriptProperties().getProperties();
  return new Map(
    Object.entries(all).flatMap(([key, value]) => {
      const ids = value.split(" ").filter((id) => id !== "");
      return key.startsWith(PREFIX) && ids.length > 0 ? [[key.slice(PREFIX.length), ids]] : [];
    }),
  );
}

/** Lists emptied by a save whose removal did not happen; they hold no student. */
function emptiedKeys(): string[] {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.entries(all)
    .filter(([key, ids]) => key.startsWith(PREFIX) && ids.trim() === "")
    .map(([key]) => key);
}

/** The advisor Assign advisors… last gave each student, by student ID. */
export function readAssignedAdvisors(): Map<string, string> {
  return assignedByStudent(readLists());
}

/**
 * One setProperties call writes every changed list, an emptied one as "", so a student is never
 * on two lists; the emptied ones are removed after, and again by the next save if that fails.
 */
export function recordAssignedAdvisors(assignments: readonly AdvisorAssignment[]): void {
  const changed = changedLists(readLists(), assignments);
  const store = PropertiesService.getScriptProperties();
  if (changed.size === 0) {
    for (const key of emptiedKeys()) store.deleteProperty(key);
    return;
  }
  const written: Record<string, string> = {};
  for (const [advisor, ids] of changed) {
    const value = ids.join(" ");
    if (utf8Bytes(value) > PROPERTY_VALUE_BYTES) {
      throw new Error(
        `Confer keeps the advisees set in Assign advisors… per advisor in one script property; ${advisor}'s would pass Google's ${PROPERTY_VALUE_BYTES.toLocaleString("en-US")} bytes. Nothing was saved.`,
      );
    }
    written[PREFIX + advisor] = value;
  }
  store.setProperties(written);
  for (const key of emptiedKeys()) store.deleteProperty(key);
}
