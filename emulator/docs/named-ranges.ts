/*
 * How named ranges follow edits. Google documents only that a named range's indexes follow the
 * content (docs/api/how-tos/named-ranges); the boundary cases here are the emulator's own,
 * unconfirmed: an insertion before a range moves it, one strictly inside grows it; a deletion
 * before it moves it, one inside it shrinks it, and a range whose content is all deleted goes
 * away (with its named range when none is left). A deletion across a range's boundary removes
 * the range: gas-fakes, whose tests run on live Docs, saw such edits "move or delete" the named
 * ranges they overlap (@mcpher/gas-fakes, named-range-identity.md), and a
 * caller must cope with a range gone. replaceNamedRangeContent keeps its range, as documented.
 */
import type { DocumentContent, IndexRange } from "./model";

export function adjustForInsert(content: DocumentContent, at: number, length: number): void {
  if (length === 0) return;
  for (const named of content.namedRanges) {
    for (const range of named.ranges) {
      if (at <= range.start) {
        range.start += length;
        range.end += length;
      } else if (at < range.end) {
        range.end += length;
      }
    }
  }
}

function afterDelete(index: number, start: number, end: number): number {
  if (index < start) return index;
  if (index >= end) return index - (end - start);
  return start;
}

/** Whether deleting [start, end) takes part of the range and crosses one of its ends. */
function crossesBoundary(range: IndexRange, start: number, end: number): boolean {
  const inside = start >= range.start && end <= range.end;
  const covers = start <= range.start && end >= range.end;
  const overlaps = start < range.end && end > range.start;
  return overlaps && !inside && !covers;
}

export function adjustForDelete(content: DocumentContent, start: number, end: number): void {
  if (end <= start) return;
  for (const named of content.namedRanges) {
    named.ranges = named.ranges
      .filter((range) => !crossesBoundary(range, start, end))
      .map(
        (range): IndexRange => ({
          start: afterDelete(range.start, start, end),
          end: afterDelete(range.end, start, end),
        }),
      )
      .filter((range) => range.end > range.start);
  }
  content.namedRanges = content.namedRanges.filter((named) => named.ranges.length > 0);
}

/**
 * A span [start, end) replaced by `length` new characters: ranges around it grow or shrink,
 * ranges after it move, a range ending where the span starts stays as it was, and a range
 * ending or starting inside it is clipped to the new text.
 */
export function adjustForReplace(
  content: DocumentContent,
  start: number,
  end: number,
  length: number,
): void {
  const delta = length - (end - start);
  const move = (index: number, isEnd: boolean): number => {
    if (index <= start) return index;
    if (index >= end) return index + delta;
    return isEnd ? start + length : start;
  };
  for (const named of content.namedRanges) {
    named.ranges = named.ranges
      .map((range) => ({ start: move(range.start, false), end: move(range.end, true) }))
      .filter((range) => range.end > range.start);
  }
  content.namedRanges = content.namedRanges.filter((named) => named.ranges.length > 0);
}
