/*
 * DocumentApp's Range, RangeElement, RangeBuilder and NamedRange. A range is kept as spans
 * of the Docs index space, so a named range moves with edits as Google's do; its elements
 * are worked out when asked: a wholly covered paragraph or table, or a partial Text.
 * Reference: developers.google.com/apps-script/reference/document/range (and named-range, range-builder)
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import {
  extentOf,
  paragraphLength,
  paragraphSpots,
  tableLength,
  tableSpots,
  textOf,
  textOffsetIn,
} from "../../docs/indexes";
import type {
  DocumentContent,
  IndexRange,
  NamedRangeRecord,
  ParagraphNode,
} from "../../docs/model";
import type { DocRef } from "./doc-ref";
import { DocElement } from "./element";
import { EmulatedListItem, EmulatedParagraph } from "./paragraph";
import { EmulatedTable } from "./table";
import { EmulatedText } from "./text";
import { wrapBlock } from "./wrap";

export class EmulatedRangeElement
  extends DocElement
  implements
    Emulates<
      GoogleAppsScript.Document.RangeElement,
      "isPartial" | "getStartOffset" | "getEndOffsetInclusive"
    >
{
  static override readonly className = "RangeElement";
  static override readonly methods = [
    "getElement",
    "isPartial",
    "getStartOffset",
    "getEndOffsetInclusive",
  ];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly element: DocElement,
    readonly paragraph: ParagraphNode | undefined,
    readonly startOffset = -1,
    readonly endOffsetInclusive = -1,
  ) {
    super(exec, doc);
  }

  getElement(): DocElement {
    return this.element;
  }

  isPartial(): boolean {
    return this.startOffset >= 0;
  }

  getStartOffset(): number {
    return this.startOffset;
  }

  getEndOffsetInclusive(): number {
    return this.endOffsetInclusive;
  }
}

/** The elements a span covers: whole tables and paragraphs, else the partial text of each. */
export function elementsOf(
  exec: Execution,
  doc: DocRef,
  content: DocumentContent,
  spans: readonly IndexRange[],
): EmulatedRangeElement[] {
  const out: EmulatedRangeElement[] = [];
  for (const span of spans) {
    const covered = tableSpots(content).filter(
      (t) => span.start <= t.start && span.end >= t.start + tableLength(t.table),
    );
    for (const t of covered) {
      out.push(
        new EmulatedRangeElement(exec, doc, new EmulatedTable(exec, doc, t.table), undefined),
      );
    }
    for (const spot of paragraphSpots(content)) {
      const inCovered = covered.some(
        (t) => spot.start > t.start && spot.start < t.start + tableLength(t.table),
      );
      const textStart = spot.start + textOffsetIn(spot.paragraph);
      const textEnd = spot.start + paragraphLength(spot.paragraph) - 1;
      if (inCovered || span.end <= spot.start || span.start > textEnd) continue;
      if (span.start <= spot.start && span.end >= textEnd) {
        const element = wrapBlock(exec, doc, spot.paragraph);
        out.push(new EmulatedRangeElement(exec, doc, element, spot.paragraph));
        continue;
      }
      const from = Math.max(0, span.start - textStart);
      const to = Math.min(textOf(spot.paragraph).length, span.end - textStart) - 1;
      if (to < from) continue;
      const paragraph = spot.paragraph;
      const text = new EmulatedText(exec, doc, () => [paragraph]);
      out.push(new EmulatedRangeElement(exec, doc, text, paragraph, from, to));
    }
  }
  return out;
}

export class EmulatedRange
  extends DocElement
  implements Emulates<GoogleAppsScript.Document.Range, never>
{
  static override readonly className = "Range";
  static override readonly methods = ["getRangeElements"];

  constructor(
    exec: Execution,
    doc: DocRef,
    private readonly spansOf: (content: DocumentContent) => IndexRange[],
  ) {
    super(exec, doc);
  }

  spans(content: DocumentContent): IndexRange[] {
    return this.spansOf(content);
  }

  getRangeElements(): EmulatedRangeElement[] {
    const content = this.read();
    return elementsOf(this.exec, this.doc, content, this.spansOf(content));
  }
}

/** The span of an element, or of characters [start, endInclusive] of a paragraph's Text. */
function spanOf(
  content: DocumentContent,
  element: unknown,
  startOffset?: number,
  endOffsetInclusive?: number,
): IndexRange {
  if (element instanceof EmulatedText) {
    const segments = element.segments(content);
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (!first || !last) throw new GoogleError("Invalid argument: element");
    const textEnd = last.offset + last.length;
    const start = startOffset ?? 0;
    const end = endOffsetInclusive === undefined ? textEnd : endOffsetInclusive + 1;
    if (start < 0 || end > textEnd || end <= start) {
      throw new GoogleError("Invalid argument: offsets");
    }
    return { start: element.indexOf(content, start), end: element.indexOf(content, end - 1) + 1 };
  }
  if (startOffset !== undefined) {
    throw new GoogleError("Offsets may only be given for Text elements.");
  }
  const node =
    element instanceof EmulatedParagraph || element instanceof EmulatedListItem
      ? element.node
      : element instanceof EmulatedTable
        ? element.node
        : undefined;
  const extent = node ? extentOf(content, node) : undefined;
  if (!extent) throw new GoogleError("Invalid argument: element");
  return extent;
}

export class EmulatedRangeBuilder
  extends DocElement
  implements Emulates<GoogleAppsScript.Document.RangeBuilder, never>
{
  static override readonly className = "RangeBuilder";
  static override readonly methods = ["addElement", "addElementsBetween", "build"];
  private readonly spans: IndexRange[] = [];

  addElement(
    element: GoogleAppsScript.Document.Element,
    startOffset?: number,
    endOffsetInclusive?: number,
  ): EmulatedRangeBuilder {
    this.spans.push(spanOf(this.read(), element, startOffset, endOffsetInclusive));
    return this;
  }

  /** addElementsBetween(start, end) or (start, startOffset, end, endOffsetInclusive). */
  addElementsBetween(...args: unknown[]): EmulatedRangeBuilder {
    const content = this.read();
    const [startElement, startOffset, endElement, endOffset] =
      args.length >= 4 ? args : [args[0], undefined, args[1], undefined];
    const first = spanOf(content, startElement, startOffset as number | undefined, undefined);
    const last =
      endOffset === undefined
        ? spanOf(content, endElement)
        : spanOf(content, endElement, 0, endOffset as number);
    if (last.end <= first.start) throw new GoogleError("Invalid argument: endElement");
    this.spans.push({ start: first.start, end: last.end });
    return this;
  }

  build(): EmulatedRange {
    const spans = this.spans.map((s) => ({ ...s }));
    return new EmulatedRange(this.exec, this.doc, () => spans);
  }
}

export class EmulatedNamedRange
  extends DocElement
  implements Emulates<GoogleAppsScript.Document.NamedRange, "getId" | "getName" | "remove">
{
  static override readonly className = "NamedRange";
  static override readonly methods = ["getId", "getName", "getRange", "remove"];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly record: NamedRangeRecord,
  ) {
    super(exec, doc);
  }

  getId(): string {
    return this.record.id;
  }

  getName(): string {
    return this.record.name;
  }

  getRange(): EmulatedRange {
    const id = this.record.id;
    return new EmulatedRange(this.exec, this.doc, (content) =>
      (content.namedRanges.find((n) => n.id === id)?.ranges ?? []).map((r) => ({ ...r })),
    );
  }

  remove(): void {
    const content = this.write();
    content.namedRanges = content.namedRanges.filter((n) => n.id !== this.record.id);
    content.changed();
  }
}
