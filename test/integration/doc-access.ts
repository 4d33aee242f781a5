/* Reading and editing Docs as a given user through the emulated Docs REST API, for the tests. */
import { rest, type Workspace } from "../../emulator";

interface StructuralElement {
  paragraph?: { elements: { textRun?: { content: string } }[] };
  table?: { tableRows: { tableCells: { content: StructuralElement[] }[] }[] };
}

function textOf(content: readonly StructuralElement[]): string {
  return content
    .map((element) => {
      if (element.paragraph)
        return element.paragraph.elements.map((e) => e.textRun?.content ?? "").join("");
      if (element.table) {
        return element.table.tableRows
          .map((row) => row.tableCells.map((cell) => textOf(cell.content)).join("\t"))
          .join("\n");
      }
      return "";
    })
    .join("");
}

export function readDoc(ws: Workspace, user: string, docId: string) {
  const reply = rest(ws, user, "GET", `https://docs.googleapis.com/v1/documents/${docId}`);
  if (reply.status !== 200)
    return { status: reply.status, text: "", namedRanges: {} as Record<string, unknown> };
  const doc = reply.json();
  return {
    status: 200,
    text: textOf(doc.body.content),
    namedRanges: (doc.namedRanges ?? {}) as Record<
      string,
      { namedRanges: { ranges: { startIndex: number; endIndex: number }[] }[] }
    >,
  };
}

export function editDoc(ws: Workspace, user: string, docId: string, requests: unknown[]) {
  return rest(ws, user, "POST", `https://docs.googleapis.com/v1/documents/${docId}:batchUpdate`, {
    requests,
  });
}

/** Types text at the end of a named section's last paragraph, as the student would. */
export function typeAtEndOfSection(
  ws: Workspace,
  user: string,
  docId: string,
  section: string,
  text: string,
) {
  const doc = rest(ws, user, "GET", `https://docs.googleapis.com/v1/documents/${docId}`).json();
  const ranges = doc.namedRanges?.[section]?.namedRanges?.[0]?.ranges as
    | { endIndex: number }[]
    | undefined;
  if (!ranges?.length) throw new Error(`No named range ${section} in ${docId}`);
  const index = Math.max(...ranges.map((r) => r.endIndex)) - 1;
  return editDoc(ws, user, docId, [{ insertText: { location: { index }, text } }]);
}

/**
 * Each linked stretch of text in a doc, as `user` reads it, with its URL: adjacent runs of one URL
 * joined, without the paragraph's newline (which the emulator reports inside a paragraph's last run).
 */
export function linksIn(ws: Workspace, user: string, docId: string) {
  const reply = rest(ws, user, "GET", `https://docs.googleapis.com/v1/documents/${docId}`);
  const content = (reply.json().body?.content ?? []) as {
    paragraph?: {
      elements: {
        startIndex?: number;
        textRun?: { content: string; textStyle?: { link?: { url?: string } } };
      }[];
    };
  }[];
  const links: { text: string; url: string; end: number }[] = [];
  for (const element of content) {
    for (const piece of element.paragraph?.elements ?? []) {
      const url = piece.textRun?.textStyle?.link?.url;
      const text = piece.textRun?.content ?? "";
      const start = piece.startIndex ?? 0;
      if (!url) continue;
      const last = links.at(-1);
      if (last && last.url === url && last.end === start) {
        last.text += text;
        last.end += text.length;
      } else links.push({ text, url, end: start + text.length });
    }
  }
  return links.map(({ text, url }) => ({ text: text.replace(/\n$/, ""), url }));
}
