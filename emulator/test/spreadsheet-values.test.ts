/*
 * SpreadsheetApp values, as developers.google.com/apps-script/reference/spreadsheet documents
 * them: setValues dimension errors, typed values back from getValues (Dates for date cells),
 * display values by number format, text parsing, plain text and the leading apostrophe.
 */
import { run, type Workspace } from "..";
import { OWNER, schoolWorkspace } from "./harness";

function newSpreadsheet(ws: Workspace): string {
  const result = run(ws, { fn: "createSheet", args: ["Hub"], as: OWNER });
  if (!result.ok) throw new Error(result.error?.message);
  return (result.value as { id: string }).id;
}

function call(ws: Workspace, fn: string, ...args: unknown[]): unknown {
  const result = run(ws, { fn, args, as: OWNER });
  if (!result.ok) throw new Error(`${fn}: ${result.error?.message}`);
  return result.value;
}

describe("SpreadsheetApp.create and open (reference/spreadsheet/spreadsheet-app)", () => {
  it("creates a spreadsheet with one 1000 x 26 Sheet1 in the script's time zone", () => {
    const ws = schoolWorkspace("sheets");
    const created = call(ws, "createSheet", "Hub") as Record<string, unknown>;
    expect(created).toMatchObject({
      name: "Hub",
      sheets: ["Sheet1"],
      maxRows: 1000,
      maxColumns: 26,
      timeZone: "America/New_York",
    });
    expect(created.url).toBe(`https://docs.google.com/spreadsheets/d/${created.id}/edit`);
    expect(ws.drive.get(created.id as string)?.owner).toBe(OWNER);
    expect(ws.quotas.usedBy(OWNER, "spreadsheetsCreated")).toBe(1);
  });

  it("create(name, rows, columns) sizes the first sheet", () => {
    const ws = schoolWorkspace("sheets");
    expect(call(ws, "createSheet", "Small", 5, 3)).toMatchObject({ maxRows: 5, maxColumns: 3 });
  });

  it("openByUrl opens the spreadsheet its URL names", () => {
    const ws = schoolWorkspace("sheets");
    const created = call(ws, "createSheet", "Hub") as { url: string };
    expect(call(ws, "openByUrlName", created.url)).toBe("Hub");
  });

  it("getActiveSpreadsheet is the container, or null outside one", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(run(ws, { fn: "activeName", as: OWNER, containerId: id }).value).toBe("Hub");
    expect(run(ws, { fn: "activeName", as: OWNER }).value).toBeNull();
  });

  it("each call is charged once to the execution", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    const result = run(ws, { fn: "readValues", args: [id, "A1:B2"], as: OWNER });
    expect(result.report.counts).toEqual({
      "SpreadsheetApp.openById": 1,
      "Spreadsheet.getRange": 1,
      "Range.getValues": 1,
    });
  });
});

describe("Range.setValues (reference/spreadsheet/range#setValues)", () => {
  it("throws when the data's rows don't match the range", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "writeValues", id, "A1:B2", [["a", "b"]])).toEqual({
      error:
        "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    });
  });

  it("throws when a row's columns don't match the range", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "writeValues", id, "A1:B1", [["a", "b", "c"]])).toEqual({
      error:
        "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    });
  });

  it("throws for an empty array", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect((call(ws, "writeValues", id, "A1", []) as { error: string }).error).toMatch(
      /The data has 0 but the range has 1/,
    );
  });

  it("writes nothing when one value in the data is a formula, which is not emulated", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "writeValues", id, "A1:B1", [["kept?", "=SUM(1,2)"]])).toEqual({
      error: 'not emulated: formula "=SUM(1,2)"',
    });
    expect(call(ws, "readValues", id, "A1")).toEqual([[""]]);
  });
});

describe("getValues types (reference/spreadsheet/range#getValues)", () => {
  it("returns numbers, booleans, strings and '' for empty cells", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    call(ws, "writeValues", id, "A1:D1", [[3, true, "text", null]]);
    expect(call(ws, "readValues", id, "A1:E1")).toEqual([[3, true, "text", "", ""]]);
  });

  it("returns a Date in the script's realm for a cell written with a Date", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "writeDateObject", id, "A1", "2026-11-23T19:30:00Z")).toEqual({
      isDate: true,
      iso: "2026-11-23T19:30:00.000Z",
      display: "11/23/2026 14:30:00",
    });
  });

  it("shows a Date at local midnight as a date only (M/d/yyyy)", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    const written = call(ws, "writeDateObject", id, "A1", "2026-11-23T05:00:00Z");
    expect(written).toMatchObject({ isDate: true, display: "11/23/2026" });
  });
});

