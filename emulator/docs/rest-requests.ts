/*
 * The Docs API's batchUpdate requests that Confer sends, applied to a document's content:
 * replaceAllText, replaceNamedRangeContent, insertText, deleteContentRange, createNamedRange,
 * deleteNamedRange, insertTableRow (table-requests.ts), updateParagraphStyle
 * (paragraph-style-requests.ts) and updateTextStyle (text-style-requests.ts). Each invalid request throws a RequestError with Google's wording.
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 */
import { deleteRange, insertTextAt, replaceSpan, StructureError } from "./edits";
import { bodyEnd, paragraphAt, paragraphSpots, textOf, textOffsetIn } from "./indexes";
import type { DocumentContent, NamedRangeRecord } from "./model";
import { ParagraphStyleError, updateParagraphStyle } from "./paragraph-style-requests";
import { insertTableRow, TableRequestError } from "./table-requests";
import { TextStyleError, updateTextStyle } from "./text-style-requests";

export class RequestError extends Error {}

type Json = Record<string, unknown>;

export const REQUEST_KINDS = [
  "replaceAllText",
  "replaceNamedRangeContent",
  "insertText",
  "deleteContentRange",
  "createNamedRange",
  "deleteNamedRange",
  "insertTableRow",
  "updateParagraphStyle",
  "updateTextStyle",
] as const;

function integer(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new RequestError(`${field} must be an integer.`);
  }
  return value;
}

function checkIndex(content: DocumentContent, index: number): void {
  if (index < 1) throw new RequestError(`Index ${index} must be greater than or equal to 1.`);
  const end = bodyEnd(content);
  if (index >= end) {
    throw new RequestError(
      `Index ${index} must be less than the end index of the referenced segment, ${end}.`,
    );
  }
}

function checkRange(
  content: DocumentContent,
  range: Json | undefined,
): { start: number; end: number } {
  if (!range) throw new RequestError("range must be set.");
  const start = integer(range.startIndex ?? 0, "startIndex");
  const end = integer(range.endIndex ?? 0, "endIndex");
  if (end <= start) throw new RequestError("The range should not be empty.");
  if (start < 1) throw new RequestError(`Index ${start} must be greater than or equal to 1.`);
  const segmentEnd = bodyEnd(content);
  if (end > segmentEnd) {
    throw new RequestError(
      `Index ${end - 1} must be less than the end index of the referenced segment, ${segmentEnd}.`,
    );
  }
  return { start, end };
}

function structural<T>(edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (
      error instanceof StructureError ||
      error instanceof TableRequestError ||
      error instanceof ParagraphStyleError ||
      error instanceof TextStyleError
    ) {
      throw new RequestError(error.message);
    }
    throw error;
  }
}

/** Literal, never a regex; case-insensitive unless matchCase, as SubstringMatchCriteria says. */
function replaceAllText(content: DocumentContent, request: Json): Json {
  const criteria = (request.containsText ?? {}) as Json;
  const search = String(criteria.text ?? "");
  if (search === "") throw new RequestError("The search text must not be empty.");
  const replacement = String(request.replaceText ?? "");
  const matchCase = criteria.matchCase === true;
  const needle = matchCase ? search : search.toLowerCase();
  let occurrences = 0;
  for (const spot of paragraphSpots(content)) {
    const text = textOf(spot.paragraph);
    const hay = matchCase ? text : text.toLowerCase();
    const starts: number[] = [];
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      starts.push(at);
    }
    for (const at of starts.reverse()) {
      replaceSpan(content, spot.paragraph, at, at + search.length, replacement);
    }
    occurrences += starts.length;
  }
  return { replaceAllText: occurrences ? { occurrencesChanged: occurrences } : {} };
}

/**
 * InsertTextRequest: "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from
 * the Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of
 * the inserted text" (developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 */
export function insertable(text: string): string {
  let kept = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control = code <= 0x08 || (code >= 0x0c && code <= 0x1f);
    const privateUse = code >= 0xe000 && code <= 0xf8ff;
    if (!control && !privateUse) kept += char;
  }
  return kept;
}

function insertText(content: DocumentContent, request: Json): Json {
  const text = insertable(String(request.text ?? ""));
  const location = request.location as Json | undefined;
  let index: number;
  if (location) {
    index = integer(location.index ?? 0, "index");
    checkIndex(content, index);
  } else if (request.endOfSegmentLocation) {
    index = bodyEnd(content) - 1;
  } else {
    throw new RequestError("Either location or endOfSegmentLocation must be set.");
  }
  structural(() => insertTextAt(content, index, text));
  return {};
}

