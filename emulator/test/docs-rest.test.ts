/*
 * The Docs API (developers.google.com/workspace/docs/api/reference/rest/v1/documents):
 * documents.get's resource and indexes, and documents.batchUpdate's requests, its
 * atomicity and its errors, called straight through the emulated routes.
 */
import { run, type Workspace } from "..";
import { type DocumentContent, newTable } from "../docs/model";
import { renderDocumentHtml } from "../docs/render-html";
import { findRoute } from "../rest";
import { OWNER, schoolWorkspace, TEACHER } from "./harness";

interface ParagraphElement {
  startIndex?: number;
  endIndex: number;
  textRun?: { content: string; textStyle: Record<string, unknown> };
}

interface StructuralElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: { elements: ParagraphElement[]; paragraphStyle: { namedStyleType: string } };
  table?: { tableRows: { tableCells: { startIndex: number; content: StructuralElement[] }[] }[] };
}

interface DocumentJson {
  documentId: string;
  title: string;
  revisionId: string;
  body: { content: StructuralElement[] };
  namedRanges?: Record<
    string,
    { namedRanges: { namedRangeId: string; ranges: { startIndex: number; endIndex: number }[] }[] }
  >;
  replies?: Record<string, Record<string, unknown>>[];
  writeControl?: { requiredRevisionId: string };
  error?: { code: number; message: string; status: string };
}

interface Reply {
  status: number;
  json: DocumentJson;
}

interface NamedView {
  id: string;
  elements: { partial: boolean; start: number; end: number }[];
}

function rest(ws: Workspace, user: string, method: string, url: string, body?: unknown): Reply {
  const found = findRoute(method, new URL(url));
  if (!found) throw new Error(`no route for ${method} ${url}`);
  const exec = ws.begin({ fn: "test", as: user });
  try {
    const reply = found.route.handle(
      {
        method,
        url: new URL(url),
        headers: { Authorization: `Bearer ${ws.tokenFor(user)}` },
        body: body === undefined ? "" : JSON.stringify(body),
        user,
        exec,
      },
      found.match,
    );
    return { status: reply.status, json: JSON.parse(reply.body) };
  } finally {
    ws.end(exec);
  }
}

const docUrl = (id: string) => `https://docs.googleapis.com/v1/documents/${id}`;
const get = (ws: Workspace, id: string, user = OWNER) => rest(ws, user, "GET", docUrl(id));
const batch = (ws: Workspace, id: string, requests: unknown[], user = OWNER) =>
  rest(ws, user, "POST", `${docUrl(id)}:batchUpdate`, { requests });

function seeded(texts: string[]): { ws: Workspace; id: string } {
  const ws = schoolWorkspace("docs");
  const id = (run(ws, { fn: "createDoc", args: ["Letter"], as: OWNER }).value as { id: string }).id;
  run(ws, { fn: "seedParagraphs", args: [id, texts], as: OWNER });
  return { ws, id };
}

/** The body's text as documents.get reports it, joined from its text runs. */
function runText(resource: DocumentJson): string {
  const out: string[] = [];
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      for (const pe of el.paragraph?.elements ?? []) out.push(pe.textRun?.content ?? "");
      for (const row of el.table?.tableRows ?? [])
        for (const cell of row.tableCells) walk(cell.content);
    }
  };
  walk(resource.body.content);
  return out.join("");
}

function firstRange(
  resource: DocumentJson,
  name: string,
): { startIndex: number; endIndex: number } {
  return resource.namedRanges![name]!.namedRanges[0]!.ranges[0]!;
}

function textAt(resource: DocumentJson, start: number, end: number): string {
  return runText(resource).slice(start - 1, end - 1);
}

