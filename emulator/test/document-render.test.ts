/*
 * renderDocumentHtml: a Doc as a standalone HTML page (DESIGN.md §6 "Docs render to HTML"),
 * with every text escaped, and headings, lists, tables and rules as their HTML elements.
 */
import { run } from "..";
import type { DocumentContent } from "../docs/model";
import { renderDocumentHtml } from "../docs/render-html";
import { OWNER, schoolWorkspace } from "./harness";

function rendered(): { html: string; id: string; ws: ReturnType<typeof schoolWorkspace> } {
  const ws = schoolWorkspace("docs");
  const id = (run(ws, { fn: "createDoc", args: ["Report <b>"], as: OWNER }).value as { id: string })
    .id;
  run(ws, { fn: "buildReport", args: [id], as: OWNER });
  run(ws, { fn: "nameParagraph", args: [id, 1, "title"], as: OWNER });
  return { html: renderDocumentHtml(ws, id), id, ws };
}

describe("renderDocumentHtml", () => {
  it("is a complete page titled with the escaped document name", () => {
    const { html } = rendered();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<title>Report &lt;b&gt;</title>");
    expect(html.trim().endsWith("</html>")).toBe(true);
  });

  it("escapes <script> in the text, so no script element appears", () => {
    const { html } = rendered();
    expect(html).toContain("Hello</strong> &lt;script&gt;alert(1)&lt;/script&gt; &amp; friends");
    expect(html).not.toContain("<script>");
  });

  it("renders headings, nested bullet lists, tables with borders, rules and links", () => {
    const { html } = rendered();
    expect(html).toMatch(/<h1 data-named-ranges="title">Weekly report<\/h1>/);
    expect(html).toContain("<ul>\n<li>First point<ul>\n<li>Nested point</li></ul>\n</li></ul>");
    expect(html).toContain("<hr>");
    expect(html).toContain("<td><p>Ana</p>\n</td>");
    expect(html).toContain("border:1px solid");
    expect(html).toMatch(/table\{[^}]*width:100%;table-layout:fixed/);
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2">Read more</a>');
  });

  it("renders checkbox lists with their checked state", () => {
    const { ws, id } = rendered();
    const content = ws.drive.get(id)!.content as DocumentContent;
    content.body.children.push({
      type: "paragraph",
      heading: "NORMAL",
      runs: [{ text: "Call home" }],
      list: { listId: "kix.todo", nestingLevel: 0, glyphType: "CHECKBOX", checked: true },
    });
    const html = renderDocumentHtml(ws, id);
    expect(html).toContain('<ul class="checklist">');
    expect(html).toContain('<input type="checkbox" disabled checked> Call home');
  });
});
