/*
 * Coverage of the grading period: who has not had a conference yet and why, and who missed
 * theirs. A no-show whose purpose was feedback comes with the prompt to record short video
 * feedback instead.
 */
import { shownPlace } from "./lookup";
import type { CycleSchedule, Day } from "./model";

export interface ConferenceOutcome {
  readonly studentId: string;
  readonly day: Day;
  readonly result: "held" | "no-show";
  /** The purpose the student chose in their doc, such as "feedback". */
  readonly purpose?: string;
}

export interface NotYetHad {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly why: string;
}

export interface NoShow {
  readonly studentId: string;
  readonly studentName: string;
  readonly classId: string;
  readonly day: Day;
  readonly purpose: string;
  readonly prompt?: string;
}

export interface Coverage {
  readonly notYetHad: readonly NotYetHad[];
  readonly noShows: readonly NoShow[];
}

export const isFeedbackPurpose = (purpose: string) => /^feedback\b/i.test(purpose.trim());

export function videoFeedbackPrompt(studentName: string): string {
  return `Record short video feedback and share it with ${studentName}.`;
}

export function coverage(
  schedule: CycleSchedule,
  outcomes: readonly ConferenceOutcome[],
): Coverage {
  const heldBy = new Set([
    ...outcomes.filter((o) => o.result === "held").map((o) => o.studentId),
    ...schedule.assignments.filter((a) => a.status === "held").map((a) => a.studentId),
  ]);
  const missed = (studentId: string) =>
    outcomes.filter((o) => o.studentId === studentId && o.result === "no-show").at(-1);
  const notYetHad: NotYetHad[] = [];
  const noShows: NoShow[] = [];
  for (const a of schedule.assignments.filter((x) => !x.extra)) {
    if (heldBy.has(a.studentId)) continue;
    const student = { studentId: a.studentId, studentName: a.studentName, classId: a.classId };
    const noShow = missed(a.studentId);
    const why = !noShow
      ? `scheduled ${shownPlace(a)}`
      : noShow.day === a.day
        ? `missed ${shownPlace(a)}`
        : `missed ${noShow.day}, now scheduled ${shownPlace(a)}`;
    notYetHad.push({ ...student, why });
    if (!noShow) continue;
    const purpose = noShow.purpose?.trim() ?? "";
    noShows.push({
      ...student,
      day: noShow.day,
      purpose,
      ...(isFeedbackPurpose(purpose) ? { prompt: videoFeedbackPrompt(a.studentName) } : {}),
    });
  }
  for (const u of schedule.unplaced) {
    if (heldBy.has(u.studentId)) continue;
    const { reason, ...student } = u;
    notYetHad.push({ ...student, why: `not scheduled: ${reason}` });
  }
  return { notYetHad, noShows };
}
