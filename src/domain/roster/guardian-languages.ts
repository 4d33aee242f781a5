/*
 * How many of an import's guardians get each language, and from where: the guardian's row, the
 * student's, languages.csv, the file's own column (Confer's format) or the school default. Each
 * guardian is counted once, by email (else by student and name), as the import summary counts
 * them; guardians a OneRoster delta leaves as the hub has them are not counted.
 */
import type { Roster } from "./model";
import type { LanguageSource, RosterSources } from "./source";

export interface LanguageCount {
  readonly language: string;
  readonly total: number;
  readonly from: Readonly<Partial<Record<LanguageSource, number>>>;
}

const HUB_TABS = new Set(["Students", "Staff", "Classes"]);

/** `roster` is the validated import; `sources` run parallel to its students. */
export function tallyGuardianLanguages(roster: Roster, sources: RosterSources): LanguageCount[] {
  const seen = new Set<string>();
  const counts = new Map<
    string,
    { total: number; from: Partial<Record<LanguageSource, number>> }
  >();
  roster.students.forEach((student, i) => {
    const source = sources.students[i];
    student.guardians.forEach((guardian, g) => {
      const guardianSource = source?.guardians[g];
      if (!guardianSource || HUB_TABS.has(guardianSource.file)) return;
      const key = guardian.email || `${student.id} ${guardian.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      const from: LanguageSource = guardianSource.languageFrom ?? "default";
      const count = counts.get(guardian.language) ?? { total: 0, from: {} };
      count.total++;
      count.from[from] = (count.from[from] ?? 0) + 1;
      counts.set(guardian.language, count);
    });
  });
  return [...counts.entries()]
    .map(([language, count]) => ({ language, ...count }))
    .sort((a, b) => b.total - a.total || a.language.localeCompare(b.language));
}
