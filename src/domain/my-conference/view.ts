/*
 * What the My conference sidebar shows: the doc's sections as they are now, read from one
 * documents.get, including anything the student typed by hand.
 */
import {
  HELD_PROMPT,
  NEXT_STEPS_HEADING,
  OWN_WORDS_PROMPT,
  QUESTION_PROMPT,
  TEACHER_SUPPORT_HEADING,
} from "../conference-docs/default-template";
import { SECTIONS } from "../conference-docs/template";
import type { DocJson } from "../doc/doc-json";
import { type PlacedSection, placedSection } from "./placed";

export type ConferenceRole = "student" | "advisor" | "coordinator";

/** A student-led conference doc, or a classroom round's (a 1:1 with the class teacher). */
export type ConferenceKind = "student-led" | "classroom";

export interface PurposeChoice {
  readonly label: string;
  readonly ticked: boolean;
}

export interface ArtifactRow {
  readonly link: string;
  readonly subject: string;
  readonly succeeding: string;
  readonly challenged: string;
  readonly future: string;
}

export interface SmartPart {
  readonly part: string;
  readonly text: string;
}

export interface ConferenceSections {
  readonly purposes: readonly PurposeChoice[];
  readonly somethingElse: string;
  readonly rehearsal: readonly PurposeChoice[];
  readonly questions: readonly string[];
  readonly artifacts: readonly ArtifactRow[];
  readonly teacherComments: readonly string[];
  readonly smart: readonly SmartPart[];
  readonly ownWords: string;
  readonly nextSteps: readonly string[];
  readonly teacherSupport: readonly string[];
  readonly held: string;
}

export const BOX = /^\s*(☐|☑|☒|✅|✔|\[\s*[xX ]?\s*\])\s*/;
const TICKED = /^\s*(☑|☒|✅|✔|\[\s*[xX]\s*\])/;

/** The text after the prompt, trimmed, or "" when the prompt is not in the text. */
export function afterPrompt(text: string, prompt: string): string {
  const at = text.indexOf(prompt.trim());
  return at < 0 ? "" : text.slice(at + prompt.trim().length).trim();
}

export const SOMETHING_ELSE = "Something else:";

/** A checklist line's label; the "Something else:" line keeps its label whatever follows it. */
export function boxLabel(text: string): string {
  const label = text.replace(BOX, "").trim();
  return label.startsWith(SOMETHING_ELSE) ? SOMETHING_ELSE : label;
}

export function purposesOf(section: PlacedSection | undefined): PurposeChoice[] {
  return (section?.paragraphs ?? [])
    .filter((p) => BOX.test(p.text))
    .map((p) => ({ label: boxLabel(p.text), ticked: TICKED.test(p.text) }));
}

export function somethingElseOf(section: PlacedSection | undefined): string {
  const line = section?.paragraphs.find((p) => boxLabel(p.text) === SOMETHING_ELSE);
  return line ? afterPrompt(line.text, SOMETHING_ELSE) : "";
}

export function questionsOf(section: PlacedSection | undefined): string[] {
  return (section?.paragraphs ?? [])
    .slice(1)
    .map((p) =>
      p.text.includes(QUESTION_PROMPT.trim())
        ? afterPrompt(p.text, QUESTION_PROMPT)
        : p.text.trim(),
    )
    .filter((q) => q !== "");
}

export function artifactsOf(section: PlacedSection | undefined): ArtifactRow[] {
  return (section?.tables[0] ?? [])
    .slice(1)
    .map((row) => row.map((cell) => cell.text.trim()))
    .filter((cells) => cells.some((c) => c !== ""))
    .map(([link = "", subject = "", succeeding = "", challenged = "", future = ""]) => ({
      link,
      subject,
      succeeding,
      challenged,
      future,
    }));
}

function linesUnder(section: PlacedSection | undefined, heading: string): string[] {
  return (section?.paragraphs ?? [])
    .map((p) => p.text.trim())
    .filter((text) => text !== "" && text !== heading);
}

export function conferenceSections(doc: DocJson): ConferenceSections {
  const plan = placedSection(doc, SECTIONS.plan);
  const ownWordsLine = plan?.paragraphs.find((p) => p.text.includes(OWN_WORDS_PROMPT));
  const heldLine = placedSection(doc, SECTIONS.conferenceHeld)?.paragraphs.find((p) =>
    p.text.includes(HELD_PROMPT),
  );
  return {
    purposes: purposesOf(placedSection(doc, SECTIONS.purpose)),
    somethingElse: somethingElseOf(placedSection(doc, SECTIONS.purpose)),
    rehearsal: purposesOf(placedSection(doc, SECTIONS.rehearsal)),
    questions: questionsOf(placedSection(doc, SECTIONS.questions)),
    artifacts: artifactsOf(placedSection(doc, SECTIONS.artifacts)),
    teacherComments: (placedSection(doc, SECTIONS.teacherComments)?.paragraphs ?? [])
      .map((p) => p.text.trim())
      .filter((text) => text !== ""),
    smart: (plan?.tables[0] ?? []).map((row) => ({
      part: row[0]?.text.trim() ?? "",
      text: row[1]?.text.trim() ?? "",
    })),
    ownWords: ownWordsLine ? afterPrompt(ownWordsLine.text, OWN_WORDS_PROMPT) : "",
    nextSteps: linesUnder(placedSection(doc, SECTIONS.nextSteps), NEXT_STEPS_HEADING),
    teacherSupport: linesUnder(
      placedSection(doc, SECTIONS.teacherSupport),
      TEACHER_SUPPORT_HEADING,
    ),
    held: heldLine ? afterPrompt(heldLine.text, HELD_PROMPT) : "",
  };
}
