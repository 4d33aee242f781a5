/*
 * Which of a tab's dropdown columns no longer offer their spec's choices: a hub set up before a
 * choice was added (the Rounds tab's Kind before "classroom"), or a dropdown changed or removed
 * by hand. Set up hub gives those columns their spec's list again and leaves the others alone.
 */
import type { TabSpec } from "./tabs";

/** The list a column's first body cell offers, or undefined when it offers none. */
export type ListedChoices = readonly string[] | undefined;

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((choice, i) => choice === b[i]);

/** The spec's dropdown columns (by index) whose listed choices differ from the spec's, in order. */
export function staleDropdowns(
  spec: TabSpec,
  listed: readonly ListedChoices[],
  alreadyFormatted: readonly number[] = [],
): number[] {
  return spec.columns.flatMap((column, i) => {
    if (!column.choices || alreadyFormatted.includes(i)) return [];
    const now = listed[i];
    return now && same(now, column.choices) ? [] : [i];
  });
}
