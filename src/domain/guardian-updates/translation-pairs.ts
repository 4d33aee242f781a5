/*
 * Translating planned drafts: each draft that needs it asks for its subject and its text, in
 * that order, from the school's default language; the answers pair back with their draft, the
 * text followed by the original.
 */
import { type PlannedDraft, withOriginal } from "./update";

export interface TextTranslation {
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

type Translatable = Pick<PlannedDraft, "subject" | "text" | "language" | "translate">;

export function translationRequests(
  drafts: readonly Translatable[],
  from: string,
): TextTranslation[] {
  return drafts
    .filter((draft) => draft.translate)
    .flatMap((draft) => [
      { text: draft.subject, from, to: draft.language },
      { text: draft.text, from, to: draft.language },
    ]);
}

/** Each draft's subject and text, translated where it asked to be, given the requests' answers. */
export function translatedTexts(
  drafts: readonly Translatable[],
  answers: readonly string[],
): { readonly subject: string; readonly text: string }[] {
  let at = 0;
  return drafts.map((draft) => {
    if (!draft.translate) return { subject: draft.subject, text: draft.text };
    const subject = answers[2 * at]!;
    const text = withOriginal(answers[2 * at + 1]!, draft.text);
    at += 1;
    return { subject, text };
  });
}
