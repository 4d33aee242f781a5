/*
 * Where a student's conference stands, read from their doc's sections, never ticked by hand:
 * purpose chosen, preparation done (a question beyond the prompt and an artifact row), conference
 * held (a date after the prompt), plan written (a SMART row or the own-words line).
 */
import {
  HELD_PROMPT,
  OWN_WORDS_PROMPT,
  QUESTION_PROMPT,
} from "../conference-docs/default-template";
import { SECTIONS } from "../conference-docs/template";
import { type DocJson, type SectionContent, sectionContent } from "../doc/doc-json";

export interface DocStatus {
  /** The purpose the student ticked, or "" when none is. */
  readonly purpose: string;
  readonly prepared: boolean;
  readonly held: boolean;
  readonly planWritten: boolean;
}

const TICK = /^\s*(?:☑|☒|✅|✔|\[\s*[xX]\s*\])/;

const filled = (text: string) => /\S/.test(text);

/** The text after the prompt, or all of it when the prompt is not there. */
function after(prompt: string, text: string): string {
  const at = text.indexOf(prompt.trim());
  return at < 0 ? text : text.slice(at + prompt.trim().length);
}

export function chosenPurpose(section: SectionContent | undefined): string {
  const ticked = (section?.paragraphs ?? []).filter((p) => TICK.test(p));
  const names = ticked.map(
    (p) =>
      p
        .replace(TICK, "")
        .replace(/^[\s☐]+/, "")
        .trim() || "chosen",
  );
  return names.join("; ");
}

export function hasQuestion(section: SectionContent | undefined): boolean {
  return filled(after(QUESTION_PROMPT, (section?.paragraphs ?? []).join("\n")));
}

export function hasArtifact(section: SectionContent | undefined): boolean {
  return (section?.tables ?? []).some((rows) => rows.slice(1).some((row) => row.some(filled)));
}

export function wasHeld(section: SectionContent | undefined): boolean {
  return filled(after(HELD_PROMPT, (section?.paragraphs ?? []).join("\n")));
}

export function hasPlan(section: SectionContent | undefined): boolean {
  const smart = (section?.tables ?? []).some((rows) =>
    rows.some((row) => row.slice(1).some(filled)),
  );
  const ownWords = (section?.paragraphs ?? []).some(
    (p) => p.includes(OWN_WORDS_PROMPT) && filled(after(OWN_WORDS_PROMPT, p)),
  );
  return smart || ownWords;
}

export function docStatus(doc: DocJson): DocStatus {
  const section = (name: string) => sectionContent(doc, name);
  return {
    purpose: chosenPurpose(section(SECTIONS.purpose)),
    prepared: hasQuestion(section(SECTIONS.questions)) && hasArtifact(section(SECTIONS.artifacts)),
    held: wasHeld(section(SECTIONS.conferenceHeld)),
    planWritten: hasPlan(section(SECTIONS.plan)),
  };
}
