/* The preview's lines: counts per kind, guardians' languages by source, grades, warnings, refusals. */
import { type MergeSummary, rosterPreviewLines } from "../../../src/domain/roster";

const summary: MergeSummary = {
  added: 12,
  updated: 3,
  deactivated: 2,
  reactivated: 1,
  unchanged: 1200,
  staff: { added: 1, updated: 0, deactivated: 1, unchanged: 60 },
  classes: { added: 4, updated: 2, removed: 1, unchanged: 300 },
  guardians: { added: 20, updated: 5, deactivated: 3, unchanged: 400 },
  imported: { students: 1216, staff: 61, classes: 306, guardians: 425 },
};

describe("rosterPreviewLines", () => {
  it("says what would be added, updated and made inactive, and each language's sources", () => {
    const lines = rosterPreviewLines({
      summary,
      languages: [
        { language: "en", total: 300, from: { default: 300 } },
        { language: "es", total: 120, from: { guardian: 40, student: 80 } },
        { language: "vi", total: 5, from: { languages: 5 } },
      ],
      addedGrades: ["9"],
      warnings: ["users.csv row 3 (…): no email"],
      problems: [],
    });
    expect(lines).toEqual([
      "Students: 12 added, 3 updated, 2 made inactive, 1 back, 1,200 unchanged.",
      "Staff: 1 added, 0 updated, 1 made inactive, 60 unchanged.",
      "Guardians: 20 added, 5 updated, 3 made inactive, 400 unchanged.",
      "Classes: 4 added, 2 updated, 1 removed, 300 unchanged.",
      "Guardians' languages: en 300 (school default), es 120 (40 from the guardian's row, 80 from the student's row), vi 5 (from languages.csv).",
      "Grades to add to Settings, each with its comments tab: 9.",
      "1 warning: imported, to fix in the SIS when you can.",
      "Nothing is refused. Nothing is written until this is applied, and applying writes exactly this.",
    ]);
  });

  it("leaves out languages and grades when there are none", () => {
    const lines = rosterPreviewLines({ summary, languages: [], warnings: [], problems: [] });
    expect(lines).not.toContainEqual(expect.stringMatching(/languages|Grades/));
    expect(lines).toContain("No warnings.");
  });

  it("says nothing can be imported when there are problems, and how many", () => {
    expect(
      rosterPreviewLines({ warnings: ["a", "b"], problems: ["users.csv row 2: x", "y"] }),
    ).toEqual([
      "Nothing can be imported: 2 problems to fix, listed below.",
      "2 warnings: imported, to fix in the SIS when you can.",
    ]);
  });
});
