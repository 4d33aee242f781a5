/*
 * The academic, social and emotional reflection lines of the "How I am doing" section: read back
 * as they are, and written after their prompts, each begun with a chosen sentence starter.
 */
import { REFLECTION_PROMPTS, SENTENCE_STARTERS } from "../conference-docs/default-template";
import {
  ConferenceEditError,
  type DocRequest,
  need,
  oneLine,
  replaceFrom,
  typedLine,
} from "./edits";
import type { PlacedSection } from "./placed";
import { afterPrompt } from "./view";

export type ReflectionArea = "Academically" | "Socially" | "Emotionally";

export interface ReflectionLine {
  readonly area: ReflectionArea;
  readonly text: string;
}

export interface ReflectionInput {
  readonly area: string;
  readonly starter: string;
  readonly text: string;
}

const areaOf = (prompt: string) => prompt.replace(/:$/, "") as ReflectionArea;

export function reflectionOf(section: PlacedSection | undefined): ReflectionLine[] {
  return REFLECTION_PROMPTS.map((prompt) => {
    const line = section?.paragraphs.find((p) => p.text.trim().startsWith(prompt));
    return { area: areaOf(prompt), text: line ? afterPrompt(line.text, prompt) : "" };
  });
}

/** The starter without its closing ellipsis, followed by what the student wrote. */
export function startedWith(starter: string, text: string): string {
  const words = oneLine(text);
  if (starter === "") return words;
  if (!(SENTENCE_STARTERS as readonly string[]).includes(starter)) {
    throw new ConferenceEditError("Choose one of the sentence starters.");
  }
  return oneLine(`${starter.replace(/…$/, "")} ${words}`);
}

/** Replaces the text after each written line's prompt; lines left empty are not touched. */
export function reflectionRequests(
  section: PlacedSection | undefined,
  inputs: readonly ReflectionInput[],
): DocRequest[] {
  const placed = need(section, "How I am doing");
  const areas = REFLECTION_PROMPTS.map(areaOf) as string[];
  const written = inputs.filter(
    (input) =>
      typedLine(areas.includes(input.area) ? input.area : "A reflection line", input.text) !== "",
  );
  if (written.length === 0) throw new ConferenceEditError("Write at least one line first.");
  return written
    .map((input) => {
      const prompt = REFLECTION_PROMPTS.find((p) => areaOf(p) === input.area);
      if (!prompt) throw new ConferenceEditError(`There is no "${input.area}" line.`);
      const line = placed.paragraphs.find((p) => p.text.trim().startsWith(prompt));
      if (!line) throw new ConferenceEditError(`The "${prompt}" line is missing from this doc.`);
      const offset = line.text.indexOf(prompt) + prompt.length;
      return {
        at: line.start,
        requests: replaceFrom(line, offset, ` ${startedWith(input.starter, input.text)}`),
      };
    })
    .sort((a, b) => b.at - a.at)
    .flatMap((edit) => edit.requests);
}
