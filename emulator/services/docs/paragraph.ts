/*
 * DocumentApp's Paragraph and ListItem (a paragraph in a list), and the HorizontalRule
 * that appendHorizontalRule puts in a paragraph of its own.
 * Reference: developers.google.com/apps-script/reference/document/paragraph, .../list-item
 */
import type { Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";
import { removeBlock, setParagraphText, styleRange } from "../../docs/edits";
import { extentOf, paragraphLength, textOf, textOffsetIn } from "../../docs/indexes";
import {
  type DocumentContent,
  GLYPH_TYPES,
  type GlyphType,
  HEADINGS,
  type Heading,
  type ParagraphNode,
  type TextStyle,
} from "../../docs/model";
import type { DocRef } from "./doc-ref";
import { asParagraphText, DocElement, requireText } from "./element";
import { EmulatedText } from "./text";
import { placeOf, wrapBlock, wrapContainer } from "./wrap";

const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

function common<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0]! : null;
}

abstract class ParagraphLike extends DocElement {
  constructor(
    exec: Execution,
    doc: DocRef,
    readonly node: ParagraphNode,
  ) {
    super(exec, doc);
  }

  editAsText(): EmulatedText {
    return new EmulatedText(this.exec, this.doc, () => [this.node]);
  }

  getText(): string {
    this.read();
    return textOf(this.node);
  }

  setText(text: string): this {
    const content = this.write();
    setParagraphText(content, this.node, asParagraphText(requireText(text)));
    return this;
  }

  appendText(text: string | GoogleAppsScript.Document.Text): EmulatedText {
    const given = text as unknown;
    this.editAsText().appendText(given instanceof EmulatedText ? given.getText() : String(text));
    return this.editAsText();
  }

  getHeading(): string {
    this.read();
    return this.node.heading;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    const value = String(heading) as Heading;
    if (!HEADINGS.includes(value)) throw new GoogleError("Invalid argument: heading");
    this.write().changed();
    this.node.heading = value;
    return this;
  }

  getParent(): DocElement | null {
    const place = placeOf(this.read(), this.node);
    return place ? wrapContainer(this.exec, this.doc, place.container) : null;
  }

  getNextSibling(): DocElement | null {
    const place = placeOf(this.read(), this.node);
    const next = place?.container.children[place.index + 1];
    return next ? wrapBlock(this.exec, this.doc, next) : null;
  }

  removeFromParent(): this {
    const content = this.write();
    const place = placeOf(content, this.node);
    if (!place) return this;
    const last = place.index === place.container.children.length - 1;
    if (last) throw new GoogleError(LAST_PARAGRAPH);
    removeBlock(content, place.container, place.index);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.read();
    const runs = this.node.runs;
    return {
      BOLD: common(runs.map((r) => Boolean(r.bold))),
      ITALIC: common(runs.map((r) => Boolean(r.italic))),
      UNDERLINE: common(runs.map((r) => Boolean(r.underline))),
      LINK_URL: common(runs.map((r) => r.link ?? null)),
      HEADING: this.node.heading,
      HORIZONTAL_ALIGNMENT: this.node.alignment ?? "LEFT",
      ...this.listAttributes(),
    };
  }

  protected listAttributes(): Record<string, unknown> {
    return {};
  }

  setAttributes(attributes: Record<string, unknown>): this {
    if (attributes === null || typeof attributes !== "object") {
      throw new GoogleError("Invalid argument: attributes");
    }
    const content = this.write();
    const patch: TextStyle = {};
    const keys: [string, keyof TextStyle][] = [
      ["BOLD", "bold"],
      ["ITALIC", "italic"],
      ["UNDERLINE", "underline"],
      ["LINK_URL", "link"],
    ];
    for (const [attribute, key] of keys) {
      if (!(attribute in attributes)) continue;
      const value = attributes[attribute];
      (patch as Record<string, unknown>)[key] = key === "link" ? (value ?? undefined) : value;
    }
    if (Object.keys(patch).length) this.styleAll(content, patch);
    if (attributes.HEADING) this.setHeading(attributes.HEADING as never);
    if (attributes.HORIZONTAL_ALIGNMENT)
      this.node.alignment = String(attributes.HORIZONTAL_ALIGNMENT);
    this.applyListAttributes(attributes);
    content.changed();
    return this;
  }