describe("documents.get", () => {
  it("returns the Document resource: a section break, then paragraphs ending in \\n from index 1", () => {
    const { ws, id } = seeded(["Hello", "World"]);
    const { status, json } = get(ws, id);
    expect(status).toBe(200);
    expect(json.documentId).toBe(id);
    expect(json.title).toBe("Letter");
    expect(typeof json.revisionId).toBe("string");
    const [section, first, second] = json.body.content;
    expect(section).toMatchObject({ endIndex: 1, sectionBreak: {} });
    expect(first).toMatchObject({
      startIndex: 1,
      endIndex: 7,
      paragraph: {
        elements: [{ startIndex: 1, endIndex: 7, textRun: { content: "Hello\n" } }],
        paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
      },
    });
    expect(second).toMatchObject({ startIndex: 7, endIndex: 13 });
  });

  it("agrees with DocumentApp's text and indexes, tables included (one index per table, row and cell)", () => {
    const ws = schoolWorkspace("docs");
    const id = (run(ws, { fn: "createDoc", args: ["R"], as: OWNER }).value as { id: string }).id;
    run(ws, { fn: "buildReport", args: [id], as: OWNER });
    const { json } = get(ws, id);
    const table = json.body.content.find((el) => el.table)!;
    const cell = table.table!.tableRows[0]!.tableCells[0]!;
    expect(cell.startIndex).toBe(table.startIndex! + 2);
    expect(cell.content[0]!.startIndex).toBe(table.startIndex! + 3);
    const structural = 1 + 1 + 2 + 4 + 1; // the rule, then the table: open, 2 rows, 4 cells, close
    expect(json.body.content.at(-1)!.endIndex).toBe(1 + runText(json).length + structural);
    const appText = run(ws, { fn: "readText", args: [id], as: OWNER }).value as string;
    expect(runText(json).replace(/\n$/, "")).toBe(appText);
    const heading = json.body.content[2]!.paragraph!;
    expect(heading.paragraphStyle.namedStyleType).toBe("HEADING_1");
    const intro = json.body.content[3]!.paragraph!;
    expect(intro.elements[0]!.textRun!.textStyle).toEqual({ bold: true });
  });

  it("reports DocumentApp's named ranges at the indexes of their text", () => {
    const { ws, id } = seeded(["Intro", "Dear Ana, welcome"]);
    run(ws, { fn: "nameWord", args: [id, 1, 5, 7, "student"], as: OWNER });
    const { json } = get(ws, id);
    const range = firstRange(json, "student");
    expect(textAt(json, range.startIndex, range.endIndex)).toBe("Ana");
  });

  it("answers 404 to a user who cannot see the Doc", () => {
    const { ws, id } = seeded(["Private"]);
    expect(get(ws, id, TEACHER)).toEqual({
      status: 404,
      json: {
        error: { code: 404, message: "Requested entity was not found.", status: "NOT_FOUND" },
      },
    });
  });
});

