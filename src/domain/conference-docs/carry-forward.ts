/*
 * What a student's new doc carries from the rounds before: the last round's SMART goal, next
 * steps and teacher support, quoted literally with a prompt to reflect on them, and the list of
 * the student's earlier conference docs. A template without these sections gets them appended.
 */
import type { FullPlanText } from "../guardian-updates/plan-text";
import { EARLIER_DOCS_HEADING, LOOKING_BACK_HEADING } from "./default-template";
import { SECTIONS } from "./template";

export interface EarlierDoc {
  readonly round: string;
  readonly docUrl: string;
}

export interface CarriedForward {
  /** The last round's plan, when the student had a doc then and it could be read. */
  readonly last?: { readonly round: string; readonly plan: FullPlanText };
  /** True when the student had an earlier doc but it could not be read. */
  readonly unread?: boolean;
  readonly earlier: readonly EarlierDoc[];
}

export const WHAT_HAPPENED_PROMPT = "What happened: ";
export const FIRST_DOC =
  "This is your first conference doc, so there is no plan to look back on yet.";

const orNone = (text: string) => (text.trim() === "" ? "(nothing was written)" : text.trim());

export function lastTimeText(carried: CarriedForward): string {
  if (carried.last) {
    const { round, plan } = carried.last;
    return [
      `My goal last time (${round}) was: ${orNone(plan.goal)}`,
      ...(plan.ownWords && plan.smart ? [`As a SMART goal: ${plan.smart}`] : []),
      `My next steps were: ${orNone(plan.nextSteps)}`,
      `My teachers' support was: ${orNone(plan.teacherSupport)}`,
      WHAT_HAPPENED_PROMPT,
    ].join("\n");
  }
  if (carried.unread) {
    return [
      "Confer could not read your last conference doc. Open it from the list below and look at your goal there.",
      WHAT_HAPPENED_PROMPT,
    ].join("\n");
  }
  return FIRST_DOC;
}

export function earlierDocsText(carried: CarriedForward): string {
  if (carried.earlier.length === 0) return "None yet.";
  return carried.earlier.map((doc) => `${doc.round}: ${doc.docUrl}`).join("\n");
}

/** The Docs requests that write both sections of a copy, found by their names. */
export function carryForwardRequests(carried: CarriedForward): object[] {
  return [
    { name: SECTIONS.lastTime, text: lastTimeText(carried) },
    { name: SECTIONS.earlierDocs, text: earlierDocsText(carried) },
  ].map(({ name, text }) => ({
    replaceNamedRangeContent: { namedRangeName: name, text: `${text}\n` },
  }));
}

/**
 * For a template that lacks the two sections: requests that append them at the body's end
 * (`endIndex` being the template's body end), headings included, and name them. Sent before any
 * other request of the copy's batch, they move nothing that comes before them.
 */
export function appendSectionRequests(endIndex: number): object[] {
  const at = endIndex - 1;
  const parts = [
    { text: `${LOOKING_BACK_HEADING}\n` },
    { text: "…\n", name: SECTIONS.lastTime },
    { text: `${EARLIER_DOCS_HEADING}\n` },
    { text: "…\n", name: SECTIONS.earlierDocs },
  ];
  const requests: object[] = [
    { insertText: { location: { index: at }, text: `\n${parts.map((p) => p.text).join("")}` } },
  ];
  let start = at + 1;
  for (const part of parts) {
    if (part.name) {
      requests.push({
        createNamedRange: {
          name: part.name,
          range: { startIndex: start, endIndex: start + part.text.length },
        },
      });
    }
    start += part.text.length;
  }
  return requests;
}
