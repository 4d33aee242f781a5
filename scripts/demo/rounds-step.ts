/*
 * The demo's rounds: the coordinator opens the fall student-led round (named after the term)
 * before its docs are made; about twenty weeks later (March, in the demo) they close it, move
 * Settings to the spring term and open the spring round, whose docs carry each student's fall
 * plan forward. Each round's windows are set around the day it opens.
 */
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { requireHub } from "./setup-steps";

export const SPRING_TERM = "Spring 2027";

const DAY_MS = 86_400_000;
/** The spring round opens this long after the fall round (in the demo: 14 October to 2 March). */
const FALL_TO_SPRING_DAYS = 139;

/** YYYY-MM-DD of `days` after the instant `from`. */
const dayAfter = (from: number, days: number) =>
  new Date(from + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A round's windows around the day it opens, so the demo's steps fall inside them whatever the
 * clock: preparation and comments around today, the conference days two weeks on.
 */
function datesAround(opened: number, before: number) {
  return {
    preparationFrom: dayAfter(opened, -before),
    preparationTo: dayAfter(opened, 9),
    commentsFrom: dayAfter(opened, -1),
    commentsTo: dayAfter(opened, 9),
    conferenceFrom: dayAfter(opened, 13),
    conferenceTo: dayAfter(opened, 16),
  };
}

/** The first days of the current round's conference days, for publishing slots. */
export function conferenceDays(context: DemoContext, count: number): string[] {
  const opened = context.roundOpenedAt ?? context.ws.now();
  return Array.from({ length: count }, (_, i) => dayAfter(opened, 13 + i));
}

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
  const opened = context.ws.now();
  openRound(context, step, context.roster.term, datesAround(opened, 13));
  context.fallOpenedAt = opened;
  context.roundOpenedAt = opened;
}

export function openSpringRound(context: DemoContext, step: StepRecorder): void {
  const hubId = requireHub(context);
  const coordinator = context.roster.coordinator.email;
  const opened = (context.fallOpenedAt ?? context.ws.now()) + FALL_TO_SPRING_DAYS * DAY_MS;
  context.ws.triggers.advanceTo(opened);
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
  openRound(context, step, SPRING_TERM, datesAround(context.ws.now(), 1));
  context.roundOpenedAt = context.ws.now();
}

/** The round the demo is in now. */
export function currentDemoRound(context: DemoContext): string {
  return context.rounds?.at(-1) ?? context.roster.term;
}
