/*
 * The demo's rounds: the coordinator opens the fall student-led round (named after the term)
 * before its docs are made; in March they close it, move Settings to the spring term and open
 * the spring round, whose docs carry each student's fall plan forward.
 */
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { requireHub } from "./setup-steps";

export const SPRING_TERM = "Spring 2027";
/** A school day in the spring round's preparation and comment windows. */
const SPRING_DAY = Date.UTC(2027, 2, 2, 14, 30);

const FALL_DATES = {
  preparationFrom: "2026-10-01",
  preparationTo: "2026-10-23",
  commentsFrom: "2026-10-05",
  commentsTo: "2026-10-23",
  conferenceFrom: "2026-10-27",
  conferenceTo: "2026-10-30",
};
const SPRING_DATES = {
  preparationFrom: "2027-03-01",
  preparationTo: "2027-03-19",
  commentsFrom: "2027-03-01",
  commentsTo: "2027-03-19",
  conferenceFrom: "2027-03-29",
  conferenceTo: "2027-04-01",
};

function openRound(context: DemoContext, step: StepRecorder, name: string, dates: object): void {
  const opened = step.run({
    fn: "openRound",
    args: [{ name, kind: "student-led", hosts: "advisors", ...dates }],
    as: context.roster.coordinator.email,
    kind: "sidebar",
    containerId: requireHub(context),
  }).value as { opened: boolean; problems?: { field: string; message: string }[] };
  if (!opened.opened) {
    const problems = (opened.problems ?? []).map((p) => `${p.field}: ${p.message}`);
    throw new Error(`The round “${name}” was not opened: ${problems.join("; ")}`);
  }
  context.rounds = [...(context.rounds ?? []), name];
}

export function openFallRound(context: DemoContext, step: StepRecorder): void {
  openRound(context, step, context.roster.term, FALL_DATES);
}

export function openSpringRound(context: DemoContext, step: StepRecorder): void {
  const hubId = requireHub(context);
  const coordinator = context.roster.coordinator.email;
  context.ws.triggers.advanceTo(SPRING_DAY);
  step.run({
    fn: "closeRound",
    args: [context.roster.term],
    as: coordinator,
    kind: "sidebar",
    containerId: hubId,
  });
  step.run({
    fn: "saveSettings",
    args: [{ term: SPRING_TERM }],
    as: coordinator,
    kind: "sidebar",
    containerId: hubId,
  });
  openRound(context, step, SPRING_TERM, SPRING_DATES);
}

/** The round the demo is in now. */
export function currentDemoRound(context: DemoContext): string {
  return context.rounds?.at(-1) ?? context.roster.term;
}
