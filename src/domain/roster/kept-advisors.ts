/*
 * A re-import that gives a student no advisor keeps the one Confer's Assign advisors sidebar
 * gave them, while the hub still names that advisor for them and the import has them as active
 * staff with the advisor role; an import that names an advisor wins. It applies to the parsed
 * roster, before validation, so a student who keeps their advisor is not listed as needing one.
 */
import type { Roster } from "./model";
import { normalizeEmail } from "./normalize";
import { type ParsedRoster, type StudentSource, unreadRoster } from "./source";

/** `assigned` holds the advisor the sidebar last gave each student, by student ID. */
export function keepAssignedAdvisors(
  parsed: ParsedRoster,
  current: Roster,
  assigned: ReadonlyMap<string, string>,
): ParsedRoster {
  if (assigned.size === 0) return parsed;
  const advisors = new Set(
    parsed.roster.staff
      .filter((m) => m.active !== false && m.roles.includes("advisor"))
      .map((m) => normalizeEmail(m.email)),
  );
  const hub = new Map(current.students.map((s, i) => [s.id, i] as const));
  const hubSources = unreadRoster(current).sources.students;
  const sources: StudentSource[] = [...parsed.sources.students];
  let kept = 0;
  const students = parsed.roster.students.map((student, i) => {
    if (normalizeEmail(student.advisorEmail) !== "") return student;
    const at = hub.get(student.id.trim());
    const existing = at === undefined ? undefined : current.students[at]!;
    const advisor = existing?.advisorEmail ?? "";
    if (advisor === "" || assigned.get(existing!.id) !== advisor || !advisors.has(advisor)) {
      return student;
    }
    sources[i] = { ...sources[i]!, advisor: hubSources[at!]! };
    kept++;
    return { ...student, advisorEmail: advisor };
  });
  if (kept === 0) return parsed;
  return {
    ...parsed,
    roster: { ...parsed.roster, students },
    sources: { ...parsed.sources, students: sources },
  };
}
