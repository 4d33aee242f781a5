/* The My conference edits stay inside their section and refuse incomplete or oversized input. */
import {
  artifactRequests,
  ConferenceEditError,
  heldRequests,
  listLineRequests,
  MAX_TYPED_LINE,
  missingSmartParts,
  planRequests,
  purposeRequests,
  questionRequests,
  typedLine,
} from "../../../src/domain/my-conference/edits";
import type { PlacedSection } from "../../../src/domain/my-conference/placed";

const purpose: PlacedSection = {
  start: 10,
  end: 60,
  paragraphs: [
    { start: 10, end: 30, text: "Choose the purpose" },
    { start: 30, end: 45, text: "☐ Goals" },
    { start: 45, end: 60, text: "☑ Coaching" },
  ],
  tables: [],
  tableStarts: [],
};

it("ticks the chosen purposes and unticks the rest, last line first", () => {
  expect(purposeRequests(purpose, ["Goals"])).toEqual([
    { deleteContentRange: { range: { startIndex: 45, endIndex: 46 } } },
    { insertText: { location: { index: 45 }, text: "☐" } },
    { deleteContentRange: { range: { startIndex: 30, endIndex: 31 } } },
    { insertText: { location: { index: 30 }, text: "☑" } },
  ]);
  expect(purposeRequests(purpose, ["Coaching"])).toEqual([]);
});

it("adds a question after the prompt, never twice", () => {
  const questions: PlacedSection = {
    start: 100,
    end: 140,
    paragraphs: [
      { start: 100, end: 113, text: "My questions" },
      { start: 113, end: 133, text: "My first question: " },
    ],
    tables: [],
    tableStarts: [],
  };
  const requests = questionRequests(questions, "Why?");
  expect(requests.at(-1)).toEqual({ insertText: { location: { index: 131 }, text: " Why?" } });
  const asked: PlacedSection = {
    ...questions,
    paragraphs: [
      questions.paragraphs[0]!,
      { start: 113, end: 137, text: "My first question: Why?" },
    ],
  };
  expect(questionRequests(asked, " Why? ")).toEqual([]);
  expect(() => questionRequests(asked, "  ")).toThrow(ConferenceEditError);
});

it("names the SMART parts still to write", () => {
  expect(missingSmartParts({ Specific: "a", Measurable: " ", Relevant: "c" })).toEqual([
    "Measurable",
    "Achievable",
    "Time-bound",
  ]);
});

it("refuses a doc with no Conference held section", () => {
  expect(() => heldRequests(undefined, "2026-11-23")).toThrow(/no Conference held section/);
});

describe("heldRequests", () => {
  const held = (text: string): PlacedSection => ({
    start: 400,
    end: 401 + text.length,
    paragraphs: [{ start: 400, end: 401 + text.length, text }],
    tables: [],
    tableStarts: [],
  });

  it("writes the date after the prompt of a conference not yet held", () => {
    expect(heldRequests(held("Conference held on (date): "), "2026-11-23")).toEqual([
      { deleteContentRange: { range: { startIndex: 426, endIndex: 427 } } },
      { insertText: { location: { index: 426 }, text: " 2026-11-23" } },
    ]);
  });

  it("keeps the date of a conference already held", () => {
    expect(heldRequests(held("Conference held on (date): 2026-11-20"), "2026-11-23")).toEqual([]);
  });
});

describe("artifactRequests", () => {
  /** A table at 200: header row [201,212), one used row [212,223) of two cells. */
  const cell = (start: number, text: string) => ({ start, end: start + text.length + 1, text });
  const artifacts = (rows: { start: number; text: string }[][]): PlacedSection => ({
    start: 180,
    end: 300,
    paragraphs: [{ start: 180, end: 200, text: "My artifacts" }],
    tables: [rows.map((row) => row.map((c) => cell(c.start, c.text)))],
    tableStarts: [200],
  });
  const link = "https://example.com/l";
  const artifact = { link, subject: "Math", succeeding: "", challenged: "", future: "" };

  it("fills the first empty row, last cell first", () => {
    const section = artifacts([
      [
        { start: 203, text: "Link" },
        { start: 209, text: "S" },
      ],
      [
        { start: 214, text: "" },
        { start: 216, text: "" },
      ],
    ]);
    expect(artifactRequests(section, artifact)).toEqual([
      { insertText: { location: { index: 216 }, text: "Math" } },
      { insertText: { location: { index: 214 }, text: link } },
    ]);
  });

  it("adds a row below the last when every row is used, and writes into its cells", () => {
    const section = artifacts([
      [
        { start: 203, text: "Link" },
        { start: 209, text: "S" },
      ],
      [
        { start: 214, text: "A" },
        { start: 217, text: "B" },
      ],
    ]);
    expect(artifactRequests(section, artifact)).toEqual([
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: 200 }, rowIndex: 1, columnIndex: 0 },
          insertBelow: true,
        },
      },
      { insertText: { location: { index: 223 }, text: "Math" } },
      { insertText: { location: { index: 221 }, text: link } },
    ]);
    const used = "https://example.com/a";
    const full = artifacts([
      [
        { start: 203, text: "Link" },
        { start: 209, text: "S" },
      ],
      [
        { start: 214, text: used },
        { start: 237, text: "B" },
      ],
    ]);
    expect(artifactRequests(full, { ...artifact, link: used })).toEqual([]);
  });
});

describe("typed lines", () => {
  const over = "x".repeat(MAX_TYPED_LINE + 1);
  const list: PlacedSection = {
    start: 0,
    end: 20,
    paragraphs: [{ start: 0, end: 20, text: "My next steps" }],
    tables: [],
    tableStarts: [],
  };

  it("keeps a line of 2,000 characters once its whitespace runs are one space", () => {
    expect(typedLine("Your question", ` ${"x".repeat(1_000)}\n\n${"y".repeat(999)} `)).toHaveLength(
      2_000,
    );
  });

  it("refuses a line over 2,000 characters, naming its field and its length", () => {
    expect(() => typedLine("Your question", over)).toThrow(
      "Your question has 2,001 characters; Confer writes at most 2,000 in one line, so nothing was written. Shorten it and try again.",
    );
    expect(() => questionRequests(purpose, over)).toThrow(/^Your question has 2,001/);
    expect(() => purposeRequests(purpose, [], over)).toThrow(/^Something else has 2,001/);
    expect(() => listLineRequests(list, "My next steps", over)).toThrow(/^My next steps has/);
  });

  it("names the SMART part or own-words line that is too long, before anything else", () => {
    const parts = { Specific: "a", Measurable: over, Achievable: "c", Relevant: "d" };
    expect(() => planRequests(undefined, parts, "")).toThrow(/^Measurable has 2,001/);
    expect(() => planRequests(undefined, {}, over)).toThrow(/^My goal in my own words has 2,001/);
  });

  it("names the artifact's column that is too long", () => {
    const artifact = { link: "https://docs.google.com/document/d/abc/edit", subject: "Art" };
    expect(() =>
      artifactRequests(undefined, { ...artifact, succeeding: over, challenged: "", future: "" }),
    ).toThrow(/^Shows I am succeeding with has 2,001/);
  });
});