describe("text written in the automatic format is parsed as Sheets does", () => {
  const cases: Array<[string, unknown]> = [
    ["42", { type: "number", value: 42, display: "42", format: "0.###############" }],
    ["007", { type: "number", value: 7, display: "7" }],
    ["3.50", { type: "number", value: 3.5, display: "3.5" }],
    ["1,234", { type: "number", value: 1234 }],
    ["TRUE", { type: "boolean", value: true, display: "TRUE" }],
    ["false", { type: "boolean", value: false, display: "FALSE" }],
    [
      "2026-11-23",
      {
        type: "date",
        value: "2026-11-23T05:00:00.000Z",
        display: "11/23/2026",
        format: "M/d/yyyy",
      },
    ],
    ["11/23/2026 14:30", { type: "date", value: "2026-11-23T19:30:00.000Z" }],
    ["'123", { type: "string", value: "123", display: "123" }],
    ["'=not a formula", { type: "string", value: "=not a formula" }],
    ["Room 12", { type: "string", value: "Room 12" }],
  ];
  it.each(cases)("setValue(%j)", (input, expected) => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect((call(ws, "setValue", id, "B2", input) as { ok: unknown }).ok).toMatchObject(
      expected as object,
    );
  });

  it("throws not emulated for a formula rather than storing it", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "setValue", id, "A1", "=A2+1")).toEqual({
      error: 'not emulated: formula "=A2+1"',
    });
  });

  it("keeps text as typed in a plain-text (@) cell", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect(call(ws, "formatted", id, "A1", "@", "007")).toEqual(["007", "007", "@"]);
    expect(call(ws, "formatted", id, "A2", "@", "2026-11-23")).toEqual([
      "2026-11-23",
      "2026-11-23",
      "@",
    ]);
  });
});

describe("getDisplayValues formats by the number format in the spreadsheet's time zone", () => {
  const cases: Array<[string, unknown, string]> = [
    ["0", 2.5, "3"],
    ["0.00", 2.5, "2.50"],
    ["#,##0.00", 1234567.891, "1,234,567.89"],
    ["0%", 0.25, "25%"],
    ["yyyy-mm-dd", "2026-11-23", "2026-11-23"],
    ["yyyy-mm-dd hh:mm", "2026-11-23 09:05", "2026-11-23 09:05"],
    ["M/d/yyyy h:mm am/pm", "2026-11-23 14:05", "11/23/2026 2:05 PM"],
  ];
  it.each(cases)("format %j of %j shows %j", (format, value, display) => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    expect((call(ws, "formatted", id, "A1", format, value) as unknown[])[1]).toBe(display);
  });

  it("shows automatic numbers with up to 10 significant digits", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    call(ws, "writeValues", id, "A1:C1", [[1 / 3, 0.1 + 0.2, 1234567]]);
    expect(call(ws, "readDisplay", id, "A1:C1")).toEqual([["0.3333333333", "0.3", "1234567"]]);
  });

  it("renders the same instant in a new spreadsheet time zone", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    call(ws, "writeDateObject", id, "A1", "2026-11-23T19:30:00Z");
    expect(call(ws, "setTimeZone", id, "Europe/Paris")).toBe("Europe/Paris");
    expect(call(ws, "readDisplay", id, "A1")).toEqual([["11/23/2026 20:30:00"]]);
  });
});

describe("a cell's size (support.google.com/docs/answer/37603: 50,000 characters a cell)", () => {
  it("takes 50,000 characters, refuses 50,001 with Google's message, and writes nothing", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    const full = [["a".repeat(50_000), "x"]];
    expect(call(ws, "writeValues", id, "A1:B1", full)).toEqual({ ok: true });
    const over = [["ok", "b".repeat(50_001)]];
    expect(call(ws, "writeValues", id, "A2:B2", over)).toEqual({
      error: "Your input contains more than the maximum of 50000 characters in a single cell.",
    });
    expect(call(ws, "readValues", id, "A2:B2")).toEqual([["", ""]]);
  });
});

describe("the cost of moving cells (emulator/core/latency.ts, with its sources)", () => {
  it("charges a batched read per call plus about 31 µs a cell, so a big read costs more", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    const timeOf = (a1: string) =>
      run(ws, { fn: "readValues", args: [id, a1], as: OWNER }).report.modelledMs;
    const small = timeOf("A1:B2");
    const large = timeOf("A1:Z1000");
    expect(large - small).toBeCloseTo((26_000 - 4) * 0.031, 0);
  });

  it("charges a cached per-cell read a few milliseconds, not a round trip", () => {
    const ws = schoolWorkspace("sheets");
    const id = newSpreadsheet(ws);
    const one = run(ws, { fn: "readValues", args: [id, "A1"], as: OWNER }).report;
    expect(ws.latency.msFor("Range", "getValue")).toBe(3);
    expect(ws.latency.msFor("Range", "setValue")).toBe(7);
    expect(ws.latency.msFor("Sheet", "getRange")).toBe(0);
    expect(one.counts["Range.getValues"]).toBe(1);
  });
});
