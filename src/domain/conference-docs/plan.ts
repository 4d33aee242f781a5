/*
 * Which students a "Create conference docs" run must make docs for: the active students in its
 * scope who have no doc yet, in a stable order, cut into batches that a run works through and
 * can resume from. A classroom scope is one classroom round's, named by the teacher; its students
 * are the members of the round's classes, which the run picks before planning.
 */

export type DocScope =
  | { readonly kind: "all" }
  | { readonly kind: "grade"; readonly grade: string }
  | { readonly kind: "advisor"; readonly advisorEmail: string }
  | { readonly kind: "classroom"; readonly round: string };

export interface PlannedStudent {
  readonly id: string;
  readonly grade: string;
  readonly advisorEmail: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly active: boolean;
}

export interface DocPlan<S extends PlannedStudent> {
  readonly inScope: number;
  readonly alreadyDone: number;
  readonly toCreate: readonly S[];
}

export function inScope(student: PlannedStudent, scope: DocScope): boolean {
  if (!student.active) return false;
  if (scope.kind === "grade") return student.grade === scope.grade;
  if (scope.kind === "advisor") return student.advisorEmail === scope.advisorEmail.toLowerCase();
  return true;
}

function byGradeAdvisorName(a: PlannedStudent, b: PlannedStudent): number {
  return (
    a.grade.localeCompare(b.grade, "en", { numeric: true }) ||
    a.advisorEmail.localeCompare(b.advisorEmail) ||
    a.familyName.localeCompare(b.familyName) ||
    a.givenName.localeCompare(b.givenName) ||
    a.id.localeCompare(b.id)
  );
}

export function planDocs<S extends PlannedStudent>(
  students: readonly S[],
  scope: DocScope,
  hasDoc: (studentId: string) => boolean,
): DocPlan<S> {
  const scoped = students.filter((student) => inScope(student, scope));
  const toCreate = scoped.filter((student) => !hasDoc(student.id)).sort(byGradeAdvisorName);
  return { inScope: scoped.length, alreadyDone: scoped.length - toCreate.length, toCreate };
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Batch size must be at least 1, not ${size}.`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size));
  return out;
}

/** Who a scope's students are, to follow "N of M": "students in grade 9", "advisees of …". */
export function scopeMembers(scope: DocScope): string {
  if (scope.kind === "grade") return `students in grade ${scope.grade}`;
  if (scope.kind === "advisor") return `advisees of ${scope.advisorEmail}`;
  if (scope.kind === "classroom") return `students in the classes of “${scope.round}”`;
  return "students";
}

export function describeScope(scope: DocScope): string {
  if (scope.kind === "grade") return `grade ${scope.grade}`;
  if (scope.kind === "advisor") return `the advisees of ${scope.advisorEmail}`;
  if (scope.kind === "classroom") return `the classes of “${scope.round}”`;
  return "every student";
}

/** A classroom round's scope, by the round's name as the teacher's sidebar sends it. */
export function parseClassroomScope(round: unknown): Extract<DocScope, { kind: "classroom" }> {
  const name = typeof round === "string" ? round.trim() : "";
  if (name === "") throw new Error("Say which classroom round: the round name is empty.");
  return { kind: "classroom", round: name };
}

/** Reads a scope sent by the Create conference docs sidebar or the web app, refusing anything else. */
export function parseScope(value: unknown): DocScope {
  const scope = (value ?? {}) as Record<string, unknown>;
  if (scope.kind === "all") return { kind: "all" };
  if (scope.kind === "grade" && typeof scope.grade === "string" && scope.grade.trim() !== "") {
    return { kind: "grade", grade: scope.grade.trim() };
  }
  if (
    scope.kind === "advisor" &&
    typeof scope.advisorEmail === "string" &&
    scope.advisorEmail.includes("@")
  ) {
    return { kind: "advisor", advisorEmail: scope.advisorEmail.trim().toLowerCase() };
  }
  throw new Error(`Unknown scope for creating docs: ${JSON.stringify(value)}.`);
}
