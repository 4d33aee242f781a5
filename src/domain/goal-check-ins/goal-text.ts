/*
 * What a check-in reads from a student's doc: the SMART goal's texts, the Time-bound row first
 * (where the date belongs), then the other rows and "my goal in my own words"; and the day the
 * conference was held, from the doc's Conference held line.
 */
import { HELD_PROMPT, OWN_WORDS_PROMPT } from "../conference-docs/default-template";
import { SECTIONS } from "../conference-docs/template";
import { type DocJson, sectionContent } from "../doc/doc-json";
import { type GoalDate, goalDateOf } from "./goal-date";

export const TIME_BOUND = "Time-bound";

const after = (text: string, prompt: string) =>
  text.includes(prompt) ? text.slice(text.indexOf(prompt) + prompt.length).trim() : "";

/** The goal's texts, the Time-bound row first; none when the student has written no goal. */
export function goalTextsOf(doc: DocJson): string[] {
  const section = sectionContent(doc, SECTIONS.plan);
  const rows = (section?.tables ?? []).flat().filter((row) => (row[1] ?? "").trim() !== "");
  const timeBound = rows.filter((row) => row[0]?.trim() === TIME_BOUND).map((row) => row[1]!);
  const others = rows.filter((row) => row[0]?.trim() !== TIME_BOUND).map((row) => row[1]!);
  const ownWords = (section?.paragraphs ?? [])
    .map((p) => after(p, OWN_WORDS_PROMPT))
    .filter((text) => text !== "");
  const loose = (section?.paragraphs ?? [])
    .filter((p) => !p.includes(OWN_WORDS_PROMPT))
    .map((p) => p.trim())
    .filter((p) => p !== "" && !/^my smart goal$/i.test(p));
  return [...timeBound, ...others, ...ownWords, ...loose].map((t) => t.trim());
}

/** The day the doc says the conference was held (YYYY-MM-DD), when it says one. */
export function heldDayOf(doc: DocJson): string | undefined {
  const section = sectionContent(doc, SECTIONS.conferenceHeld);
  const line = (section?.paragraphs ?? []).map((p) => after(p, HELD_PROMPT)).find((t) => t !== "");
  return line?.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0];
}

export interface DocGoal {
  /** Whether the student has written any goal at all. */
  readonly written: boolean;
  readonly conferenceDay: string;
  readonly date: GoalDate;
}

/**
 * The doc's goal and its date. The conference day is the held line's date, else `fallbackDay`
 * (the round's last conference day, or the day the doc was made).
 */
export function docGoalOf(doc: DocJson, fallbackDay: string): DocGoal {
  const texts = goalTextsOf(doc);
  const conferenceDay = heldDayOf(doc) ?? fallbackDay;
  return {
    written: texts.length > 0,
    conferenceDay,
    date: texts.length > 0 ? goalDateOf(texts, conferenceDay) : { kind: "none" },
  };
}