function deleteContentRange(content: DocumentContent, request: Json): Json {
  const { start, end } = checkRange(content, request.range as Json | undefined);
  if (end === bodyEnd(content)) {
    throw new RequestError(
      "The range cannot include the newline character at the end of the segment.",
    );
  }
  structural(() => deleteRange(content, start, end));
  return {};
}

function createNamedRange(content: DocumentContent, request: Json): Json {
  const name = String(request.name ?? "");
  if (name.length < 1 || name.length > 256) {
    throw new RequestError("The name must be between 1 and 256 characters long.");
  }
  const { start, end } = checkRange(content, request.range as Json | undefined);
  const record: NamedRangeRecord = { id: content.allocateId(), name, ranges: [{ start, end }] };
  content.namedRanges.push(record);
  content.changed();
  return { createNamedRange: { namedRangeId: record.id } };
}

/** The named ranges a request names: all with a name (maybe none), or the one ID (which must exist). */
function namedTargets(
  content: DocumentContent,
  request: Json,
  nameField: string,
): NamedRangeRecord[] {
  const id = request.namedRangeId;
  const name = request[nameField];
  if ((id === undefined) === (name === undefined)) {
    throw new RequestError(`Exactly one of ${nameField} or namedRangeId must be set.`);
  }
  if (id !== undefined) {
    const found = content.namedRanges.find((n) => n.id === id);
    if (!found) throw new RequestError(`The named range with ID ${String(id)} could not be found.`);
    return [found];
  }
  return content.namedRanges.filter((n) => n.name === name);
}

function deleteNamedRange(content: DocumentContent, request: Json): Json {
  const targets = namedTargets(content, request, "name");
  content.namedRanges = content.namedRanges.filter((n) => !targets.includes(n));
  content.changed();
  return {};
}

/**
 * Replaces the first range of each named range with the text and deletes its other ranges
 * with their content; the named range then covers the new text.
 */
function replaceNamedRangeContent(content: DocumentContent, request: Json): Json {
  const text = String(request.text ?? "");
  for (const target of namedTargets(content, request, "namedRangeName")) {
    const id = target.id;
    const current = () => content.namedRanges.find((n) => n.id === id);
    const ranges = [...target.ranges].sort((a, b) => a.start - b.start);
    for (const extra of ranges.slice(1).reverse()) {
      const live = current()?.ranges.find((r) => r.start === extra.start) ?? extra;
      structural(() => deleteRange(content, live.start, live.end));
    }
    const first = current()?.ranges[0] ?? ranges[0]!;
    const spot = paragraphAt(content, first.start);
    const textStart = spot ? spot.start + textOffsetIn(spot.paragraph) : -1;
    const textEnd = spot ? textStart + textOf(spot.paragraph).length : -1;
    if (spot && first.start >= textStart && first.end <= textEnd) {
      replaceSpan(content, spot.paragraph, first.start - textStart, first.end - textStart, text);
    } else {
      const { start, end } = first;
      structural(() => deleteRange(content, start, end));
      structural(() => insertTextAt(content, start, text));
    }
    const record = current() ?? target;
    record.ranges = [{ start: first.start, end: first.start + text.length }];
    if (!current()) content.namedRanges.push(record);
    if (text === "") content.namedRanges = content.namedRanges.filter((n) => n.id !== id);
  }
  return {};
}

const HANDLERS: Record<(typeof REQUEST_KINDS)[number], (c: DocumentContent, r: Json) => Json> = {
  replaceAllText,
  replaceNamedRangeContent,
  insertText,
  deleteContentRange,
  createNamedRange,
  deleteNamedRange,
  insertTableRow: (content, request) => structural(() => insertTableRow(content, request)),
  updateParagraphStyle: (content, request) => {
    const range = checkRange(content, request.range as Json | undefined);
    return structural(() => updateParagraphStyle(content, request, range));
  },
  updateTextStyle: (content, request) => {
    const range = checkRange(content, request.range as Json | undefined);
    return structural(() => updateTextStyle(content, request, range));
  },
};

/** Applies one request and returns its reply; throws RequestError naming what is wrong. */
export function applyRequest(content: DocumentContent, request: Json): Json {
  const kinds = Object.keys(request ?? {});
  if (kinds.length !== 1) throw new RequestError("Exactly one request kind must be set.");
  const kind = kinds[0]! as (typeof REQUEST_KINDS)[number];
  const handler = HANDLERS[kind];
  if (!handler) throw new RequestError(`not emulated: request ${kind}`);
  return handler(content, (request[kind] ?? {}) as Json);
}
