/*
 * The families who book: one per guardian email, holding every active sibling who lists it, and
 * the students of an advisor who still need a booking in a round.
 */
import type { Roster, Student } from "../roster/model";
import type { RoundKind, Slot } from "./model";

export interface Family {
  readonly key: string;
  readonly guardianEmail: string;
  readonly guardianNames: readonly string[];
  readonly language: string;
  readonly students: readonly Student[];
}

export interface NotBookedRow {
  readonly studentId: string;
  readonly studentName: string;
  readonly advisorEmail: string;
  readonly guardians: readonly { name: string; email: string; language: string }[];
  readonly booked: number;
  readonly needed: number;
}

/** The name a family and a student use: preferred name first. */
export function studentName(student: Student): string {
  return `${student.preferredName || student.givenName} ${student.familyName}`.trim();
}

const lower = (email: string) => email.trim().toLowerCase();

/**
 * Whether a link made for the family with this guardian email ("" for a family with no email on
 * record) still speaks for the student: the student is active and the roster still lists that
 * guardian. A guardian removed at a re-import loses the link's rights at once.
 */
export function stillFamilyOf(
  student: Student,
  family: { readonly guardianEmail: string },
): boolean {
  if (!student.active) return false;
  const wanted = lower(family.guardianEmail);
  if (wanted === "") return student.guardians.every((g) => lower(g.email) === "");
  return student.guardians.some((g) => lower(g.email) === wanted);
}

/** The one key a family's sign-up links share, whatever link they use: its budget counts on it. */
export function familyKeyOf(
  family: { readonly guardianEmail: string },
  studentIds: readonly string[],
): string {
  const email = lower(family.guardianEmail);
  return email === "" ? `student:${[...studentIds].sort().join(",")}` : email;
}

function byFamilyName(a: Student, b: Student): number {
  return (
    a.familyName.localeCompare(b.familyName) ||
    a.givenName.localeCompare(b.givenName) ||
    a.id.localeCompare(b.id)
  );
}

export function familiesOf(roster: Roster, advisorEmail?: string): Family[] {
  const families = new Map<
    string,
    { guardianEmail: string; names: string[]; language: string; students: Student[] }
  >();
  for (const student of roster.students.filter((s) => s.active)) {
    const withEmail = student.guardians.filter((g) => g.email.trim() !== "");
    if (withEmail.length === 0) {
      const first = student.guardians[0];
      families.set(`student:${student.id}`, {
        guardianEmail: "",
        names: student.guardians.map((g) => g.name).filter((name) => name !== ""),
        language: first?.language || "en",
        students: [student],
      });
      continue;
    }
    for (const guardian of withEmail) {
      const key = lower(guardian.email);
      const family = families.get(key) ?? {
        guardianEmail: key,
        names: [],
        language: guardian.language || "en",
        students: [],
      };
      if (guardian.name !== "" && !family.names.includes(guardian.name)) {
        family.names.push(guardian.name);
      }
      if (!family.students.includes(student)) family.students.push(student);
      families.set(key, family);
    }
  }
  const advisor = advisorEmail === undefined ? undefined : lower(advisorEmail);
  return [...families.entries()]
    .filter(
      ([, family]) =>
        advisor === undefined || family.students.some((s) => lower(s.advisorEmail) === advisor),
    )
    .map(([key, family]) => ({
      key,
      guardianEmail: family.guardianEmail,
      guardianNames: family.names,
      language: family.language,
      students: family.students,
    }))
    .sort((a, b) => byFamilyName(a.students[0]!, b.students[0]!) || a.key.localeCompare(b.key));
}

export function notYetBooked(
  roster: Roster,
  slots: readonly Slot[],
  context: {
    readonly advisorEmail: string | null;
    readonly round: string;
    readonly kind: RoundKind;
    readonly minimumOfficeHours: number;
  },
): NotBookedRow[] {
  const advisor = context.advisorEmail === null ? null : lower(context.advisorEmail);
  const needed = context.kind === "conference" ? 1 : context.minimumOfficeHours;
  const booked = new Map<string, number>();
  for (const slot of slots) {
    if (slot.round !== context.round) continue;
    if (slot.status !== "booked" && slot.status !== "held") continue;
    booked.set(slot.studentId, (booked.get(slot.studentId) ?? 0) + 1);
  }
  return roster.students
    .filter((s) => s.active && (advisor === null || lower(s.advisorEmail) === advisor))
    .filter((s) => (booked.get(s.id) ?? 0) < needed)
    .sort(
      (a, b) => lower(a.advisorEmail).localeCompare(lower(b.advisorEmail)) || byFamilyName(a, b),
    )
    .map((student) => ({
      studentId: student.id,
      studentName: studentName(student),
      advisorEmail: lower(student.advisorEmail),
      guardians: student.guardians.map((g) => ({
        name: g.name,
        email: lower(g.email),
        language: g.language || "en",
      })),
      booked: booked.get(student.id) ?? 0,
      needed,
    }));
}
