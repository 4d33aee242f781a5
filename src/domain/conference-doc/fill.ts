/*
 * The text each placeholder of a student's copy is replaced with. Values are literal text: the
 * adapters replace placeholders as plain strings, never as patterns built from user text.
 */
import { type DocOwner, displayName } from "./naming";
import { PLACEHOLDERS, type PlaceholderKey } from "./template";

export interface FillContext {
  readonly student: DocOwner;
  readonly advisorName: string;
  readonly guardianNames: readonly string[];
  readonly term: string;
  readonly schoolName: string;
  readonly conferenceTime: string;
}

export const NOT_SCHEDULED = "not scheduled yet";

export function placeholderValues(context: FillContext): Record<PlaceholderKey, string> {
  return {
    student: displayName(context.student),
    grade: context.student.grade,
    advisor: context.advisorName,
    conference: context.conferenceTime || NOT_SCHEDULED,
    guardians: context.guardianNames.join(", ") || "none on record",
    term: context.term,
    school: context.schoolName,
  };
}

/** Placeholder → replacement pairs, in the shape of Docs' replaceAllText requests. */
export function replacements(context: FillContext): { find: string; replace: string }[] {
  const values = placeholderValues(context);
  return (Object.keys(PLACEHOLDERS) as PlaceholderKey[]).map((key) => ({
    find: PLACEHOLDERS[key],
    replace: values[key],
  }));
}
