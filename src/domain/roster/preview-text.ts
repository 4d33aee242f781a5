/*
 * What a coordinator reads before applying an import, line by line: who and what it adds,
 * updates and makes inactive, the guardians' languages and where each came from, the grades it
 * adds to Settings, and how many warnings and refusals it has. The sidebar and the demo both
 * print these lines.
 */
import type { LanguageCount } from "./guardian-languages";
import type { MergeSummary } from "./merge";
import type { LanguageSource } from "./source";

export interface RosterPreview {
  /** Absent when the import is refused: then only the problems count. */
  readonly summary?: MergeSummary;
  readonly languages?: readonly LanguageCount[];
  readonly addedGrades?: readonly string[];
  readonly warnings: readonly string[];
  readonly problems: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const n = (value: number) => value.toLocaleString("en-US");

const FROM: Record<LanguageSource, string> = {
  guardian: "from the guardian's row",
  student: "from the student's row",
  languages: "from languages.csv",
  file: "from the file",
  default: "school default",
};
const ORDER: readonly LanguageSource[] = ["guardian", "student", "languages", "file", "default"];

function languageText(count: LanguageCount): string {
  const parts = ORDER.filter((from) => (count.from[from] ?? 0) > 0);
  const where =
    parts.length === 1
      ? FROM[parts[0]!]
      : parts.map((from) => `${n(count.from[from]!)} ${FROM[from]}`).join(", ");
  return `${count.language} ${n(count.total)} (${where})`;
}

export function rosterPreviewLines(preview: RosterPreview): string[] {
  const { summary, warnings, problems } = preview;
  const warned =
    warnings.length === 0
      ? "No warnings."
      : `${plural(warnings.length, "warning")}: imported, to fix in the SIS when you can.`;
  if (!summary || problems.length > 0) {
    return [
      `Nothing can be imported: ${plural(problems.length, "problem")} to fix, listed below.`,
      warned,
    ];
  }
  const { staff, classes, guardians } = summary;
  const languages = preview.languages ?? [];
  const grades = preview.addedGrades ?? [];
  return [
    `Students: ${n(summary.added)} added, ${n(summary.updated)} updated, ${n(summary.deactivated)} made inactive, ${n(summary.reactivated)} back, ${n(summary.unchanged)} unchanged.`,
    `Staff: ${n(staff.added)} added, ${n(staff.updated)} updated, ${n(staff.deactivated)} made inactive, ${n(staff.unchanged)} unchanged.`,
    `Guardians: ${n(guardians.added)} added, ${n(guardians.updated)} updated, ${n(guardians.deactivated)} made inactive, ${n(guardians.unchanged)} unchanged.`,
    `Classes: ${n(classes.added)} added, ${n(classes.updated)} updated, ${n(classes.removed)} removed, ${n(classes.unchanged)} unchanged.`,
    ...(languages.length > 0
      ? [`Guardians' languages: ${languages.map(languageText).join(", ")}.`]
      : []),
    ...(grades.length > 0
      ? [`Grades to add to Settings, each with its comments tab: ${grades.join(", ")}.`]
      : []),
    warned,
    "Nothing is refused. Nothing is written until this is applied, and applying writes exactly this.",
  ];
}
