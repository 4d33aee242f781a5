/*
 * The Docs API's Document resource (documents.get): the body's structural elements with
 * their start and end indexes, text runs and styles, tables, named ranges and lists.
 * Reference: developers.google.com/workspace/docs/api/reference/rest/v1/documents
 * Like Google's JSON, zero indexes and false/empty fields are left out.
 */
import { paragraphLength } from "./indexes";
import type {
  CellNode,
  ContainerNode,
  DocumentContent,
  ParagraphNode,
  TableNode,
  TextRun,
} from "./model";

type Json = Record<string, unknown>;

const NAMED_STYLES: Record<string, string> = {
  NORMAL: "NORMAL_TEXT",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
};

export function namedStyleType(heading: string): string {
  return NAMED_STYLES[heading] ?? heading.replace(/^HEADING(\d)$/, "HEADING_$1");
}

function withIndexes(start: number, end: number, rest: Json): Json {
  return { ...(start ? { startIndex: start } : {}), endIndex: end, ...rest };
}

function textStyle(run: TextRun | undefined): Json {
  const style: Json = {};
  if (run?.bold) style.bold = true;
  if (run?.italic) style.italic = true;
  if (run?.underline) style.underline = true;
  if (run?.link) style.link = { url: run.link };
  return style;
}

/** Soft line breaks, kept as "\r" in the model, are U+000B in the Docs API's text. */
function apiText(text: string): string {
  return text.replace(/\r/g, "\u000b");
}

function paragraphElement(paragraph: ParagraphNode, start: number): Json {
  const elements: Json[] = [];
  let at = start;
  if (paragraph.rule) {
    elements.push(withIndexes(at, at + 1, { horizontalRule: {} }));
    at += 1;
  }
  paragraph.runs.forEach((run, i) => {
    const last = i === paragraph.runs.length - 1;
    const content = apiText(run.text) + (last ? "\n" : "");
    elements.push(
      withIndexes(at, at + content.length, { textRun: { content, textStyle: textStyle(run) } }),
    );
    at += content.length;
  });
  if (paragraph.runs.length === 0) {
    elements.push(withIndexes(at, at + 1, { textRun: { content: "\n", textStyle: {} } }));
  }
  const body: Json = {
    elements,
    paragraphStyle: {
      namedStyleType: namedStyleType(paragraph.heading),
      direction: "LEFT_TO_RIGHT",
      ...(paragraph.alignment && paragraph.alignment !== "LEFT"
        ? {
            alignment:
              paragraph.alignment === "CENTER"
                ? "CENTER"
                : paragraph.alignment === "RIGHT"
                  ? "END"
                  : "JUSTIFIED",
          }
        : {}),
    },
  };
  if (paragraph.list) {
    body.bullet = {
      listId: paragraph.list.listId,
      ...(paragraph.list.nestingLevel ? { nestingLevel: paragraph.list.nestingLevel } : {}),
      textStyle: {},
    };
  }
  return withIndexes(start, start + paragraphLength(paragraph), { paragraph: body });
}

/** Structural elements of a body or cell from `start`; returns them and the end index. */
function structuralElements(
  container: ContainerNode | CellNode,
  start: number,
): { content: Json[]; end: number } {
  const content: Json[] = [];
  let at = start;
  for (const block of container.children) {
    if (block.type === "paragraph") {
      content.push(paragraphElement(block, at));
      at += paragraphLength(block);
    } else {
      const table = tableElement(block, at);
      content.push(table.json);
      at = table.end;
    }
  }
  return { content, end: at };
}

function tableElement(table: TableNode, start: number): { json: Json; end: number } {
  let at = start + 1;
  const tableRows = table.rows.map((row) => {
    const rowStart = at;
    at += 1;
    const tableCells = row.cells.map((cell) => {
      const cellStart = at;
      const inner = structuralElements(cell, at + 1);
      at = inner.end;
      return withIndexes(cellStart, at, { content: inner.content, tableCellStyle: {} });
    });
    return withIndexes(rowStart, at, { tableCells, tableRowStyle: {} });
  });
  at += 1;
  const columns = Math.max(0, ...table.rows.map((r) => r.cells.length));
  return {
    json: withIndexes(start, at, { table: { rows: table.rows.length, columns, tableRows } }),
    end: at,
  };
}

function listsOf(content: DocumentContent): Json {
  const lists: Json = {};
  const visit = (paragraph: ParagraphNode) => {
    const list = paragraph.list;
    if (!list || lists[list.listId]) return;
    const glyph =
      list.glyphType === "BULLET" || list.glyphType === "CHECKBOX"
        ? { glyphSymbol: list.glyphType === "BULLET" ? "●" : "☐" }
        : { glyphType: list.glyphType === "NUMBER" ? "DECIMAL" : list.glyphType };
    lists[list.listId] = {
      listProperties: { nestingLevels: Array.from({ length: 9 }, () => ({ ...glyph })) },
    };
  };
  for (const block of content.body.children) {
    if (block.type === "paragraph") visit(block);
    else for (const row of block.rows) for (const cell of row.cells) cell.children.forEach(visit);
  }
  return lists;
}

function namedRangesOf(content: DocumentContent): Json {
  const byName: Record<string, { name: string; namedRanges: Json[] }> = {};
  for (const named of content.namedRanges) {
    const group = byName[named.name] ?? { name: named.name, namedRanges: [] };
    byName[named.name] = group;
    group.namedRanges.push({
      namedRangeId: named.id,
      name: named.name,
      ranges: named.ranges.map((r) => ({ startIndex: r.start, endIndex: r.end })),
    });
  }
  return byName;
}

export function revisionIdOf(documentId: string, content: DocumentContent): string {
  return `ALBJ4L${Buffer.from(`${documentId}:${content.revision}`).toString("base64url")}`;
}

export function documentResource(
  documentId: string,
  title: string,
  content: DocumentContent,
): Json {
  const sectionBreak = {
    endIndex: 1,
    sectionBreak: {
      sectionStyle: { columnSeparatorStyle: "NONE", contentDirection: "LEFT_TO_RIGHT" },
    },
  };
  const body = structuralElements(content.body, 1);
  const resource: Json = {
    title,
    body: { content: [sectionBreak, ...body.content] },
    revisionId: revisionIdOf(documentId, content),
    documentId,
  };
  const lists = listsOf(content);
  if (Object.keys(lists).length) resource.lists = lists;
  const named = namedRangesOf(content);
  if (Object.keys(named).length) resource.namedRanges = named;
  return resource;
}
