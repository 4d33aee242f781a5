/*
 * DocumentApp as developers.google.com/apps-script/reference/document/* documents it, run
 * through real executions of a fixture bundle, with the model in emulator/docs behind it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type Workspace } from "..";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

function newDoc(ws: Workspace, name = "Notes"): string {
  const result = run(ws, { fn: "createDoc", args: [name], as: OWNER });
  expect(result.error).toBeUndefined();
  return (result.value as { id: string }).id;
}

function call(ws: Workspace, fn: string, args: unknown[], as = OWNER) {
  return run(ws, { fn, args, as });
}

describe("DocumentApp.create and open (reference/document/document-app)", () => {
  it("create makes a Doc with one empty paragraph, named, with a Docs URL", () => {
    const ws = schoolWorkspace("docs");
    const result = call(ws, "createDoc", ["Report"]);
    const value = result.value as { id: string; name: string; url: string; children: number };
    expect(value.name).toBe("Report");
    expect(value.children).toBe(1);
    expect(value.url).toBe(`https://docs.google.com/open?id=${value.id}`);
    expect(ws.drive.get(value.id)?.mimeType).toBe("application/vnd.google-apps.document");
  });

  it("create spends the daily 'documents created' quota and throws past it (guides/services/quotas)", () => {
    const ws = schoolWorkspace("docs");
    ws.quotas.setLimit("documentsCreated", 1);
    expect(call(ws, "createDoc", ["one"]).ok).toBe(true);
    expect(call(ws, "createDoc", ["two"]).error?.message).toBe(
      "Service invoked too many times for one day: docs create.",
    );
  });

  it("openById refuses a user without access to the file", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "readText", [id], TEACHER).error?.message).toBe(
      "You do not have permission to access the requested document.",
    );
  });

  it("a viewer can read but any write needs edit access", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    ws.drive.share(ws.drive.get(id)!, TEACHER, "viewer");
    expect(call(ws, "readText", [id], TEACHER).value).toBe("");
    expect(call(ws, "insertBefore", [id, 0, "x"], TEACHER).error?.message).toBe(
      "You do not have permission to edit the requested document.",
    );
    expect(call(ws, "readText", [id]).value).toBe("");
  });

  it("openByUrl opens the Doc a /d/ID/edit URL names", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws, "By URL");
    const url = `https://docs.google.com/document/d/${id}/edit`;
    expect(call(ws, "openByUrlName", [url]).value).toBe("By URL");
  });

  it("getActiveDocument is the container Doc, or null outside one", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws, "Bound");
    expect(run(ws, { fn: "activeDocName", as: OWNER, containerId: id }).value).toBe("Bound");
    expect(call(ws, "activeDocName", []).value).toBeNull();
  });

  it("exposes the ParagraphHeading, ElementType, GlyphType and HorizontalAlignment enums", () => {
    const ws = schoolWorkspace("docs");
    expect(call(ws, "enums", []).value).toEqual({
      h1: "HEADING1",
      table: "TABLE",
      number: "NUMBER",
      center: "CENTER",
    });
  });
});

describe("Body (reference/document/body)", () => {
  it("appends headings, styled text, list items, a rule and a table (with the paragraph Docs adds after it)", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    const report = call(ws, "buildReport", [id]);
    expect(report.error).toBeUndefined();
    const value = report.value as Record<string, unknown>;
    expect(value.types).toEqual([
      "PARAGRAPH",
      "PARAGRAPH",
      "PARAGRAPH",
      "LIST_ITEM",
      "LIST_ITEM",
      "PARAGRAPH",
      "TABLE",
      "PARAGRAPH",
      "PARAGRAPH",
    ]);
    expect(value.heading).toBe("HEADING1");
    const listIds = value.listIds as string[];
    expect(listIds[0]).toBe(listIds[1]);
    expect(value.nesting).toEqual([0, 1]);
    expect(value.glyph).toBe("BULLET");
    expect(value.boldStart).toBe(true);
    expect(value.boldAll).toBeNull();
    expect(value.tableText).toBe("Name\nGrade\nAna\n7");
    expect(value.cell).toBe("Ana");
    expect(value.text).toBe(
      "\nWeekly report\nHello <script>alert(1)</script> & friends\nFirst point\nNested point\n\nName\nGrade\nAna\n7\n\nRead more",
    );
  });

  it("getChild throws when the index is out of bounds", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "getChildAt", [id, 0]).value).toBe("PARAGRAPH");
    expect(call(ws, "getChildAt", [id, 3]).error?.message).toBe(
      "Child index (3) must be less than the number of child elements (1).",
    );
  });

  it("refuses to remove the last paragraph of the body", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["one", "two"]]);
    expect(call(ws, "removeLastParagraph", [id]).error?.message).toBe(
      "Can't remove the last paragraph in a document section.",
    );
    expect(call(ws, "removeChildAt", [id, 0]).value).toBe(1);
    expect(call(ws, "readText", [id]).value).toBe("two");
  });

  it("replaceText treats the pattern as a regular expression and expands $1 in the replacement", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["Dear {{name}},", "Grade {{grade}} report", "a.c abc"]]);
    expect(call(ws, "replaceInBody", [id, "\\{\\{(\\w+)\\}\\}", "<$1>"]).value).toBe(
      "Dear <name>,\nGrade <grade> report\na.c abc",
    );
    expect(call(ws, "replaceInBody", [id, "a.c", "X"]).value).toBe(
      "Dear <name>,\nGrade <grade> report\nX X",
    );
  });

  it("findText returns each match in turn as a partial RangeElement, then null", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["cat and cat", "no match", "cat"]]);
    expect(call(ws, "findAll", [id, "c.t"]).value).toEqual([
      ["cat and cat", 0, 2],
      ["cat and cat", 8, 10],
      ["cat", 0, 2],
    ]);
  });

  it("Text edits insert, delete and append within a paragraph, with offset checks", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["Hello world"]]);
    expect(call(ws, "editText", [id, 0, "insert", 5, ","]).value).toBe("Hello, world");
    expect(call(ws, "editText", [id, 0, "delete", 0, 6]).value).toBe("world");
    expect(call(ws, "editText", [id, 0, "append", "!"]).value).toBe("world!");
    expect(call(ws, "editText", [id, 0, "delete", 2, 40]).error?.message).toBe(
      "Index (40) must be less than the content length (6).",
    );
  });

  it("setAttributes applies DocumentApp.Attribute keys and getAttributes reads them back", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["styled"]]);
    expect(call(ws, "attributes", [id, 0]).value).toEqual({
      italic: true,
      bold: false,
      heading: "NORMAL",
    });
  });

  it("tables add rows and cells, set cell text and remove rows", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    const result = call(ws, "tableOps", [id]);
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual({
      rows: 1,
      cells: 2,
      text: "c\nD!",
      rowText: "c\nD!",
      cellChildren: 1,
      parent: "TABLE_CELL",
    });
  });

  it("replaceText keeps the formatting of the text it replaces", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "boldReplace", [id]).value).toEqual([
      "Name: Ana Lopez here",
      true,
      true,
      false,
    ]);
  });

  it("a list item knows its next sibling and parent, and leaves with removeFromParent", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "siblings", [id]).value).toEqual({
      next: "after",
      parent: "BODY_SECTION",
      index: 1,
      removed: "item",
      count: 2,
    });
  });

  it("insertParagraph refuses an index past the number of children", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "insertAt", [id, 1, "end"]).ok).toBe(true);
    expect(call(ws, "insertAt", [id, 5, "far"]).error?.message).toBe(
      "Child index (5) must not be greater than the number of child elements (2).",
    );
  });

  it("openById of a file that is not a Doc throws 'Document is missing'", () => {
    const ws = schoolWorkspace("docs");
    const folder = ws.drive.create({
      name: "F",
      mimeType: "application/vnd.google-apps.folder",
      owner: OWNER,
    });
    expect(call(ws, "openName", [folder.id]).error?.message).toBe(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it("a closed Document refuses edits (Document.saveAndClose)", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "writeAfterClose", [id]).error?.message).toBe(
      "Document is closed, its contents cannot be updated.",
    );
  });
});

describe("named ranges (reference/document/named-range, guides/docs named ranges)", () => {
  function seeded(ws: Workspace): string {
    const id = newDoc(ws);
    call(ws, "seedParagraphs", [id, ["Intro", "Dear Ana, welcome", "Outro"]]);
    return id;
  }

  it("a named range over a word reads back as a partial Text element", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameWord", [id, 1, 5, 7, "student"]);
    const [named] = call(ws, "describeNamed", [id, "student"]).value as Array<{
      elements: unknown[];
    }>;
    expect(named!.elements).toEqual([
      { type: "TEXT", text: "Dear Ana, welcome", partial: true, start: 5, end: 7 },
    ]);
  });

  it("moves with paragraphs inserted and text inserted before it", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameWord", [id, 1, 5, 7, "student"]);
    call(ws, "insertBefore", [id, 0, "New first line"]);
    call(ws, "editText", [id, 2, "insert", 0, ">> "]);
    const [named] = call(ws, "describeNamed", [id, "student"]).value as Array<{
      elements: Array<{ text: string; start: number; end: number }>;
    }>;
    const element = named!.elements[0]!;
    expect(element.text.slice(element.start, element.end + 1)).toBe("Ana");
  });

  it("grows with text inserted inside it and shrinks with text deleted inside it", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameWord", [id, 1, 5, 7, "student"]);
    call(ws, "editText", [id, 1, "insert", 6, "nn"]);
    const grown = call(ws, "describeNamed", [id, "student"]).value as Array<{
      elements: Array<{ start: number; end: number }>;
    }>;
    expect(grown[0]!.elements[0]).toMatchObject({ start: 5, end: 9 });
    call(ws, "editText", [id, 1, "delete", 5, 6]);
    const shrunk = call(ws, "describeNamed", [id, "student"]).value as Array<{
      elements: Array<{ text: string; start: number; end: number }>;
    }>;
    expect(shrunk[0]!.elements[0]).toMatchObject({ text: "Dear nna, welcome", start: 5, end: 7 });
  });

  it("a whole paragraph range reads back as the Paragraph, not partial; remove deletes it", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameParagraph", [id, 2, "outro"]);
    const [named] = call(ws, "describeNamed", [id, "outro"]).value as Array<{
      elements: unknown[];
    }>;
    expect(named!.elements).toEqual([
      { type: "PARAGRAPH", text: "Outro", partial: false, start: -1, end: -1 },
    ]);
    expect(call(ws, "removeNamed", [id, "outro"]).value).toBe(0);
  });

  it("a named range over a whole paragraph still covers it after Paragraph.setText", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameParagraph", [id, 1, "letter"]);
    expect(call(ws, "setChildText", [id, 1, "Dear Bo"]).value).toBe("Dear Bo");
    const [named] = call(ws, "describeNamed", [id, "letter"]).value as Array<{
      elements: unknown[];
    }>;
    expect(named!.elements).toEqual([
      { type: "PARAGRAPH", text: "Dear Bo", partial: false, start: -1, end: -1 },
    ]);
  });

  it("Drive copies keep the named ranges, deep-copied", () => {
    const ws = schoolWorkspace("docs");
    const id = seeded(ws);
    call(ws, "nameWord", [id, 1, 5, 7, "student"]);
    const copy = ws.drive.copy(ws.drive.get(id)!, OWNER, "Copy");
    call(ws, "removeNamed", [id, "student"]);
    expect(call(ws, "describeNamed", [copy.id, "student"]).value).toHaveLength(1);
  });
});

describe("persistence", () => {
  it("a Doc with named ranges survives ws.save and ws.load", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    call(ws, "buildReport", [id]);
    call(ws, "nameParagraph", [id, 1, "title"]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-save-"));
    try {
      ws.save(dir);
      const loaded = schoolWorkspace("docs");
      loaded.load(dir);
      expect(call(loaded, "readText", [id]).value).toBe(call(ws, "readText", [id]).value);
      expect(call(loaded, "describeNamed", [id, "title"]).value).toEqual(
        call(ws, "describeNamed", [id, "title"]).value,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a user outside the domain without sharing", () => {
    const ws = schoolWorkspace("docs");
    const id = newDoc(ws);
    expect(call(ws, "readText", [id], OUTSIDER).ok).toBe(false);
  });
});
