/*
 * Whether Settings' term may take a name: the term names the school's conference round when no
 * student-led round is open, so it cannot be the name of a teacher's classroom round, whose docs
 * it would take for its own.
 */
import { type Round, sameRoundName } from "../rounds/model";
import type { SettingsProblem } from "./settings";

export function termRoundProblem(
  term: string,
  rounds: readonly Round[],
): SettingsProblem | undefined {
  const classroom = rounds.find((r) => r.kind === "classroom" && sameRoundName(r.name, term));
  if (!classroom) return undefined;
  return {
    field: "term",
    value: term.trim(),
    reason: `is ${classroom.hostEmail}'s classroom round; the term names the school's conference round, so give it a name of its own`,
  };
}
