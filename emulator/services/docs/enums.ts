/* DocumentApp's enums, read by scripts as properties; each value is its own name, as toString gives. */
import { GLYPH_TYPES, HEADINGS } from "../../docs/model";

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;
}

export const ParagraphHeading = enumOf(HEADINGS);

export const GlyphType = enumOf(GLYPH_TYPES);

export const HorizontalAlignment = enumOf(["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const);

export const ElementType = enumOf([
  "BODY_SECTION",
  "HORIZONTAL_RULE",
  "LIST_ITEM",
  "PARAGRAPH",
  "TABLE",
  "TABLE_CELL",
  "TABLE_ROW",
  "TEXT",
  "UNSUPPORTED",
] as const);

export const Attribute = enumOf([
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "LINK_URL",
  "HEADING",
  "HORIZONTAL_ALIGNMENT",
  "NESTING_LEVEL",
  "GLYPH_TYPE",
  "LIST_ID",
] as const);
