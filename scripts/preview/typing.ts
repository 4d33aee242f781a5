/*
 * A person typing in a Google Doc: text inserted at the end of one of the conference doc's
 * sections, through the Docs REST API as that person, recorded as one `Docs editor` execution.
 */
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { batchUpdate, getDocument, sectionRanges } from "../demo/docs-rest";
import { type LastAction, summarizeAction } from "./last-action";
import type { PreviewState } from "./state";

/** The sections a student writes in, with the label of the form that types into each. */
export const TYPED_SECTIONS: readonly { readonly name: string; readonly label: string }[] = [
  { name: SECTIONS.questions, label: "Questions I want to ask" },
  { name: SECTIONS.plan, label: "My goal (Post-Conference Plan)" },
  { name: SECTIONS.nextSteps, label: "My next steps" },
  { name: SECTIONS.teacherSupport, label: "How my teachers can support me" },
];

export function typeInSection(
  state: PreviewState,
  docId: string,
  section: string,
  text: string,
): LastAction {
  if (!TYPED_SECTIONS.some((s) => s.name === section)) throw new Error(`No section ${section}.`);
  const { ws } = state;
  const exec = ws.begin({ fn: "Docs editor", as: state.user, kind: "editor" });
  try {
    const doc = getDocument(exec, docId);
    const index = sectionRanges(doc, section).end - 1;
    batchUpdate(exec, docId, [{ insertText: { location: { index }, text } }]);
  } finally {
    ws.end(exec);
  }
  const action = summarizeAction(`Type in the doc (${section})`, [ws.history.at(-1)!]);
  state.lastAction = action;
  return action;
}