describe("documents.batchUpdate", () => {
  it("replaceAllText matches literally: '$1' and '.' in the search text are not patterns", () => {
    const { ws, id } = seeded(["Cost: $1 each", "a.c abc A.C"]);
    const { status, json } = batch(ws, id, [
      { replaceAllText: { containsText: { text: "$1", matchCase: true }, replaceText: "$2" } },
      { replaceAllText: { containsText: { text: "a.c" }, replaceText: "X" } },
      { replaceAllText: { containsText: { text: "zzz" }, replaceText: "Y" } },
    ]);
    expect(status).toBe(200);
    expect(json.replies).toEqual([
      { replaceAllText: { occurrencesChanged: 1 } },
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: {} },
    ]);
    expect(json.documentId).toBe(id);
    expect(json.writeControl!.requiredRevisionId).toBe(get(ws, id).json.revisionId);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("Cost: $2 each\nX abc X");
  });

  it("replaceAllText with matchCase true leaves other cases alone", () => {
    const { ws, id } = seeded(["Ana ana ANA"]);
    batch(ws, id, [
      { replaceAllText: { containsText: { text: "ana", matchCase: true }, replaceText: "Bo" } },
    ]);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("Ana Bo ANA");
  });

  it("insertText and deleteContentRange edit at Docs indexes; named ranges after them move", () => {
    const { ws, id } = seeded(["Hello", "Dear Ana"]);
    run(ws, { fn: "nameWord", args: [id, 1, 5, 7, "student"], as: OWNER });
    const { status } = batch(ws, id, [
      { insertText: { location: { index: 1 }, text: "Well, " } },
      { deleteContentRange: { range: { startIndex: 7, endIndex: 9 } } },
      { insertText: { endOfSegmentLocation: {}, text: "!" } },
    ]);
    expect(status).toBe(200);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("Well, llo\nDear Ana!");
    const { json } = get(ws, id);
    const range = firstRange(json, "student");
    expect(textAt(json, range.startIndex, range.endIndex)).toBe("Ana");
  });

  it("insertText strips control and private-use characters, as its reference says", () => {
    const { ws, id } = seeded(["Hello"]);
    const { status } = batch(ws, id, [
      { insertText: { location: { index: 1 }, text: "A\u0007B\u001bC\ue000D\tE " } },
    ]);
    expect(status).toBe(200);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("ABCD\tE Hello");
  });

  it("deleteContentRange over many paragraphs keeps a table after them", () => {
    const { ws, id } = seeded(["one", "two", "three", "four", "five", "six"]);
    run(ws, { fn: "tableOps", args: [id], as: OWNER });
    const { status } = batch(ws, id, [
      { deleteContentRange: { range: { startIndex: 1, endIndex: 25 } } },
    ]);
    expect(status).toBe(200);
    const { json } = get(ws, id);
    expect(json.body.content.filter((element) => element.table)).toHaveLength(1);
    expect(runText(json).startsWith("six\n")).toBe(true);
  });

  it("replaceAllText leaves a named range that ends where the replaced text begins", () => {
    const { ws, id } = seeded(["Intro", "☐ Goals"]);
    run(ws, { fn: "nameParagraph", args: [id, 0, "prompt"], as: OWNER });
    batch(ws, id, [
      {
        replaceAllText: {
          containsText: { text: "☐ Goals", matchCase: true },
          replaceText: "☑ Goals",
        },
      },
    ]);
    expect(firstRange(get(ws, id).json, "prompt")).toEqual({ startIndex: 1, endIndex: 7 });
  });

  it("insertText with \\n starts new paragraphs", () => {
    const { ws, id } = seeded(["ab"]);
    batch(ws, id, [{ insertText: { location: { index: 2 }, text: "1\n2" } }]);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("a1\n2b");
  });

  it("replaceNamedRangeContent replaces the range's text and the range then covers the new text", () => {
    const { ws, id } = seeded(["Intro", "Dear Ana, welcome"]);
    run(ws, { fn: "nameWord", args: [id, 1, 5, 7, "student"], as: OWNER });
    const { status } = batch(ws, id, [
      { replaceNamedRangeContent: { namedRangeName: "student", text: "Bartholomew" } },
    ]);
    expect(status).toBe(200);
    const { json } = get(ws, id);
    const range = firstRange(json, "student");
    expect(textAt(json, range.startIndex, range.endIndex)).toBe("Bartholomew");
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe(
      "Intro\nDear Bartholomew, welcome",
    );
  });

  it("replaceNamedRangeContent replaces a multi-range named range's first range and deletes the others", () => {
    const { ws, id } = seeded(["one two three"]);
    const content = ws.drive.get(id)!.content as DocumentContent;
    content.namedRanges.push({
      id: "kix.multi",
      name: "parts",
      ranges: [
        { start: 1, end: 4 },
        { start: 9, end: 14 },
      ],
    });
    expect(
      batch(ws, id, [{ replaceNamedRangeContent: { namedRangeId: "kix.multi", text: "1" } }])
        .status,
    ).toBe(200);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("1 two ");
    const { json } = get(ws, id);
    expect(json.namedRanges!.parts!.namedRanges[0]!.ranges).toEqual([
      { startIndex: 1, endIndex: 2 },
    ]);
  });

  it("replaceNamedRangeContent by an unknown name is a no-op, by an unknown ID a 400", () => {
    const { ws, id } = seeded(["Hello"]);
    const byName = batch(ws, id, [
      { replaceNamedRangeContent: { namedRangeName: "none", text: "x" } },
    ]);
    expect(byName.status).toBe(200);
    const byId = batch(ws, id, [
      { replaceNamedRangeContent: { namedRangeId: "kix.none", text: "x" } },
    ]);
    expect(byId.status).toBe(400);
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("Hello");
  });

  it("createNamedRange replies with the new ID, and deleteNamedRange removes it", () => {
    const { ws, id } = seeded(["Hello world"]);
    const created = batch(ws, id, [
      { createNamedRange: { name: "greeting", range: { startIndex: 1, endIndex: 6 } } },
    ]);
    const rangeId = created.json.replies![0]!.createNamedRange!.namedRangeId;
    expect(typeof rangeId).toBe("string");
    const named = run(ws, { fn: "describeNamed", args: [id, "greeting"], as: OWNER })
      .value as NamedView[];
    expect(named[0]!.id).toBe(rangeId);
    expect(named[0]!.elements[0]).toMatchObject({ partial: true, start: 0, end: 4 });
    expect(batch(ws, id, [{ deleteNamedRange: { namedRangeId: rangeId } }]).status).toBe(200);
    expect(get(ws, id).json.namedRanges).toBeUndefined();
  });

  it("is atomic: one invalid request leaves the document unchanged and the 400 names it", () => {
    const { ws, id } = seeded(["Hello"]);
    const before = get(ws, id).json;
    const { status, json } = batch(ws, id, [
      { insertText: { location: { index: 1 }, text: "X" } },
      { createNamedRange: { name: "n", range: { startIndex: 1, endIndex: 3 } } },
      { insertText: { location: { index: 999 }, text: "Y" } },
    ]);
    expect(status).toBe(400);
    expect(json.error!.message).toBe(
      "Invalid requests[2].insertText: Index 999 must be less than the end index of the referenced segment, 8.",
    );
    expect(json.error!.status).toBe("INVALID_ARGUMENT");
    expect(get(ws, id).json).toEqual(before);
  });

  it("refuses to delete the segment's final newline", () => {
    const { ws, id } = seeded(["Hello"]);
    const { status, json } = batch(ws, id, [
      { deleteContentRange: { range: { startIndex: 1, endIndex: 7 } } },
    ]);
    expect(status).toBe(400);
    expect(json.error!.message).toBe(
      "Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.",
    );
  });

  it("a deletion before a named range moves it, one inside shrinks it, one across its end removes it (emulator's rule, after gas-fakes' live observations)", () => {
    const { ws, id } = seeded(["Hello wonderful world"]);
    batch(ws, id, [{ createNamedRange: { name: "word", range: { startIndex: 7, endIndex: 16 } } }]);
    batch(ws, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 3 } } }]);
    expect(firstRange(get(ws, id).json, "word")).toEqual({ startIndex: 5, endIndex: 14 });
    batch(ws, id, [{ deleteContentRange: { range: { startIndex: 6, endIndex: 8 } } }]);
    expect(firstRange(get(ws, id).json, "word")).toEqual({ startIndex: 5, endIndex: 12 });
    batch(ws, id, [{ deleteContentRange: { range: { startIndex: 10, endIndex: 14 } } }]);
    expect(get(ws, id).json.namedRanges).toBeUndefined();
  });

  it("a deleteNamedRange by an unknown ID is a 400", () => {
    const { ws, id } = seeded(["Hello"]);
    expect(batch(ws, id, [{ deleteNamedRange: { namedRangeId: "kix.none" } }]).status).toBe(400);
  });

  it("needs edit access: 403 for a viewer, 404 for a user without access", () => {
    const { ws, id } = seeded(["Hello"]);
    const request = [{ insertText: { location: { index: 1 }, text: "X" } }];
    expect(batch(ws, id, request, TEACHER).status).toBe(404);
    ws.drive.share(ws.drive.get(id)!, TEACHER, "viewer");
    expect(get(ws, id, TEACHER).status).toBe(200);
    expect(batch(ws, id, request, TEACHER)).toEqual({
      status: 403,
      json: {
        error: {
          code: 403,
          message: "The caller does not have permission",
          status: "PERMISSION_DENIED",
        },
      },
    });
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe("Hello");
  });
});

