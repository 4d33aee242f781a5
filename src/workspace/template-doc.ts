/*
 * Writing the default 4Ps template into a new Google Doc with DocumentApp, with one contiguous
 * named range around each section Confer manages (so text typed anywhere inside a section stays
 * in it), and reading a template back to check it.
 */
import type { Block } from "../domain/conference-docs/default-template";

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;

const CHECKBOX = "☐ ";

function appendBlock(body: Body, block: Block, named: Map<string, Element[]>): Element[] {
  switch (block.kind) {
    case "title":
      return [body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.TITLE)];
    case "heading":
      return [body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.HEADING1)];
    case "subheading":
      return [body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.HEADING2)];
    case "paragraph":
      return [body.appendParagraph(block.text)];
    case "checklist":
      return block.items.map((item) => body.appendParagraph(CHECKBOX + item));
    case "bullets":
      return block.items.map((item) =>
        body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET),
      );
    case "table":
      return [body.appendTable(block.rows.map((row) => [...row]))];
    case "section": {
      const elements = block.blocks.flatMap((inner) => appendBlock(body, inner, named));
      named.set(block.name, elements);
      return elements;
    }
  }
}

/** Creates the template doc in the user's Drive and returns its ID. */
export function createTemplateDoc(name: string, blocks: readonly Block[]): string {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const named = new Map<string, Element[]>();
  const placeholder = body.getChild(0);
  for (const block of blocks) appendBlock(body, block, named);
  body.removeChild(placeholder);
  for (const [sectionName, elements] of named) {
    const first = elements[0]!;
    const last = elements[elements.length - 1]!;
    const range = doc.newRange();
    if (first === last) range.addElement(first);
    else range.addElementsBetween(first, last);
    doc.addNamedRange(sectionName, range.build());
  }
  doc.saveAndClose();
  return doc.getId();
}

/** The template's text and the names of its named ranges, for checkTemplate. */
export function readTemplate(docId: string): { text: string; namedRanges: string[] } {
  const doc = DocumentApp.openById(docId);
  return {
    text: doc.getBody().getText(),
    namedRanges: doc.getNamedRanges().map((range) => range.getName()),
  };
}
