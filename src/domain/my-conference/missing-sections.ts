/*
 * Docs made from an older template lack the "How I am doing" (reflection) and "Rehearsal
 * checklist" sections. They are added as the default template has them: at the end of
 * Preparation (before the next top-level heading), reflection first, in one batchUpdate that
 * only inserts, styles and names the new paragraphs. A doc whose Preparation part cannot be
 * found is left alone, and the sidebar says what is missing.
 */
import { type Block, defaultTemplate } from "../conference-docs/default-template";
import { SECTIONS } from "../conference-docs/template";
import { type DocJson, rangesOf } from "../doc/doc-json";
import type { DocRequest } from "./edits";

const ADDABLE = [
  { name: SECTIONS.reflection, title: "How I am doing" },
  { name: SECTIONS.rehearsal, title: "Rehearsal checklist" },
] as const;

interface Line {
  readonly text: string;
  readonly style: "HEADING_2" | "NORMAL_TEXT";
}

function linesOf(blocks: readonly Block[]): Line[] {
  return blocks.flatMap((block): Line[] => {
    switch (block.kind) {
      case "subheading":
        return [{ text: block.text, style: "HEADING_2" }];
      case "paragraph":
        return [{ text: block.text, style: "NORMAL_TEXT" }];
      case "bullets":
        return block.items.map((text) => ({ text, style: "NORMAL_TEXT" }));
      case "checklist":
        return block.items.map((item) => ({ text: `☐ ${item}`, style: "NORMAL_TEXT" }));
      case "section":
        return linesOf(block.blocks);
      default:
        return [];
    }
  });
}

function templateLines(name: string): Line[] {
  const section = defaultTemplate().find((b) => b.kind === "section" && b.name === name);
  return section ? linesOf([section]) : [];
}

export interface SectionRepair {
  readonly requests: readonly DocRequest[];
  /** The titles of the sections the doc lacks. */
  readonly missing: readonly string[];
  /** What is missing and cannot be added, in the sidebar's words; "" when nothing is. */
  readonly notice: string;
}

const end = (doc: DocJson, name: string) => rangesOf(doc, name).at(-1)?.end;
const start = (doc: DocJson, name: string) => rangesOf(doc, name)[0]?.start;

/** Where the missing sections go: before rehearsal, or before the heading after Preparation. */
function insertionPoint(doc: DocJson, missing: readonly string[]): number | undefined {
  const rehearsal = start(doc, SECTIONS.rehearsal);
  if (!missing.includes(SECTIONS.rehearsal) && rehearsal !== undefined) return rehearsal;
  const anchor = [SECTIONS.reflection, SECTIONS.artifacts, SECTIONS.questions]
    .map((name) => end(doc, name))
    .find((at) => at !== undefined);
  if (anchor === undefined) return undefined;
  const heading = (doc.body?.content ?? []).find(
    (element) =>
      (element.startIndex ?? 0) >= anchor &&
      element.paragraph?.paragraphStyle?.namedStyleType === "HEADING_1",
  );
  const at = heading?.startIndex;
  const comments = start(doc, SECTIONS.teacherComments);
  return at !== undefined && (comments === undefined || at < comments) ? at : undefined;
}

export function missingSectionRepair(doc: DocJson): SectionRepair {
  const missing = ADDABLE.filter((section) => rangesOf(doc, section.name).length === 0);
  if (missing.length === 0) return { requests: [], missing: [], notice: "" };
  const titles = missing.map((m) => m.title);
  const at = insertionPoint(
    doc,
    missing.map((m) => m.name),
  );
  if (at === undefined) {
    return {
      requests: [],
      missing: titles,
      notice: `This doc was made from an older template: it has no ${missing
        .map((m) => `“${m.title}”`)
        .join(" or ")} section, and Confer cannot find the end of its Preparation part to add ${
        missing.length > 1 ? "them" : "it"
      }. Ask your coordinator to check the doc's layout.`,
    };
  }
  const inserts: DocRequest[] = [];
  const styles: DocRequest[] = [];
  const names: DocRequest[] = [];
  let offset = at;
  for (const section of missing) {
    const sectionStart = offset;
    for (const line of templateLines(section.name)) {
      const length = line.text.length + 1;
      if (line.style !== "NORMAL_TEXT") {
        styles.push(paragraphStyle(offset, offset + length, line.style));
      }
      offset += length;
    }
    names.push({
      createNamedRange: {
        name: section.name,
        range: { startIndex: sectionStart, endIndex: offset },
      },
    });
  }
  const text = missing.flatMap((section) => templateLines(section.name).map((l) => l.text));
  inserts.push({ insertText: { location: { index: at }, text: `${text.join("\n")}\n` } });
  return {
    requests: [...inserts, paragraphStyle(at, offset, "NORMAL_TEXT"), ...styles, ...names],
    missing: titles,
    notice: "",
  };
}

/** Why the sections are still missing when the batchUpdate that adds them failed. */
export function notAddedNotice(missing: readonly string[], error: string): string {
  const list = missing.map((title) => `“${title}”`).join(" and ");
  return `This doc has no ${list} section, and Confer could not add ${
    missing.length > 1 ? "them" : "it"
  } (${error}). Reopen My conference to try again.`;
}

function paragraphStyle(from: number, to: number, namedStyleType: string): DocRequest {
  return {
    updateParagraphStyle: {
      range: { startIndex: from, endIndex: to },
      paragraphStyle: { namedStyleType },
      fields: "namedStyleType",
    },
  };
}
