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

/** A marker no value holds, so a second pass cannot mistake a value for a marker. */
function markerPrefix(values: readonly string[]): string {
  for (let n = 0; ; n++) {
    const prefix = `<<confer-${n}:`;
    if (!values.some((value) => value.includes(prefix))) return prefix;
  }
}

/**
 * Placeholder → replacement pairs, in the shape of Docs' replaceAllText requests, which Docs runs
 * one after another. When a value holds placeholder text (a student named {{advisor_name}}), every
 * placeholder first becomes a marker that no value holds and then its value, so each placeholder
 * is filled exactly once and values stay literal.
 */
export function replacements(context: FillContext): { find: string; replace: string }[] {
  const values = placeholderValues(context);
  const keys = Object.keys(PLACEHOLDERS) as PlaceholderKey[];
  const texts = keys.map((key) => values[key]);
  const nested = texts.some((text) => keys.some((key) => text.includes(PLACEHOLDERS[key])));
  if (!nested) return keys.map((key) => ({ find: PLACEHOLDERS[key], replace: values[key] }));
  const prefix = markerPrefix(texts);
  const marker = (key: PlaceholderKey) => `${prefix}${key}>>`;
  return [
    ...keys.map((key) => ({ find: PLACEHOLDERS[key], replace: marker(key) })),
    ...keys.map((key) => ({ find: marker(key), replace: values[key] })),
  ];
}
