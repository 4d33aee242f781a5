/*
 * A OneRoster delta applied to the current roster, before validation: people and classes in the
 * delta update theirs in place (an advisor, guardians or roles the delta does not give are kept),
 * the delta's tobedeleted people become inactive and its tobedeleted classes go, and everyone the
 * delta leaves out stays as they are. The result is a whole roster, validated as any import is.
 */
import type { Roster, SchoolClass, StaffMember, Student } from "./model";
import { normalizeEmail } from "./normalize";
import {
  type ClassSource,
  type ParsedRoster,
  type RecordSource,
  type StaffField,
  type StudentSource,
  unreadRoster,
} from "./source";

export function applyDelta(parsed: ParsedRoster, current: Roster): ParsedRoster {
  const removed = parsed.delta;
  if (!removed) return parsed;
  const hub = unreadRoster(current).sources;
  const gone = {
    students: new Set(removed.students),
    staff: new Set(removed.staff),
    classes: new Set(removed.classes),
  };

  const incomingStudents = new Map(parsed.roster.students.map((s, i) => [s.id, i]));
  const students: Student[] = [];
  const studentSources: StudentSource[] = [];
  current.students.forEach((existing, i) => {
    const at = incomingStudents.get(existing.id);
    if (at === undefined) {
      students.push(gone.students.has(existing.id) ? { ...existing, active: false } : existing);
      studentSources.push(hub.students[i]!);
      return;
    }
    const next = parsed.roster.students[at]!;
    const source = parsed.sources.students[at]!;
    const keepsAdvisor = next.advisorEmail === "";
    const keepsGuardians = next.guardians.length === 0;
    students.push({
      ...next,
      advisorEmail: keepsAdvisor ? existing.advisorEmail : next.advisorEmail,
      guardians: keepsGuardians ? existing.guardians : next.guardians,
    });
    studentSources.push({
      ...source,
      ...(keepsAdvisor ? { advisor: hub.students[i]! } : {}),
      guardians: keepsGuardians ? hub.students[i]!.guardians : source.guardians,
    });
    incomingStudents.delete(existing.id);
  });
  for (const at of incomingStudents.values()) {
    students.push(parsed.roster.students[at]!);
    studentSources.push(parsed.sources.students[at]!);
  }

  const incomingStaff = new Map(
    parsed.roster.staff.map((m, i) => [normalizeEmail(m.email), i] as const),
  );
  const staff: StaffMember[] = [];
  const staffSources: RecordSource<StaffField>[] = [];
  current.staff.forEach((existing, i) => {
    const at = incomingStaff.get(existing.email);
    if (at === undefined) {
      staff.push(gone.staff.has(existing.email) ? { ...existing, active: false } : existing);
      staffSources.push(hub.staff[i]!);
      return;
    }
    const next = parsed.roster.staff[at]!;
    staff.push({ ...next, roles: [...new Set([...existing.roles, ...next.roles])] });
    staffSources.push(parsed.sources.staff[at]!);
    incomingStaff.delete(existing.email);
  });
  for (const at of incomingStaff.values()) {
    staff.push(parsed.roster.staff[at]!);
    staffSources.push(parsed.sources.staff[at]!);
  }

  const incomingClasses = new Map(parsed.roster.classes.map((c, i) => [c.id, i]));
  const classes: SchoolClass[] = [];
  const classSources: ClassSource[] = [];
  current.classes.forEach((existing, i) => {
    if (gone.classes.has(existing.id)) return;
    const at = incomingClasses.get(existing.id);
    classes.push(at === undefined ? existing : parsed.roster.classes[at]!);
    classSources.push(at === undefined ? hub.classes[i]! : parsed.sources.classes[at]!);
    incomingClasses.delete(existing.id);
  });
  for (const at of incomingClasses.values()) {
    classes.push(parsed.roster.classes[at]!);
    classSources.push(parsed.sources.classes[at]!);
  }

  return {
    files: [...parsed.files, "Students", "Staff", "Classes"],
    roster: { students, staff, classes },
    sources: { students: studentSources, staff: staffSources, classes: classSources },
    problems: parsed.problems,
    warnings: parsed.warnings ?? [],
  };
}
