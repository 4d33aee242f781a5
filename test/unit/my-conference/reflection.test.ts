/* The reflection lines are written after their prompts with a starter, and the Something else text after its label. */
import { purposeRequests } from "../../../src/domain/my-conference/edits";
import type { PlacedSection } from "../../../src/domain/my-conference/placed";
import {
  reflectionOf,
  reflectionRequests,
  startedWith,
} from "../../../src/domain/my-conference/reflection";
import { purposesOf, somethingElseOf } from "../../../src/domain/my-conference/view";

const reflection: PlacedSection = {
  start: 200,
  end: 260,
  paragraphs: [
    { start: 200, end: 215, text: "How I am doing" },
    { start: 215, end: 230, text: "Academically: " },
    { start: 230, end: 245, text: "Socially: kind" },
    { start: 245, end: 260, text: "Emotionally: " },
  ],
  tables: [],
  tableStarts: [],
};

it("begins a line with the starter, without its closing ellipsis", () => {
  expect(startedWith("In the future, I will…", " read  more ")).toBe(
    "In the future, I will read more",
  );
  expect(startedWith("", "calm")).toBe("calm");
  expect(() => startedWith("Once upon a time", "x")).toThrow(/sentence starters/);
});

it("reads each line after its prompt", () => {
  expect(reflectionOf(reflection).map((line) => line.text)).toEqual(["", "kind", ""]);
  expect(reflectionOf(undefined)).toHaveLength(3);
});

it("replaces only the written lines, last line first", () => {
  expect(
    reflectionRequests(reflection, [
      { area: "Academically", starter: "", text: "maths" },
      { area: "Socially", starter: "", text: "helpful" },
      { area: "Emotionally", starter: "", text: "" },
    ]),
  ).toEqual([
    { deleteContentRange: { range: { startIndex: 239, endIndex: 244 } } },
    { insertText: { location: { index: 239 }, text: " helpful" } },
    { deleteContentRange: { range: { startIndex: 228, endIndex: 229 } } },
    { insertText: { location: { index: 228 }, text: " maths" } },
  ]);
  expect(() => reflectionRequests(reflection, [])).toThrow(/at least one line/);
});

it("keeps the Something else label and writes its text after it", () => {
  const purpose: PlacedSection = {
    start: 10,
    end: 50,
    paragraphs: [
      { start: 10, end: 20, text: "☐ Goals" },
      { start: 20, end: 43, text: "☑ Something else: band" },
    ],
    tables: [],
    tableStarts: [],
  };
  expect(purposesOf(purpose).map((p) => p.label)).toEqual(["Goals", "Something else:"]);
  expect(somethingElseOf(purpose)).toBe("band");
  expect(purposeRequests(purpose, ["Something else:"], "choir")).toEqual([
    { deleteContentRange: { range: { startIndex: 37, endIndex: 42 } } },
    { insertText: { location: { index: 37 }, text: " choir" } },
  ]);
});

it("refuses a reflection over 2,000 characters, naming its area, or a line of any area not ours", () => {
  const long = "x".repeat(2_001);
  expect(() =>
    reflectionRequests(reflection, [{ area: "Academically", starter: "", text: long }]),
  ).toThrow(/^Academically has 2,001 characters;/);
  expect(() =>
    reflectionRequests(reflection, [{ area: "a".repeat(50_000), starter: "", text: long }]),
  ).toThrow(/^A reflection line has 2,001 characters;/);
});
