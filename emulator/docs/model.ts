/*
 * A Google Doc's content as Drive stores it beside the file record: a body of paragraphs
 * (some of them list items or horizontal rules) and tables, plus the document's named ranges.
 * Named ranges are kept in the Docs API's linear UTF-16 index space (see indexes.ts).
 */
import type { FileContent } from "../drive/store";

export type Heading =
  | "NORMAL"
  | "HEADING1"
  | "HEADING2"
  | "HEADING3"
  | "HEADING4"
  | "HEADING5"
  | "HEADING6"
  | "TITLE"
  | "SUBTITLE";

export const HEADINGS: readonly Heading[] = [
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
];

/** DocumentApp's GlyphType values, plus the checkbox glyph the Docs editor offers. */
export const GLYPH_TYPES = [
  "BULLET",
  "HOLLOW_BULLET",
  "SQUARE_BULLET",
  "NUMBER",
  "LATIN_UPPER",
  "LATIN_LOWER",
  "ROMAN_UPPER",
  "ROMAN_LOWER",
] as const;
export type GlyphType = (typeof GLYPH_TYPES)[number] | "CHECKBOX";

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  link?: string;
}

export interface TextRun extends TextStyle {
  text: string;
}

export interface ListInfo {
  listId: string;
  nestingLevel: number;
  glyphType: GlyphType;
  checked?: boolean;
}

export interface ParagraphNode {
  type: "paragraph";
  heading: Heading;
  runs: TextRun[];
  list?: ListInfo;
  /** The paragraph begins with a horizontal rule, which takes one index. */
  rule?: boolean;
  alignment?: string;
}

export interface CellNode {
  type: "cell";
  children: ParagraphNode[];
}

export interface RowNode {
  type: "row";
  cells: CellNode[];
}

export interface TableNode {
  type: "table";
  rows: RowNode[];
}

export type BlockNode = ParagraphNode | TableNode;

/** A run of children: the body, or a table cell (whose children are all paragraphs). */
export interface ContainerNode {
  type: "body" | "cell";
  children: BlockNode[];
}

export interface IndexRange {
  start: number;
  end: number;
}

export interface NamedRangeRecord {
  id: string;
  name: string;
  ranges: IndexRange[];
}

export function newParagraph(text = "", heading: Heading = "NORMAL"): ParagraphNode {
  return { type: "paragraph", heading, runs: text ? [{ text }] : [] };
}

export function newCell(text = ""): CellNode {
  return { type: "cell", children: [newParagraph(text)] };
}

export function newTable(cells: readonly (readonly string[])[]): TableNode {
  return {
    type: "table",
    rows: cells.map((row) => ({ type: "row", cells: row.map((text) => newCell(text)) })),
  };
}

export class DocumentContent implements FileContent {
  readonly kind = "document";

  constructor(
    public body: ContainerNode,
    public namedRanges: NamedRangeRecord[] = [],
    public revision = 1,
    public nextId = 1,
  ) {}

  /** A new Google Doc: one empty paragraph. */
  static create(): DocumentContent {
    return new DocumentContent({ type: "body", children: [newParagraph()] });
  }

  /** A fresh ID in Google's "kix." style, unique within this document. */
  allocateId(): string {
    const n = this.nextId;
    this.nextId += 1;
    return `kix.${(n * 2_654_435_761).toString(36).slice(-8).padStart(8, "0")}${n}`;
  }

  /** Every change bumps the revision the Docs API reports. */
  changed(): void {
    this.revision += 1;
  }

  clone(): DocumentContent {
    return decodeDocument(JSON.parse(JSON.stringify(this.toJSON())));
  }

  toJSON(): unknown {
    return {
      body: this.body,
      namedRanges: this.namedRanges,
      revision: this.revision,
      nextId: this.nextId,
    };
  }
}

export function decodeDocument(data: unknown): DocumentContent {
  const saved = data as {
    body: ContainerNode;
    namedRanges: NamedRangeRecord[];
    revision: number;
    nextId: number;
  };
  return new DocumentContent(saved.body, saved.namedRanges, saved.revision, saved.nextId);
}
