/*
 * The students whose advisor Assign advisors… set, one script property per advisor holding
 * their student IDs, so a later import that gives a student no advisor keeps the one set here.
 * A list past Google's 9 KB for a value is refused before anything is written.
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
    Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, ids]) => [key.slice(PREFIX.length), ids.split(" ").filter((id) => id !== "")]),
  );
}

/** The advisor Assign advisors… last gave each student, by student ID. */
export function readAssignedAdvisors(): Map<string, string> {
  return assignedByStudent(readLists());
}

export function recordAssignedAdvisors(assignments: readonly AdvisorAssignment[]): void {
  const changed = changedLists(readLists(), assignments);
  if (changed.size === 0) return;
  const written: Record<string, string> = {};
  for (const [advisor, ids] of changed) {
    if (ids.length === 0) continue;
    const value = ids.join(" ");
    if (utf8Bytes(value) > PROPERTY_VALUE_BYTES) {
      throw new Error(
        `Confer keeps the advisees set in Assign advisors… per advisor in one script property; ${advisor}'s would pass Google's ${PROPERTY_VALUE_BYTES.toLocaleString("en-US")} bytes. Nothing was saved.`,
      );
    }
    written[PREFIX + advisor] = value;
  }
  const store = PropertiesService.getScriptProperties();
  if (Object.keys(written).length > 0) store.setProperties(written);
  for (const [advisor, ids] of changed)
    if (ids.length === 0) store.deleteProperty(PREFIX + advisor);
}
