/*
 * A Google Doc as a standalone, readable HTML page: headings, paragraphs with bold, italic,
 * underline and links, bullet, numbered and checkbox lists with nesting, bordered tables and
 * horizontal rules. Every text is HTML-escaped; named ranges are marked with data attributes.
 * A table spans the text width with its columns evenly distributed, as a table Docs makes without
 * column widths is drawn (TableColumnProperties.widthType EVENLY_DISTRIBUTED,
 * developers.google.com/docs/api/reference/rest/v1/documents#tablecolumnproperties), so an empty
 * column keeps its share of the width.
 */
import type { Workspace } from "../core/workspace";
import { MIME } from "../drive/store";
import { paragraphSpots, textOffsetIn } from "./indexes";
import type { DocumentContent, ParagraphNode, TableNode, TextRun } from "./model";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const HEADING_TAGS: Record<string, string> = {
  HEADING1: "h1",
  HEADING2: "h2",
  HEADING3: "h3",
  HEADING4: "h4",
  HEADING5: "h5",
  HEADING6: "h6",
  TITLE: "h1",
  SUBTITLE: "h2",
};

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;max-width:50em;margin:2em auto;line-height:1.5;color:#202124}
table{border-collapse:collapse;margin:1em 0;width:100%;table-layout:fixed}td{border:1px solid #999;padding:4px 8px;vertical-align:top}
td p{margin:0}.title{font-size:2em}.subtitle{color:#5f6368}ul.checklist{list-style:none;padding-left:1.5em}
[data-named-ranges]{background:#fff8e1}`;

function safeHref(url: string): string {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url : "#";
}

function renderRun(run: TextRun): string {
  let html = escapeHtml(run.text).replace(/[\r\v]/g, "<br>");
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.link) html = `<a href="${escapeHtml(safeHref(run.link))}">${html}</a>`;
  return html;
}

/** The names of the named ranges overlapping [start, end). */
function rangeNames(content: DocumentContent, start: number, end: number): string[] {
  return content.namedRanges
    .filter((named) => named.ranges.some((r) => r.start < end && r.end > start))
    .map((named) => named.name);
}

class Renderer {
  private readonly starts = new Map<ParagraphNode, number>();

  constructor(private readonly content: DocumentContent) {
    for (const spot of paragraphSpots(content)) this.starts.set(spot.paragraph, spot.start);
  }

  private marker(paragraph: ParagraphNode): string {
    const start = this.starts.get(paragraph) ?? 0;
    const end =
      start + textOffsetIn(paragraph) + paragraph.runs.reduce((n, r) => n + r.text.length, 0) + 1;
    const names = rangeNames(this.content, start, end);
    return names.length ? ` data-named-ranges="${escapeHtml(names.join(" "))}"` : "";
  }

  paragraph(paragraph: ParagraphNode): string {
    const rule = paragraph.rule ? "<hr>\n" : "";
    const inner = paragraph.runs.map(renderRun).join("");
    if (paragraph.rule && inner === "") return rule;
    const tag = HEADING_TAGS[paragraph.heading] ?? "p";
    const cls =
      paragraph.heading === "TITLE"
        ? ' class="title"'
        : paragraph.heading === "SUBTITLE"
          ? ' class="subtitle"'
          : "";
    const align = paragraph.alignment
      ? ` style="text-align:${paragraph.alignment.toLowerCase()}"`
      : "";
    return `${rule}<${tag}${cls}${align}${this.marker(paragraph)}>${inner || "<br>"}</${tag}>\n`;
  }

  listItem(paragraph: ParagraphNode): string {
    const list = paragraph.list!;
    const inner = paragraph.runs.map(renderRun).join("");
    const box =
      list.glyphType === "CHECKBOX"
        ? `<input type="checkbox" disabled${list.checked ? " checked" : ""}> `
        : "";
    return `<li${this.marker(paragraph)}>${box}${inner}`;
  }

  /** Consecutive list items as nested <ul>/<ol>, opened and closed by nesting level. */
  list(items: ParagraphNode[]): string {
    let html = "";
    const open: string[] = [];
    for (const item of items) {
      const level = Math.max(0, item.list!.nestingLevel);
      while (open.length > level + 1) html += `</li></${open.pop()}>\n`;
      if (open.length === level + 1) html += "</li>\n";
      while (open.length < level + 1) {
        const glyph = item.list!.glyphType;
        const ordered = !["BULLET", "HOLLOW_BULLET", "SQUARE_BULLET", "CHECKBOX"].includes(glyph);
        const tag = ordered ? "ol" : "ul";
        const cls = glyph === "CHECKBOX" ? ' class="checklist"' : "";
        html += `<${tag}${cls}>\n`;
        open.push(tag);
      }
      html += this.listItem(item);
    }
    while (open.length) html += `</li></${open.pop()}>\n`;
    return html;
  }

  table(table: TableNode): string {
    const rows = table.rows.map((row) => {
      const cells = row.cells.map((cell) => `<td>${this.blocks(cell.children)}</td>`).join("");
      return `<tr>${cells}</tr>`;
    });
    return `<table>\n${rows.join("\n")}\n</table>\n`;
  }

  blocks(blocks: readonly (ParagraphNode | TableNode)[]): string {
    let html = "";
    let pending: ParagraphNode[] = [];
    const flush = () => {
      if (pending.length) html += this.list(pending);
      pending = [];
    };
    for (const block of blocks) {
      if (block.type === "paragraph" && block.list) {
        pending.push(block);
        continue;
      }
      flush();
      html += block.type === "table" ? this.table(block) : this.paragraph(block);
    }
    flush();
    return html;
  }
}

export function renderContentHtml(title: string, content: DocumentContent): string {
  const body = new Renderer(content).blocks(content.body.children);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}</body>
</html>
`;
}

/** The document as a standalone HTML page. */
export function renderDocumentHtml(ws: Workspace, documentId: string): string {
  const file = ws.drive.get(documentId);
  if (!file || file.mimeType !== MIME.document || file.content?.kind !== "document") {
    throw new Error(`No Google Doc with ID ${documentId}`);
  }
  return renderContentHtml(file.name, file.content as DocumentContent);
}