describe("documents.batchUpdate insertTableRow (request#inserttablerowrequest)", () => {
  /** "Intro" [1,7), a 2×2 table [7,23), "After" [23,29), with named ranges around them. */
  function withTable() {
    const { ws, id } = seeded(["Intro", "After"]);
    const content = ws.drive.get(id)!.content as DocumentContent;
    content.body.children.splice(
      1,
      0,
      newTable([
        ["A", "B"],
        ["c", "d"],
      ]),
    );
    const { status } = batch(ws, id, [
      { createNamedRange: { name: "section", range: { startIndex: 1, endIndex: 23 } } },
      { createNamedRange: { name: "intro", range: { startIndex: 1, endIndex: 7 } } },
      { createNamedRange: { name: "after", range: { startIndex: 23, endIndex: 28 } } },
    ]);
    expect(status).toBe(200);
    return { ws, id };
  }
  const at = (index: number, rowIndex: number, insertBelow?: boolean) => ({
    insertTableRow: {
      tableCellLocation: { tableStartLocation: { index }, rowIndex, columnIndex: 0 },
      ...(insertBelow === undefined ? {} : { insertBelow }),
    },
  });
  const rowsOf = (json: DocumentJson) =>
    json.body.content
      .find((element) => element.table)!
      .table!.tableRows.map((row) =>
        row.tableCells.map((cell) => runText({ body: { content: cell.content } } as DocumentJson)),
      );

  it("inserts an empty row below the last row: indexes after it move by 1 + 2 per cell, and a range around the table grows", () => {
    const { ws, id } = withTable();
    const { status, json } = batch(ws, id, [
      at(7, 1, true),
      { insertText: { location: { index: 24 }, text: "x" } },
    ]);
    expect(status).toBe(200);
    expect(json.replies).toEqual([{}, {}]);
    const doc = get(ws, id).json;
    expect(rowsOf(doc)).toEqual([
      ["A\n", "B\n"],
      ["c\n", "d\n"],
      ["x\n", "\n"],
    ]);
    const table = doc.body.content.find((element) => element.table)!;
    expect(table).toMatchObject({ startIndex: 7, endIndex: 29 });
    expect(table.table!.tableRows[2]!.tableCells[1]!.startIndex).toBe(26);
    expect(firstRange(doc, "section")).toEqual({ startIndex: 1, endIndex: 29 });
    expect(firstRange(doc, "intro")).toEqual({ startIndex: 1, endIndex: 7 });
    expect(firstRange(doc, "after")).toEqual({ startIndex: 29, endIndex: 34 });
    expect(doc.body.content.at(-1)!.endIndex).toBe(35);
  });

  it("inserts above the reference row when insertBelow is false or left out", () => {
    const { ws, id } = withTable();
    expect(batch(ws, id, [at(7, 0), at(7, 0, false)]).status).toBe(200);
    const doc = get(ws, id).json;
    expect(rowsOf(doc)).toEqual([
      ["\n", "\n"],
      ["\n", "\n"],
      ["A\n", "B\n"],
      ["c\n", "d\n"],
    ]);
    expect(firstRange(doc, "section")).toEqual({ startIndex: 1, endIndex: 33 });
    expect(run(ws, { fn: "readText", args: [id], as: OWNER }).value).toBe(
      "Intro\n\n\n\n\nA\nB\nc\nd\nAfter",
    );
  });

  it("answers 400 for a location that is not a table's start or a cell outside the table, changing nothing", () => {
    const { ws, id } = withTable();
    const before = get(ws, id).json;
    const notTable = batch(ws, id, [at(7, 0, true), at(8, 0, true)]);
    expect(notTable.status).toBe(400);
    expect(notTable.json.error!.message).toBe(
      "Invalid requests[1].insertTableRow: The provided table start location is invalid.",
    );
    const pastLastRow = batch(ws, id, [at(7, 2, true)]);
    expect(pastLastRow.status).toBe(400);
    expect(pastLastRow.json.error!.message).toMatch(/^Invalid requests\[0\]\.insertTableRow: /);
    const noLocation = batch(ws, id, [{ insertTableRow: { insertBelow: true } }]);
    expect(noLocation.status).toBe(400);
    expect(get(ws, id).json).toEqual(before);
  });
});

