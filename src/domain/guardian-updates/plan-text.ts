/*
 * The parts of a student's Post-Conference Plan that a guardian update quotes, read from the
 * doc's sections: the goal (in the student's own words, else the SMART rows), the next steps
 * and the teachers' support.
 */
import {
  NEXT_STEPS_HEADING,
  OWN_WORDS_PROMPT,
  SMART_GOAL_HEADING,
  TEACHER_SUPPORT_HEADING,
} from "../conference-docs/default-template";
import { SECTIONS } from "../conference-docs/template";
import { type DocJson, type SectionContent, sectionContent } from "../doc/doc-json";
import { placedSection } from "../my-conference/placed";
import { purposesOf, SOMETHING_ELSE, somethingElseOf } from "../my-conference/view";
import { wasHeld } from "../status/status";
import type { PlanText } from "./update";

function lines(section: SectionContent | undefined, heading: string): string {
  return (section?.paragraphs ?? [])
    .map((p) => p.trim())
    .filter((p) => p !== "" && p !== heading)
    .join("; ");
}

function ownWordsOf(section: SectionContent | undefined): string {
  return (
    (section?.paragraphs ?? [])
      .filter((p) => p.includes(OWN_WORDS_PROMPT))
      .map((p) => p.slice(p.indexOf(OWN_WORDS_PROMPT) + OWN_WORDS_PROMPT.length).trim())
      .find((text) => text !== "") ?? ""
  );
}

function smartGoalOf(section: SectionContent | undefined): string {
  return (section?.tables ?? [])
    .flatMap((rows) =>
      rows.filter((row) => row[0] !== SMART_GOAL_HEADING && (row[1] ?? "").trim() !== ""),
    )
    .map((row) => `${row[0]}: ${row[1]!.trim()}`)
    .join("; ");
}

/** The plan with the goal in both its forms: the student's own words and the SMART rows. */
export interface FullPlanText extends PlanText {
  readonly ownWords: string;
  readonly smart: string;
}

export function fullPlanTextOf(doc: DocJson): FullPlanText {
  const plan = sectionContent(doc, SECTIONS.plan);
  const ownWords = ownWordsOf(plan);
  const smart = smartGoalOf(plan);
  return {
    goal: ownWords || smart,
    ownWords,
    smart,
    nextSteps: lines(sectionContent(doc, SECTIONS.nextSteps), NEXT_STEPS_HEADING),
    teacherSupport: lines(sectionContent(doc, SECTIONS.teacherSupport), TEACHER_SUPPORT_HEADING),
  };
}

export function planTextOf(doc: DocJson): PlanText {
  const { goal, nextSteps, teacherSupport } = fullPlanTextOf(doc);
  return { goal, nextSteps, teacherSupport };
}

export function planIsWritten(plan: PlanText): boolean {
  return plan.goal !== "";
}

/** The purposes the student ticked in their doc, with "Something else" as they wrote it. */
export function purposesIn(doc: DocJson): string[] {
  const section = placedSection(doc, SECTIONS.purpose);
  return purposesOf(section)
    .filter((p) => p.ticked)
    .map((p) => (p.label === SOMETHING_ELSE ? somethingElseOf(section) : p.label))
    .filter((label) => label !== "");
}

/** Whether the doc's "Conference held" line has a date. */
export function heldInDoc(doc: DocJson): boolean {
  return wasHeld(sectionContent(doc, SECTIONS.conferenceHeld));
}
