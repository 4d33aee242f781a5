/*
 * The Check-in line in a student's doc: its words, and the one Docs batchUpdate that writes it
 * as the named range confer.check_in, just after the Post-Conference Plan (before whatever
 * follows it, usually the Parent Communication heading), as a plain paragraph. A doc that
 * already holds the line has it replaced in place; nothing the student wrote is changed.
 */
import { SECTIONS } from "../conference-docs/template";
import { bodyEnd, type DocJson, rangesOf, rawText } from "../doc/doc-json";
import { MONTH_NAMES } from "./month-names";

export const CHECK_IN_RANGE = "confer.check_in";

/** The sections of the Post-Conference Plan; the line goes after the last of them. */
const PLAN_SECTIONS = [
  SECTIONS.conferenceHeld,
  SECTIONS.plan,
  SECTIONS.nextSteps,
  SECTIONS.teacherSupport,
];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Monday, March 15, 2027" for 2027-03-15. */
export function spokenDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

export function checkInLine(goalDate: string, advisorName: string): string {
  return `Check-in on your goal: ${spokenDay(goalDate)}. Look at your goal together with ${advisorName}.`;
}

export function lineInDoc(doc: DocJson): string | undefined {
  const ranges = rangesOf(doc, CHECK_IN_RANGE);
  return ranges.length === 0 ? undefined : rawText(doc, ranges).replace(/\n$/, "");
}

function plainParagraph(start: number, end: number): Record<string, unknown> {
  return {
    updateParagraphStyle: {
      range: { startIndex: start, endIndex: end },
      paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
      fields: "namedStyleType",
    },
  };
}

/** Where the line goes: the start of the paragraph after the plan, or undefined for the end. */
function placeAfterPlan(doc: DocJson): number | undefined {
  const ends = PLAN_SECTIONS.flatMap((name) => rangesOf(doc, name).map((r) => r.end));
  if (ends.length === 0) return undefined;
  const last = Math.max(...ends);
  const content = doc.body?.content ?? [];
  const holder = content.find(
    (e) => (e.startIndex ?? 0) <= last - 1 && last - 1 < (e.endIndex ?? 0),
  );
  const at = holder?.endIndex ?? last;
  const next = content.find((e) => (e.startIndex ?? -1) === at);
  return next?.paragraph && at < bodyEnd(doc) ? at : undefined;
}

/** The requests that put `line` in the doc; none when it already reads so. */
export function checkInRequests(doc: DocJson, line: string): Record<string, unknown>[] {
  const ranges = rangesOf(doc, CHECK_IN_RANGE);
  if (ranges.length > 0) {
    if (lineInDoc(doc) === line) return [];
    const start = ranges[0]!.start;
    const text = rawText(doc, ranges).endsWith("\n") ? `${line}\n` : line;
    return [
      { replaceNamedRangeContent: { namedRangeName: CHECK_IN_RANGE, text } },
      plainParagraph(start, start + text.length),
    ];
  }
  const at = placeAfterPlan(doc);
  if (at !== undefined) {
    const end = at + line.length + 1;
    return [
      { insertText: { location: { index: at }, text: `${line}\n` } },
      { createNamedRange: { name: CHECK_IN_RANGE, range: { startIndex: at, endIndex: end } } },
      plainParagraph(at, end),
    ];
  }
  const start = bodyEnd(doc);
  const end = start + line.length;
  return [
    { insertText: { location: { index: start - 1 }, text: `\n${line}` } },
    { createNamedRange: { name: CHECK_IN_RANGE, range: { startIndex: start, endIndex: end } } },
    plainParagraph(start, end),
  ];
}
