/* Status from what a student wrote in their doc's sections, never from a tick by hand. */
import {
  HELD_PROMPT,
  OWN_WORDS_PROMPT,
  PURPOSE_PROMPT,
  QUESTION_PROMPT,
} from "../../../src/domain/conference-docs/default-template";
import { SECTIONS } from "../../../src/domain/conference-docs/template";
import { sectionContent } from "../../../src/domain/doc/doc-json";
import { docStatus } from "../../../src/domain/status/status";
import { buildDoc } from "../pull/doc-builder";

const ARTIFACT_HEADER = ["Artifact (link)", "Subject", "Succeeding", "Challenged", "Future"];

function conferenceDoc(writes: {
  purpose?: string[];
  question?: string;
  artifact?: string[];
  held?: string;
  smart?: string;
  ownWords?: string;
}) {
  return buildDoc(
    [
      PURPOSE_PROMPT,
      ...(writes.purpose ?? ["☐ Goals and progress", "☐ 1:1 coaching"]),
      "My questions",
      `${QUESTION_PROMPT}${writes.question ?? ""}`,
      "My artifacts",
      { table: [ARTIFACT_HEADER, writes.artifact ?? ["", "", "", "", ""]] },
      `${HELD_PROMPT} ${writes.held ?? ""}`,
      "My SMART goal",
      {
        table: [
          ["Specific", writes.smart ?? ""],
          ["Measurable", ""],
        ],
      },
      `${OWN_WORDS_PROMPT} ${writes.ownWords ?? ""}`,
    ],
    {
      [SECTIONS.purpose]: [0, 1, 2],
      [SECTIONS.questions]: [3, 4],
      [SECTIONS.artifacts]: [5, 6],
      [SECTIONS.conferenceHeld]: [7],
      [SECTIONS.plan]: [8, 9, 10],
    },
  ).doc;
}

describe("docStatus", () => {
  it("shows nothing done in a fresh doc (the prompt's own ☑ is not a choice)", () => {
    expect(PURPOSE_PROMPT).toContain("☑");
    expect(docStatus(conferenceDoc({}))).toEqual({
      purpose: "",
      prepared: false,
      held: false,
      planWritten: false,
    });
  });

  it.each([
    "☑ Goals and progress",
    "☒ Goals and progress",
    "[x] Goals and progress",
    "[ X ] Goals and progress",
  ])("reads the purpose ticked as %s", (ticked) => {
    const status = docStatus(conferenceDoc({ purpose: [ticked, "☐ 1:1 coaching"] }));
    expect(status.purpose).toBe("Goals and progress");
  });

  it("needs a question beyond the prompt and a filled artifact row to be prepared", () => {
    expect(docStatus(conferenceDoc({ question: "Why?" })).prepared).toBe(false);
    expect(docStatus(conferenceDoc({ artifact: ["essay", "", "", "", ""] })).prepared).toBe(false);
    expect(
      docStatus(conferenceDoc({ question: "Why?", artifact: ["", "History", "", "", ""] }))
        .prepared,
    ).toBe(true);
  });

  it("counts the conference held once a date follows the prompt", () => {
    expect(docStatus(conferenceDoc({ held: "  " })).held).toBe(false);
    expect(docStatus(conferenceDoc({ held: "Dec 1" })).held).toBe(true);
  });

  it("counts the plan written from the SMART table or the own-words line", () => {
    expect(docStatus(conferenceDoc({ smart: "Read daily" })).planWritten).toBe(true);
    expect(docStatus(conferenceDoc({ ownWords: "I will read." })).planWritten).toBe(true);
    expect(docStatus(conferenceDoc({})).planWritten).toBe(false);
  });

  it("treats a section whose named range is gone as not done", () => {
    const { doc } = buildDoc(["☑ Goals and progress"]);
    expect(docStatus(doc)).toEqual({
      purpose: "",
      prepared: false,
      held: false,
      planWritten: false,
    });
  });
});

describe("sectionContent", () => {
  it("clips paragraphs to the named range and reads tables as rows of cells", () => {
    const built = buildDoc(["before", "inside", { table: [["a", "b"]] }, "after"], {
      s: [1, 2],
    });
    expect(sectionContent(built.doc, "s")).toEqual({
      paragraphs: ["inside"],
      tables: [[["a", "b"]]],
    });
  });
});
