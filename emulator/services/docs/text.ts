/*
 * DocumentApp's Text: the editable text of a paragraph, a table cell or the whole body.
 * Offsets count characters of getText(), where paragraphs are separated by "\n"; each edit
 * maps to the Docs index space so named ranges follow it.
 * Reference: developers.google.com/apps-script/reference/document/text
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { deleteRange, insertTextAt, replaceSpan, styleRange } from "../../docs/edits";
import { paragraphSpots, textOf, textOffsetIn } from "../../docs/indexes";
import type { DocumentContent, ParagraphNode, TextStyle } from "../../docs/model";
import type { DocRef } from "./doc-ref";
import { asParagraphText, DocElement, requireText } from "./element";
import { compilePattern, matchesIn } from "./search";

/** Which paragraphs a Text spans. */
export type TextScope = (content: DocumentContent) => ParagraphNode[];

export interface Segment {
  readonly paragraph: ParagraphNode;
  /** The index of the paragraph's first text character in the document. */
  readonly indexStart: number;
  /** The offset of the paragraph's first character in this Text. */
  readonly offset: number;
  readonly length: number;
}

export function segmentsOf(content: DocumentContent, paragraphs: ParagraphNode[]): Segment[] {
  const starts = new Map(paragraphSpots(content).map((s) => [s.paragraph, s.start]));
  let offset = 0;
  return paragraphs.map((paragraph) => {
    const length = textOf(paragraph).length;
    const start = starts.get(paragraph);
    if (start === undefined) throw new GoogleError("Element must be attached to a document.");
    const segment = { paragraph, indexStart: start + textOffsetIn(paragraph), offset, length };
    offset += length + 1;
    return segment;
  });
}

export class EmulatedText
  extends DocElement
  implements
    Emulates<
      GoogleAppsScript.Document.Text,
      | "getText"
      | "setText"
      | "insertText"
      | "appendText"
      | "deleteText"
      | "setBold"
      | "setItalic"
      | "setLinkUrl"
      | "replaceText"
    >
{
  static override readonly className = "Text";
  static override readonly methods = [
    "getText",
    "setText",
    "insertText",
    "appendText",
    "deleteText",
    "setBold",
    "setItalic",
    "setLinkUrl",
    "isBold",
    "replaceText",
    "getType",
  ];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly scope: TextScope,
  ) {
    super(exec, doc);
  }

  segments(content: DocumentContent): Segment[] {
    return segmentsOf(content, this.scope(content));
  }

  private textIn(content: DocumentContent): string {
    return this.scope(content).map(textOf).join("\n");
  }

  /** The document index of character `offset` (a separator maps to its paragraph's "\n"). */
  indexOf(content: DocumentContent, offset: number): number {
    const segments = this.segments(content);
    const segment =
      segments.find((s) => offset >= s.offset && offset <= s.offset + s.length) ??
      segments[segments.length - 1]!;
    return segment.indexStart + (offset - segment.offset);
  }

  private checkOffset(offset: number, length: number, name: string, inclusive = false): number {
    if (typeof offset !== "number" || !Number.isInteger(offset)) {
      throw new GoogleError(`Invalid argument: ${name}`);
    }
    const limit = inclusive ? length + 1 : length;
    if (offset < 0 || offset >= limit) {
      throw new GoogleError(
        inclusive
          ? `Index (${offset}) must not be greater than the length of the text (${length}).`
          : `Index (${offset}) must be less than the content length (${length}).`,
      );
    }
    return offset;
  }

  private checkSpan(start: number, endInclusive: number, length: number): void {
    this.checkOffset(start, length, "startOffset");
    this.checkOffset(endInclusive, length, "endOffsetInclusive");
    if (endInclusive < start) throw new GoogleError("Invalid argument: endOffsetInclusive");
  }

  getType(): string {
    return "TEXT";
  }

  getText(): string {
    return this.textIn(this.read());
  }

  setText(text: string): EmulatedText {
    const value = asParagraphText(requireText(text));
    const content = this.write();
    const length = this.textIn(content).length;
    if (length > 0) this.deleteText(0, length - 1);
    if (value) insertTextAt(content, this.indexOf(content, 0), value);
    return this;
  }

  insertText(offset: number, text: string): EmulatedText {
    const value = asParagraphText(requireText(text));
    const content = this.write();
    this.checkOffset(offset, this.textIn(content).length, "offset", true);
    insertTextAt(content, this.indexOf(content, offset), value);
    return this;
  }

  appendText(text: string): EmulatedText {
    const content = this.read();
    return this.insertText(this.textIn(content).length, text);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): EmulatedText {
    const content = this.write();
    this.checkSpan(startOffset, endOffsetInclusive, this.textIn(content).length);
    deleteRange(
      content,
      this.indexOf(content, startOffset),
      this.indexOf(content, endOffsetInclusive) + 1,
    );
    return this;
  }

  /** setX(value) styles all the text; setX(start, endInclusive, value) a span of it. */
  private style(args: unknown[], key: keyof TextStyle): EmulatedText {
    const content = this.write();
    const length = this.textIn(content).length;
    const [start, end, value] = args.length >= 3 ? args : [0, length - 1, args[0]];
    if (args.length >= 3) this.checkSpan(start as number, end as number, length);
    if (length === 0) return this;
    const patch = { [key]: key === "link" ? (value ?? undefined) : Boolean(value) } as TextStyle;
    styleRange(
      content,
      this.indexOf(content, start as number),
      this.indexOf(content, end as number) + 1,
      patch,
    );
    return this;
  }

  setBold(...args: [boolean] | [number, number, boolean]): EmulatedText {
    return this.style(args, "bold");
  }

  setItalic(...args: [boolean] | [number, number, boolean]): EmulatedText {
    return this.style(args, "italic");
  }

  setLinkUrl(...args: [string] | [number, number, string]): EmulatedText {
    return this.style(args, "link");
  }

  /** The bold state at `offset`, or of all the text (null when mixed or empty). */
  isBold(offset?: number): boolean | null {
    const content = this.read();
    const values: boolean[] = [];
    for (const segment of this.segments(content)) {
      let at = segment.offset;
      for (const run of segment.paragraph.runs) {
        for (let i = 0; i < run.text.length; i++, at++) {
          if (offset === undefined || offset === at) values.push(Boolean(run.bold));
        }
      }
    }
    if (offset !== undefined) this.checkOffset(offset, this.textIn(content).length, "offset");
    if (values.length === 0) return null;
    return values.every((v) => v === values[0]) ? values[0]! : null;
  }

  replaceText(searchPattern: string, replacement: string): EmulatedText {
    replaceInParagraphs(this, searchPattern, replacement);
    return this;
  }
}

/** replaceText over the paragraphs a Text spans, one paragraph at a time. */
export function replaceInParagraphs(
  text: EmulatedText,
  pattern: string,
  replacement: string,
): void {
  const regex = compilePattern(pattern);
  const content = text.doc.write(text.exec);
  for (const paragraph of text.scope(content)) {
    const matches = matchesIn(textOf(paragraph), regex, String(replacement ?? ""));
    for (const m of matches.reverse()) {
      replaceSpan(content, paragraph, m.start, m.end, asParagraphText(m.replacement));
    }
  }
}
