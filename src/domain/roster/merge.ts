/*
 * Re-import: a validated roster merged into the current one. Students are matched by student ID
 * and staff by email, and updated in place; anyone missing from the import, or marked inactive in
 * it, becomes inactive and is never removed. Staff roles follow the import, so rights follow the roster; only an import
 * that cannot express the coordinator role (OneRoster) keeps it from the current roster. Fields
 * Confer does not import (added to a record by others) are kept. An import's empty advisor is
 * merged as given: which advisors set in Confer stay is decided before, in kept-advisors.ts.
 */
import type { Guardian, Roster, SchoolClass, StaffMember, Student } from "./model";

export interface MergeSummary {
  /** Students. */
  readonly added: number;
  readonly updated: number;
  readonly deactivated: number;
  readonly reactivated: number;
  readonly unchanged: number;
  readonly staff: {
    readonly added: number;
    readonly updated: number;
    readonly deactivated: number;
    readonly unchanged: number;
  };
  readonly classes: {
    readonly added: number;
    readonly updated: number;
    readonly removed: number;
    readonly unchanged: number;
  };
  /**
   * Guardians of active students, each once by email (else by student and name): "now
   * inactive" are those no active student lists any more.
   */
  readonly guardians: {
    readonly added: number;
    readonly updated: number;
    readonly deactivated: number;
    readonly unchanged: number;
  };
  /** What the import holds; guardians are counted once each, by email (else by student and name). */
  readonly imported: {
    readonly students: number;
    readonly staff: number;
    readonly classes: number;
    readonly guardians: number;
  };
}

export interface MergeResult {
  readonly roster: Roster;
  readonly summary: MergeSummary;
}

const guardianKey = (g: Guardian) => [g.name, g.email, g.language, g.relationship];

const studentKey = (s: Student) =>
  JSON.stringify([
    s.id,
    s.givenName,
    s.familyName,
    s.preferredName,
    s.email,
    s.grade,
    s.advisorEmail,
    s.guardians.map(guardianKey),
  ]);

const staffKey = (m: StaffMember) => JSON.stringify([m.email, m.name, m.roles, m.active !== false]);

const classKey = (c: SchoolClass) =>
  JSON.stringify([c.id, c.course, c.period, c.grade, c.teacherEmail, c.studentIds]);

function mergeGuardians(current: readonly Guardian[], incoming: readonly Guardian[]): Guardian[] {
  const byEmail = new Map(current.map((g) => [g.email, g]));
  return incoming.map((g) => ({ ...byEmail.get(g.email), ...g }));
}

function activeGuardians(students: readonly Student[]): Map<string, string> {
  const guardians = new Map<string, string>();
  for (const student of students) {
    if (!student.active) continue;
    for (const g of student.guardians) {
      const key = g.email || `${student.id} ${g.name}`;
      if (!guardians.has(key)) guardians.set(key, JSON.stringify(guardianKey(g)));
    }
  }
  return guardians;
}

function guardianChanges(before: readonly Student[], after: readonly Student[]) {
  const was = activeGuardians(before);
  const now = activeGuardians(after);
  const count = { added: 0, updated: 0, deactivated: 0, unchanged: 0 };
  for (const [key, value] of now) {
    const earlier = was.get(key);
    if (earlier === undefined) count.added++;
    else if (earlier !== value) count.updated++;
    else count.unchanged++;
  }
  for (const key of was.keys()) if (!now.has(key)) count.deactivated++;
  return count;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

export interface MergeOptions {
  /** True when the import's format has no coordinator role to give (OneRoster). */
  readonly keepsCoordinators?: boolean;
}

/** Merges `incoming` (a validated import) into `current`; neither is modified. */
export function mergeRoster(
  current: Roster,
  incoming: Roster,
  options: MergeOptions = {},
): MergeResult {
  const count = { added: 0, updated: 0, deactivated: 0, reactivated: 0, unchanged: 0 };
  const incomingStudents = byKey(incoming.students, (s) => s.id);
  const students: Student[] = current.students.map((existing) => {
    const next = incomingStudents.get(existing.id);
    if (!next) {
      if (!existing.active) {
        count.unchanged++;
        return existing;
      }
      count.deactivated++;
      return { ...existing, active: false };
    }
    const merged: Student = {
      ...existing,
      ...next,
      guardians: mergeGuardians(existing.guardians, next.guardians),
    };
    if (existing.active && !merged.active) count.deactivated++;
    else if (!existing.active && merged.active) count.reactivated++;
    else if (studentKey(existing) !== studentKey(merged)) count.updated++;
    else count.unchanged++;
    return merged;
  });
  const known = new Set(current.students.map((s) => s.id));
  for (const student of incoming.students) {
    if (known.has(student.id)) continue;
    count.added++;
    students.push(student);
  }

  const staffCount = { added: 0, updated: 0, deactivated: 0, unchanged: 0 };
  const incomingStaff = byKey(incoming.staff, (m) => m.email);
  const staff: StaffMember[] = current.staff.map((existing) => {
    const next = incomingStaff.get(existing.email);
    if (!next) {
      if (existing.active === false) {
        staffCount.unchanged++;
        return existing;
      }
      staffCount.deactivated++;
      return { ...existing, active: false };
    }
    const keepsCoordinator =
      options.keepsCoordinators === true &&
      existing.roles.includes("coordinator") &&
      !next.roles.includes("coordinator");
    const merged: StaffMember = {
      ...existing,
      ...next,
      roles: keepsCoordinator ? [...next.roles, "coordinator" as const] : next.roles,
      active: next.active !== false,
    };
    if (existing.active !== false && !merged.active) staffCount.deactivated++;
    else if (staffKey(existing) !== staffKey(merged)) staffCount.updated++;
    else staffCount.unchanged++;
    return merged;
  });
  const knownStaff = new Set(current.staff.map((m) => m.email));
  for (const member of incoming.staff) {
    if (knownStaff.has(member.email)) continue;
    staffCount.added++;
    staff.push({ ...member, active: member.active !== false });
  }

  const classCount = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const currentClasses = byKey(current.classes, (c) => c.id);
  const classes = incoming.classes.map((next) => {
    const existing = currentClasses.get(next.id);
    if (!existing) {
      classCount.added++;
      return next;
    }
    const merged = { ...existing, ...next };
    if (classKey(existing) !== classKey(merged)) classCount.updated++;
    else classCount.unchanged++;
    return merged;
  });
  const incomingClasses = new Set(incoming.classes.map((c) => c.id));
  classCount.removed = current.classes.filter((c) => !incomingClasses.has(c.id)).length;

  return {
    roster: { students, staff, classes },
    summary: {
      ...count,
      staff: staffCount,
      classes: classCount,
      guardians: guardianChanges(current.students, students),
      imported: {
        students: incoming.students.length,
        staff: incoming.staff.length,
        classes: incoming.classes.length,
        guardians: new Set(
          incoming.students.flatMap((s) => s.guardians.map((g) => g.email || `${s.id} ${g.name}`)),
        ).size,
      },
    },
  };
}
