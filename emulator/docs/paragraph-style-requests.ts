/*
 * The Docs API's updateParagraphStyle request, for the one field Confer sets: namedStyleType
 * (NORMAL_TEXT, TITLE, SUBTITLE, HEADING_1…6) on every paragraph the range touches. Other
 * paragraph style fields are not emulated.
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest
 */
import { paragraphLength, paragraphSpots } from "./indexes";
import type { DocumentContent, Heading } from "./model";

type Json = Record<string, unknown>;

export class ParagraphStyleError extends Error {}

const HEADING_OF: Record<string, Heading> = {
  NORMAL_TEXT: "NORMAL",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING_1: "HEADING1",
  HEADING_2: "HEADING2",
  HEADING_3: "HEADING3",
  HEADING_4: "HEADING4",
  HEADING_5: "HEADING5",
  HEADING_6: "HEADING6",
};

export function updateParagraphStyle(
  content: DocumentContent,
  request: Json,
  range: { start: number; end: number },
): Json {
  const fields = String(request.fields ?? "")
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean);
  if (fields.length === 0) throw new ParagraphStyleError("At least one field must be specified.");
  const other = fields.find((field) => field !== "namedStyleType");
  if (other) throw new ParagraphStyleError(`not emulated: paragraphStyle.${other}`);
  const style = (request.paragraphStyle ?? {}) as Json;
  const heading = HEADING_OF[String(style.namedStyleType ?? "NORMAL_TEXT")];
  if (!heading) {
    throw new ParagraphStyleError(
      `Invalid value for namedStyleType: ${String(style.namedStyleType)}.`,
    );
  }
  for (const spot of paragraphSpots(content)) {
    const overlaps =
      spot.start < range.end && spot.start + paragraphLength(spot.paragraph) > range.start;
    if (overlaps) spot.paragraph.heading = heading;
  }
  content.changed();
  return {};
}
