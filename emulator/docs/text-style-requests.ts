/*
 * The Docs API's updateTextStyle request, for the text styles the document model keeps: bold,
 * italic, underline and link (a URL). Each field in the `fields` mask is set from `textStyle`, or
 * reset to its default when `textStyle` leaves it out; "*" names every field. Any other field,
 * a link to a bookmark, heading or tab, or a range outside the body throws "not emulated".
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
 * and TextStyle / Link: developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle
 * Google documents that "at least one field must be specified"; the wording of its 400 here,
 * "At least one field must be listed in 'fields'.", is the live message as quoted in the tests
 * of google_workspace_mcp (github.com/dionny/google_workspace_mcp, tests of _parse_docs_index_error),
 * not confirmed against Google by this emulator.
 * Unconfirmed and not emulated: a link set through the API also turning the text underlined and
 * blue in documents.get (seen by extrasuite's mock, github.com/think41/extrasuite, which is
 * diffed against the live API); here the text keeps only the styles the request names.
 */
import { styleRange } from "./edits";
import type { DocumentContent, TextStyle } from "./model";

type Json = Record<string, unknown>;

export class TextStyleError extends Error {}

const BOOLEAN_FIELDS = ["bold", "italic", "underline"] as const;
const EMULATED_FIELDS = new Set<string>([...BOOLEAN_FIELDS, "link"]);

function maskOf(request: Json): string[] {
  const fields = String(request.fields ?? "")
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean);
  if (fields.length === 0) {
    throw new TextStyleError("At least one field must be listed in 'fields'.");
  }
  if (fields.includes("*")) return [...EMULATED_FIELDS];
  const other = fields.find((field) => !EMULATED_FIELDS.has(field));
  if (other) throw new TextStyleError(`not emulated: textStyle.${other}`);
  return fields;
}

function linkUrl(link: unknown): string | undefined {
  if (link === undefined || link === null) return undefined;
  const fields = Object.keys(link as Json);
  const other = fields.find((field) => field !== "url");
  if (other) throw new TextStyleError(`not emulated: textStyle.link.${other}`);
  const url = (link as Json).url;
  return typeof url === "string" && url !== "" ? url : undefined;
}

/** The patch the request makes: each masked field's value, or undefined to reset it. */
function patchOf(request: Json): TextStyle {
  const style = (request.textStyle ?? {}) as Json;
  const mask = maskOf(request);
  if (String(request.fields).includes("*")) {
    const other = Object.keys(style).find((field) => !EMULATED_FIELDS.has(field));
    if (other) throw new TextStyleError(`not emulated: textStyle.${other}`);
  }
  const patch: TextStyle = {};
  for (const field of mask) {
    if (field === "link") patch.link = linkUrl(style.link);
    else patch[field as (typeof BOOLEAN_FIELDS)[number]] = style[field] === true || undefined;
  }
  return patch;
}

export function updateTextStyle(
  content: DocumentContent,
  request: Json,
  range: { start: number; end: number },
): Json {
  const where = (request.range ?? {}) as Json;
  if (where.segmentId) throw new TextStyleError("not emulated: text styles outside the body");
  if (where.tabId) throw new TextStyleError("not emulated: document tabs");
  styleRange(content, range.start, range.end, patchOf(request));
  return {};
}
