/*
 * Sheets, protections, permissions and views, as developers.google.com/apps-script/reference/
 * spreadsheet documents them: sheet and row operations, getRange's argument errors, notes and
 * data validation, protections that block a non-editor but never the owner, Drive permissions,
 * and the CSV export and save/load of a spreadsheet.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type Workspace } from "..";
import { sheetNames, sheetToCsv } from "../sheets/csv";
import { OUTSIDER, OWNER, schoolWorkspace, TEACHER } from "./harness";

function call(ws: Workspace, as: string, fn: string, ...args: unknown[]): unknown {
  const result = run(ws, { fn, args, as });
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  return result.value;
}

function hub(ws: Workspace, shareWithTeacher = true): string {
  const id = (call(ws, OWNER, "createSheet", "Hub") as { id: string }).id;
  if (shareWithTeacher) ws.drive.share(ws.drive.get(id)!, TEACHER, "editor");
  return id;
}

const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

describe("Spreadsheet and Sheet (reference/spreadsheet/spreadsheet, reference/spreadsheet/sheet)", () => {
  it("insertSheet, getSheetByName, setName, getIndex, deleteSheet and hideSheet", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "sheetOps", hub(ws))).toEqual({
      duplicate: 'A sheet with the name "roster" already exists. Please enter another name.',
      missing: null,
      names: ["First@1", "Sheet1@2", "Students@3"],
      afterDelete: ["Sheet1", "Students"],
      hidden: true,
      parent: true,
      sheetIdNumber: "number",
    });
  });

  it("appendRow writes below the last row, insertRowsAfter and deleteRows move rows", () => {
    const ws = schoolWorkspace("sheets");
    const id = (call(ws, OWNER, "createSheet", "Small", 3, 3) as { id: string }).id;
    expect(call(ws, OWNER, "rowOps", id)).toEqual({
      afterAppend: [2, 3, 3],
      afterInsert: [5, "b", 4],
      afterDelete: [3, "b", 2],
      grown: [3, 3],
      dataRange: "A1:C3",
      values: [
        ["a", 1, ""],
        ["b", 2, "x"],
        ["c", "", ""],
      ],
    });
  });

  it("setFrozenRows, setFrozenColumns and setColumnWidth", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "frozenAndWidths", hub(ws))).toEqual([1, 2]);
  });

  it("clearContents keeps formats, clear removes them, clearContent empties a range", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "clearing", hub(ws))).toEqual({
      afterContents: ["", "0.00"],
      afterClear: ["", "0.###############"],
      a2: "",
      note: "kept",
    });
  });
});

describe("Sheet.getRange arguments (reference/spreadsheet/sheet#getRange)", () => {
  const cases: Array<[number[], unknown]> = [
    [[2, 3], { ok: ["C2", 2, 3, 2, 3, 1, 1, "Sheet1"] }],
    [[2, 3, 4], { ok: ["C2:C5", 2, 3, 5, 3, 4, 1, "Sheet1"] }],
    [[1, 1, 2, 26], { ok: ["A1:Z2", 1, 1, 2, 26, 2, 26, "Sheet1"] }],
    [[0, 1], { error: "The starting row of the range is too small." }],
    [[1, 0], { error: "The starting column of the range is too small." }],
    [[1, 1, 0, 1], { error: "The number of rows in the range must be at least 1." }],
    [[1, 1, 1, 0], { error: "The number of columns in the range must be at least 1." }],
    [
      [1000, 1, 2, 1],
      { error: "The coordinates of the range are outside the dimensions of the sheet." },
    ],
  ];
  it.each(cases)("getRange(%j)", (args, expected) => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "getRangeByNumbers", hub(ws), ...args)).toEqual(expected);
  });

  it("A1 notation with a sheet name, and errors for bad or unknown ranges", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    expect(call(ws, OWNER, "getRangeByA1", id, "'Sheet1'!b2:a1")).toEqual({ ok: "A1:B2" });
    expect(call(ws, OWNER, "getRangeByA1", id, "Nope!A1")).toEqual({ error: "Range not found" });
    expect(call(ws, OWNER, "getRangeByA1", id, "A1:B2:C3")).toEqual({ error: "Range not found" });
  });

  it("a method Confer does not use throws not emulated", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "notEmulatedCall", hub(ws))).toEqual({
      error: "not emulated: Range.getFormula",
    });
  });
});

describe("notes, font weights and data validation (reference/spreadsheet/range, data-validation)", () => {
  it("setNote(s) round-trips and a null note clears", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "notesAndStyle", hub(ws))).toEqual({
      notes: [["first", ""]],
      note: "first",
      c1: "one",
    });
  });

  it("a value-in-list and a checkbox rule read back as built", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "validation", hub(ws))).toEqual({
      type: "VALUE_IN_LIST",
      values: [["yes", "no"], true],
      allowInvalid: false,
      help: "Pick one",
      checkbox: "CHECKBOX",
      checkboxValues: [],
      gridNulls: [
        [false, false],
        [false, true],
      ],
      cleared: null,
    });
  });
});

describe("data validation on write (reference/spreadsheet/data-validation-builder#setAllowInvalid)", () => {
  it("a rule that rejects invalid data makes the write throw and change nothing", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, OWNER, "strictList", hub(ws))).toEqual({
      valid: { ok: true },
      invalid: {
        error:
          "The data you entered in cell A2 violates the data validation rules set on this cell.",
      },
      lenient: { ok: true },
      kept: [["yes"], [""]],
    });
  });
});

describe("protections (reference/spreadsheet/protection)", () => {
  it("a protected range blocks a teacher who is not its editor, but not the owner", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    expect(call(ws, OWNER, "protectRange", id, "A1:B2", null, false)).toEqual({
      editors: [OWNER],
      description: "Comments",
      type: "RANGE",
      range: "A1:B2",
      warningOnly: false,
    });
    expect(call(ws, TEACHER, "writeValues", id, "B2", [["x"]])).toEqual({ error: PROTECTED });
    expect(call(ws, TEACHER, "writeValues", id, "C3", [["free"]])).toEqual({ ok: true });
    expect(call(ws, OWNER, "writeValues", id, "A1", [["owner"]])).toEqual({ ok: true });
    expect(call(ws, TEACHER, "protectionView", id)).toEqual([
      { canEdit: false, description: "Comments" },
    ]);
    expect(call(ws, OWNER, "protectionView", id)).toEqual([
      { canEdit: true, description: "Comments" },
    ]);
  });

  it("until its editors change, a new protection mirrors the spreadsheet's editors (Range.protect)", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    expect(call(ws, OWNER, "protectOnly", id, "A1")).toEqual([OWNER, TEACHER]);
    expect(call(ws, TEACHER, "writeValues", id, "A1", [["still editable"]])).toEqual({ ok: true });
  });

  it("an added editor may write, and getEditors' users carry their names", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    call(ws, OWNER, "protectRange", id, "A1", TEACHER, false);
    expect(call(ws, TEACHER, "writeValues", id, "A1", [["ok"]])).toEqual({ ok: true });
    expect(call(ws, OWNER, "editorNames", id)).toEqual(["Casey Coordinator", "Tomás Teacher"]);
  });

  it("warning-only protections never block a script", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    call(ws, OWNER, "protectRange", id, "A1", null, true);
    expect(call(ws, TEACHER, "writeValues", id, "A1", [["warned"]])).toEqual({ ok: true });
  });

  it("a non-owner who protects a range stays its editor; the owner cannot be removed", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    const made = call(ws, TEACHER, "protectRange", id, "D1", null, false) as { editors: string[] };
    expect(made.editors).toEqual([OWNER, TEACHER]);
    expect(call(ws, TEACHER, "writeValues", id, "D1", [["mine"]])).toEqual({ ok: true });
  });

  it("a protected sheet blocks non-editors; protect() returns the sheet's existing protection", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    expect(call(ws, OWNER, "protectSheet", id)).toEqual({
      same: 1,
      againDescription: "",
      range: "A1:Z1000",
    });
    expect(call(ws, TEACHER, "writeValues", id, "Z1000", [["x"]])).toEqual({ error: PROTECTED });
  });

  it("only those who can edit a protection may remove it", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    call(ws, OWNER, "protectRange", id, "A1", null, false);
    expect(call(ws, TEACHER, "removeProtections", id)).toEqual([0, 1]);
    expect(call(ws, OWNER, "removeProtections", id)).toEqual([1, 0]);
  });
});

describe("Drive permissions (reference/spreadsheet/spreadsheet-app#openById)", () => {
  it("a user the file is not shared with cannot open it", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws, false);
    expect(call(ws, OUTSIDER, "openName", id)).toEqual({
      error: "You do not have permission to access the requested document.",
    });
  });

  it("a viewer can read but not write", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws, false);
    ws.drive.share(ws.drive.get(id)!, OUTSIDER, "viewer");
    expect(call(ws, OUTSIDER, "openName", id)).toEqual({ ok: "Hub" });
    expect(call(ws, OUTSIDER, "writeValues", id, "A1", [["x"]])).toEqual({
      error: "You do not have permission to edit the requested document.",
    });
    expect(call(ws, OUTSIDER, "rename", id, "Mine")).toEqual({
      error: "You do not have permission to edit the requested document.",
    });
  });
});

describe("views and persistence", () => {
  it("sheetToCsv writes display values with RFC 4180 quoting and CRLF", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    call(ws, OWNER, "writeValues", id, "A1:C2", [
      ["Name", "Comment", "Date"],
      ["Zoë Núñez", 'said "hi", then\nleft', new Date("2026-11-23T05:00:00Z")],
    ]);
    expect(sheetNames(ws, id)).toEqual(["Sheet1"]);
    expect(sheetToCsv(ws, id, "Sheet1")).toBe(
      'Name,Comment,Date\r\nZoë Núñez,"said ""hi"", then\nleft",11/23/2026\r\n',
    );
  });

  it("a spreadsheet survives save and load, and a Drive copy is independent", () => {
    const ws = schoolWorkspace("sheets");
    const id = hub(ws);
    call(ws, OWNER, "writeValues", id, "A1:B1", [["kept", new Date("2026-11-23T19:30:00Z")]]);
    call(ws, OWNER, "protectRange", id, "A1", null, false);
    const copy = ws.drive.copy(ws.drive.get(id)!, OWNER, "Copy");
    call(ws, OWNER, "writeValues", id, "A1", [["changed"]]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-"));
    ws.save(dir);
    const restored = schoolWorkspace("sheets");
    restored.load(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(sheetToCsv(restored, id, "Sheet1")).toBe("changed,11/23/2026 14:30:00\r\n");
    expect(sheetToCsv(restored, copy.id, "Sheet1")).toBe("kept,11/23/2026 14:30:00\r\n");
    ws.drive.share(restored.drive.get(id)!, TEACHER, "editor");
    expect(call(restored, TEACHER, "writeValues", id, "A1", [["x"]])).toEqual({ error: PROTECTED });
  });
});