  protected applyListAttributes(_attributes: Record<string, unknown>): void {}

  setLinkUrl(url: string | null): this {
    this.styleAll(this.write(), { link: url ?? undefined });
    return this;
  }

  private styleAll(content: DocumentContent, patch: TextStyle): void {
    const start = extentOf(content, this.node)?.start;
    if (start === undefined) return;
    const textStart = start + textOffsetIn(this.node);
    styleRange(content, textStart, start + paragraphLength(this.node) - 1, patch);
  }
}

const PARAGRAPH_METHODS = [
  "getText",
  "setText",
  "appendText",
  "editAsText",
  "getHeading",
  "setHeading",
  "getType",
  "getParent",
  "removeFromParent",
  "getAttributes",
  "setAttributes",
  "setLinkUrl",
  "getNextSibling",
] as const;

type ParagraphMethod = (typeof PARAGRAPH_METHODS)[number];

export class EmulatedParagraph
  extends ParagraphLike
  implements
    Emulates<
      GoogleAppsScript.Document.Paragraph,
      Exclude<
        ParagraphMethod,
        "getAttributes" | "setAttributes" | "setHeading" | "getHeading" | "getType"
      >
    >
{
  static override readonly className = "Paragraph";
  static override readonly methods: readonly string[] = PARAGRAPH_METHODS;

  getType(): string {
    return "PARAGRAPH";
  }
}

export class EmulatedListItem
  extends ParagraphLike
  implements
    Emulates<
      GoogleAppsScript.Document.ListItem,
      | Exclude<
          ParagraphMethod,
          "getAttributes" | "setAttributes" | "setHeading" | "getHeading" | "getType"
        >
      | "getNestingLevel"
      | "getListId"
    >
{
  static override readonly className = "ListItem";
  static override readonly methods: readonly string[] = [
    ...PARAGRAPH_METHODS,
    "getNestingLevel",
    "setNestingLevel",
    "getGlyphType",
    "setGlyphType",
    "getListId",
  ];

  getType(): string {
    return "LIST_ITEM";
  }

  private get list() {
    return this.node.list!;
  }

  getNestingLevel(): number {
    this.read();
    return this.list.nestingLevel;
  }

  setNestingLevel(nestingLevel: number): EmulatedListItem {
    if (!Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) {
      throw new GoogleError("Invalid argument: nestingLevel");
    }
    this.write().changed();
    this.list.nestingLevel = nestingLevel;
    return this;
  }

  getGlyphType(): string {
    this.read();
    return this.list.glyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): EmulatedListItem {
    const value = String(glyphType) as GlyphType;
    if (!(GLYPH_TYPES as readonly string[]).includes(value)) {
      throw new GoogleError("Invalid argument: glyphType");
    }
    this.write().changed();
    this.list.glyphType = value;
    return this;
  }

  getListId(): string {
    this.read();
    return this.list.listId;
  }

  protected override listAttributes(): Record<string, unknown> {
    return {
      NESTING_LEVEL: this.list.nestingLevel,
      GLYPH_TYPE: this.list.glyphType,
      LIST_ID: this.list.listId,
    };
  }

  protected override applyListAttributes(attributes: Record<string, unknown>): void {
    if (attributes.NESTING_LEVEL !== undefined) {
      this.setNestingLevel(Number(attributes.NESTING_LEVEL));
    }
    if (attributes.GLYPH_TYPE) this.setGlyphType(attributes.GLYPH_TYPE as never);
  }
}

export class EmulatedHorizontalRule
  extends DocElement
  implements Emulates<GoogleAppsScript.Document.HorizontalRule, never>
{
  static override readonly className = "HorizontalRule";
  static override readonly methods = ["getType", "getParent"];

  constructor(
    exec: Execution,
    doc: DocRef,
    readonly paragraph: ParagraphNode,
  ) {
    super(exec, doc);
  }

  getType(): string {
    return "HORIZONTAL_RULE";
  }

  getParent(): EmulatedParagraph {
    this.read();
    return new EmulatedParagraph(this.exec, this.doc, this.paragraph);
  }
}
