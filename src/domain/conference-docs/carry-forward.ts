/*
 * What a student's new doc carries from the rounds before: the last round's SMART goal, next
 * steps and teacher support, quoted literally with a prompt to reflect on them, and the list of
 * the student's earlier conference docs, each line linked to its doc. A template without these
 * sections gets them appended.
 */
import type { FullPlanText } from "../guardian-updates/plan-text";
import { EARLIER_DOCS_HEADING, LOOKING_BACK_HEADING } from "./default-template";
import { type SectionPlacement, startAfterFill } from "./section-placement";
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

/** Where a copy's Earlier docs starts before its fill, and the fill's replacements. */
export interface LinkPlacement {
  readonly placement: SectionPlacement;
  readonly replacements: readonly { find: string; replace: string }[];
}

/** One request per earlier doc linking its whole line, after any link the template had is cleared. */
function linkRequests(carried: CarriedForward, start: number): object[] {
  const style = (startIndex: number, endIndex: number, url?: string) => ({
    updateTextStyle: {
      range: { startIndex, endIndex },
      textStyle: url ? { link: { url } } : {},
      fields: "link",
    },
  });
  let at = start;
  const links = carried.earlier.map((doc) => {
    const line = `${doc.round}: ${doc.docUrl}`;
    const request = style(at, at + line.length, doc.docUrl);
    at += line.length + 1;
    return request;
  });
  return [style(start, at - 1), ...links];
}

/**
 * The Docs requests that write both sections of a copy, found by their names. Given where the
 * section lies, the same batch links each earlier doc's line; without it the lines stay text.
 */
export function carryForwardRequests(carried: CarriedForward, at?: LinkPlacement): object[] {
  const lastTime = `${lastTimeText(carried)}\n`;
  const earlier = `${earlierDocsText(carried)}\n`;
  const writes = [
    { name: SECTIONS.lastTime, text: lastTime },
    { name: SECTIONS.earlierDocs, text: earlier },
  ].map(({ name, text }) => ({ replaceNamedRangeContent: { namedRangeName: name, text } }));
  if (!at || carried.earlier.length === 0) return writes;
  const start = startAfterFill(at.placement, at.replacements, lastTime);
  return [...writes, ...linkRequests(carried, start)];
}

const APPENDED = [
  { text: `${LOOKING_BACK_HEADING}\n` },
  { text: "…\n", name: SECTIONS.lastTime },
  { text: `${EARLIER_DOCS_HEADING}\n` },
  { text: "…\n", name: SECTIONS.earlierDocs },
] as const;

/** Each appended part with its start, when inserted at a body ending at `endIndex`. */
function appendedParts(endIndex: number) {
  let start = endIndex;
  return APPENDED.map((part) => {
    const placed = { ...part, start };
    start += part.text.length;
    return placed;
  });
}

/**
 * For a template that lacks the two sections: requests that append them at the body's end
 * (`endIndex` being the template's body end), headings included, and name them. Sent before any
 * other request of the copy's batch, they move nothing that comes before them.
 */
export function appendSectionRequests(endIndex: number): object[] {
  const text = `\n${APPENDED.map((p) => p.text).join("")}`;
  return [
    { insertText: { location: { index: endIndex - 1 }, text } },
    ...appendedParts(endIndex).flatMap((part) =>
      "name" in part
        ? [
            {
              createNamedRange: {
                name: part.name,
                range: { startIndex: part.start, endIndex: part.start + part.text.length },
              },
            },
          ]
        : [],
    ),
  ];
}

/** Where Earlier docs lies in a copy once the sections are appended to a template of this text. */
export function appendedPlacement(
  templateText: readonly string[],
  endIndex: number,
): SectionPlacement {
  const [heading, lastTime, earlierHeading, earlier] = appendedParts(endIndex);
  return {
    start: earlier!.start,
    textBefore: [...templateText, heading!.text.slice(0, -1), earlierHeading!.text.slice(0, -1)],
    lastTimeLength: lastTime!.text.length,
  };
}
