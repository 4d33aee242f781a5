/* The My conference edits stay inside their section and refuse incomplete input. */
import {
  ConferenceEditError,
  heldRequests,
  missingSmartParts,
  purposeRequests,
  questionRequests,
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
