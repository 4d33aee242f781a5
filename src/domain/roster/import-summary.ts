/*
 * The sentence a coordinator reads after an import: how many students, staff, classes and
 * guardians it holds, then what changed for each kind of record.
 */
import type { MergeSummary } from "./merge";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function importSummaryText(summary: MergeSummary): string {
  const { imported, staff, classes } = summary;
  return [
    `Imported ${count(imported.students, "student", "students")}, ${imported.staff} staff, ` +
      `${count(imported.classes, "class", "classes")} and ` +
      `${count(imported.guardians, "guardian", "guardians")}.`,
    `Students: ${summary.added} added, ${summary.updated} updated, ${summary.deactivated} now inactive, ${summary.reactivated} back, ${summary.unchanged} unchanged.`,
    `Staff: ${staff.added} added, ${staff.updated} updated, ${staff.deactivated} now inactive, ${staff.unchanged} unchanged.`,
    `Classes: ${classes.added} added, ${classes.updated} updated, ${classes.removed} removed, ${classes.unchanged} unchanged.`,
  ].join(" ");
}