describe("documents.batchUpdate updateParagraphStyle (request#updateparagraphstylerequest)", () => {
  it("sets namedStyleType on every paragraph the range touches", () => {
    const { ws, id } = seeded(["One", "Two", "Three"]);
    const reply = batch(ws, id, [
      {
        updateParagraphStyle: {
          range: { startIndex: 3, endIndex: 6 },
          paragraphStyle: { namedStyleType: "HEADING_2" },
          fields: "namedStyleType",
        },
      },
    ]);
    expect(reply.status).toBe(200);
    const styles = get(ws, id)
      .json.body.content.filter((el) => el.paragraph)
      .map((el) => el.paragraph!.paragraphStyle.namedStyleType);
    expect(styles).toEqual(["HEADING_2", "HEADING_2", "NORMAL_TEXT"]);
  });

  it("needs fields, and a range inside the segment", () => {
    const { ws, id } = seeded(["One"]);
    const style = { paragraphStyle: { namedStyleType: "TITLE" } };
    const noFields = batch(ws, id, [
      { updateParagraphStyle: { ...style, range: { startIndex: 1, endIndex: 2 } } },
    ]);
    expect(noFields.status).toBe(400);
    expect(noFields.json.error!.message).toBe(
      "Invalid requests[0].updateParagraphStyle: At least one field must be specified.",
    );
    const outside = batch(ws, id, [
      {
        updateParagraphStyle: {
          ...style,
          fields: "namedStyleType",
          range: { startIndex: 1, endIndex: 9 },
        },
      },
    ]);
    expect(outside.status).toBe(400);
  });
});

