/*
 * The advisor the Assign advisors sidebar last gave each student, one script property per
 * student (a school's worth would pass Google's 9 KB for one value), so a later import that
 * gives the student no advisor keeps this one.
 */
const PREFIX = "confer.advisorAssigned:";

export function readAssignedAdvisors(): Map<string, string> {
  const all = PropertiesService.getScriptProperties().getProperties();
  return new Map(
    Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, email]) => [key.slice(PREFIX.length), email] as const),
  );
}

export function recordAssignedAdvisors(
  assigned: readonly { readonly studentId: string; readonly advisorEmail: string }[],
): void {
  if (assigned.length === 0) return;
  PropertiesService.getScriptProperties().setProperties(
    Object.fromEntries(assigned.map((a) => [PREFIX + a.studentId, a.advisorEmail])),
  );
}