describe("documents.batchUpdate updateTextStyle (request#updatetextstylerequest)", () => {
  const runsOf = (resource: DocumentJson) =>
    resource.body.content
      .flatMap((el) => el.paragraph?.elements ?? [])
      .map((pe) => [pe.textRun!.content, pe.textRun!.textStyle]);
  const link = (start: number, end: number, url: string) => ({
    updateTextStyle: {
      range: { startIndex: start, endIndex: end },
      textStyle: { link: { url } },
      fields: "link",
    },
  });

  it("links a span: documents.get splits the runs and reports link.url, and the HTML has an <a href>", () => {
    const { ws, id } = seeded(["Read the doc now", "Next"]);
    expect(batch(ws, id, [link(6, 13, "https://example.com/d")]).status).toBe(200);
    expect(runsOf(get(ws, id).json)).toEqual([
      ["Read ", {}],
      ["the doc", { link: { url: "https://example.com/d" } }],
      [" now\n", {}],
      ["Next\n", {}],
    ]);
    expect(renderDocumentHtml(ws, id)).toContain(
      '<p>Read <a href="https://example.com/d">the doc</a> now</p>',
    );
  });

  it("keeps the link on its text through insertions and deletions around and inside it", () => {
    const { ws, id } = seeded(["Read the doc now"]);
    batch(ws, id, [link(6, 13, "https://example.com/d")]);
    // ">> Read the doc now", "x" typed inside the link after "the", then "th" deleted.
    batch(ws, id, [
      { insertText: { location: { index: 1 }, text: ">> " } },
      { insertText: { location: { index: 12 }, text: "x" } },
      { deleteContentRange: { range: { startIndex: 9, endIndex: 11 } } },
    ]);
    expect(runsOf(get(ws, id).json)).toEqual([
      [">> Read ", {}],
      ["ex doc", { link: { url: "https://example.com/d" } }],
      [" now\n", {}],
    ]);
  });

  it("sets bold, italic and underline, and resets a field the mask names but textStyle leaves out", () => {
    const { ws, id } = seeded(["Plain words"]);
    batch(ws, id, [
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 6 },
          textStyle: { bold: true, italic: true, underline: true },
          fields: "bold,italic,underline",
        },
      },
    ]);
    expect(runsOf(get(ws, id).json)[0]).toEqual([
      "Plain",
      { bold: true, italic: true, underline: true },
    ]);
    batch(ws, id, [
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 3 },
          textStyle: { italic: true },
          fields: "bold, italic",
        },
      },
    ]);
    expect(runsOf(get(ws, id).json).slice(0, 2)).toEqual([
      ["Pl", { italic: true, underline: true }],
      ["ain", { bold: true, italic: true, underline: true }],
    ]);
    batch(ws, id, [
      { updateTextStyle: { range: { startIndex: 1, endIndex: 12 }, textStyle: {}, fields: "*" } },
    ]);
    expect(runsOf(get(ws, id).json)).toEqual([["Plain words\n", {}]]);
  });

  it("clears a link when the mask names link and textStyle has none", () => {
    const { ws, id } = seeded(["Read the doc"]);
    batch(ws, id, [link(6, 13, "https://example.com/d")]);
    batch(ws, id, [
      {
        updateTextStyle: { range: { startIndex: 1, endIndex: 13 }, textStyle: {}, fields: "link" },
      },
    ]);
    expect(runsOf(get(ws, id).json)).toEqual([["Read the doc\n", {}]]);
    expect(renderDocumentHtml(ws, id)).not.toContain("<a ");
  });

  it("answers 400 for a missing field mask or a bad range, and 'not emulated' for styles it cannot keep, changing nothing", () => {
    const { ws, id } = seeded(["Read the doc"]);
    const before = get(ws, id).json;
    const noFields = batch(ws, id, [
      { updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true } } },
    ]);
    expect(noFields.status).toBe(400);
    expect(noFields.json.error!.message).toBe(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'.",
    );
    const empty = batch(ws, id, [link(5, 5, "https://example.com")]);
    expect(empty.json.error!.message).toBe(
      "Invalid requests[0].updateTextStyle: The range should not be empty.",
    );
    const outside = batch(ws, id, [link(1, 40, "https://example.com")]);
    expect(outside.status).toBe(400);
    expect(outside.json.error!.message).toMatch(/must be less than the end index/);
    const noRange = batch(ws, id, [{ updateTextStyle: { textStyle: {}, fields: "bold" } }]);
    expect(noRange.json.error!.message).toBe(
      "Invalid requests[0].updateTextStyle: range must be set.",
    );
    const notEmulated = [
      { range: { startIndex: 1, endIndex: 5 }, textStyle: {}, fields: "fontSize" },
      {
        range: { startIndex: 1, endIndex: 5 },
        textStyle: { fontSize: { magnitude: 9 } },
        fields: "*",
      },
      {
        range: { startIndex: 1, endIndex: 5 },
        textStyle: { link: { bookmarkId: "id.x" } },
        fields: "link",
      },
      { range: { startIndex: 1, endIndex: 5, segmentId: "kix.h1" }, textStyle: {}, fields: "bold" },
    ];
    for (const request of notEmulated) {
      const reply = batch(ws, id, [
        link(1, 5, "https://example.com"),
        { updateTextStyle: request },
      ]);
      expect(reply.status).toBe(400);
      expect(reply.json.error!.message).toMatch(
        /^Invalid requests\[1\]\.updateTextStyle: not emulated: /,
      );
    }
    expect(get(ws, id).json).toEqual(before);
  });
});
