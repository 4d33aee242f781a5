/* Who sees and marks which check-ins, the goal texts read from a SMART table, and the reminder's words and recipients. */
import { SECTIONS } from "../../../src/domain/conference-docs/template";
import type { DocJson } from "../../../src/domain/doc/doc-json";
import { requireOwnAdvisee, visibleCheckIns } from "../../../src/domain/goal-check-ins/access";
import type { CheckIn } from "../../../src/domain/goal-check-ins/check-ins";
import { goalTextsOf } from "../../../src/domain/goal-check-ins/goal-text";
import { CHECK_IN_TAG, checkInReminder } from "../../../src/domain/goal-check-ins/reminder";
import type { Person, Role } from "../../../src/domain/roles";

const checkIn = (docId: string, advisorEmail: string): CheckIn => ({
  docId,
  studentId: docId,
  studentName: `Student ${docId}`,
  advisorEmail,
  round: "Fall 2026",
  goalDate: "2027-01-20",
  conferenceDay: "2026-11-25",
  state: "upcoming",
  markedBy: "",
  markedAt: "",
  lineWritten: "",
  reminderDraftedAt: "",
  reminderDraftId: "",
});
const person = (email: string, ...roles: Role[]): Person => ({ email, roles: new Set(roles) });
const advisorOf = (c: CheckIn) => c.advisorEmail;
const all = [checkIn("1", "a@school.test"), checkIn("2", "b@school.test")];

describe("who sees and marks check-ins", () => {
  it("shows an advisor their own advisees', a coordinator every one, a teacher or student none", () => {
    expect(visibleCheckIns(person("a@school.test", "advisor"), all, advisorOf)).toEqual([all[0]]);
    expect(visibleCheckIns(person("c@school.test", "coordinator"), all, advisorOf)).toEqual(all);
    expect(visibleCheckIns(person("a@school.test", "teacher"), all, advisorOf)).toEqual([]);
    expect(visibleCheckIns(person("a@school.test", "student"), all, advisorOf)).toEqual([]);
  });

  it("lets only the student's advisor mark, saying whose advisee it is", () => {
    expect(() =>
      requireOwnAdvisee(person("a@school.test", "advisor"), all[0]!, advisorOf, "mark it"),
    ).not.toThrow();
    expect(() =>
      requireOwnAdvisee(person("b@school.test", "advisor"), all[0]!, advisorOf, "mark it"),
    ).toThrow("Only Student 1's advisor (a@school.test) can mark it; b@school.test cannot.");
    expect(() =>
      requireOwnAdvisee(person("c@school.test", "coordinator"), all[0]!, advisorOf, "mark it"),
    ).toThrow(/^Only Student 1's advisor/);
  });
});

describe("goalTextsOf", () => {
  it("reads the Time-bound row first, then the other rows and the student's own words", () => {
    const cell = (text: string, at: number) => ({
      content: [
        {
          startIndex: at,
          endIndex: at + text.length + 1,
          paragraph: { elements: [{ textRun: { content: `${text}\n` } }] },
        },
      ],
    });
    const rows = [
      ["Specific", "Read two books"],
      ["Measurable", ""],
      ["Time-bound", "by 3/15"],
    ].map(([label, text], i) => ({
      tableCells: [cell(label!, 16 + i * 38), cell(text!, 32 + i * 38)],
    }));
    const doc: DocJson = {
      body: {
        content: [
          {
            startIndex: 1,
            endIndex: 15,
            paragraph: {
              elements: [{ startIndex: 1, endIndex: 15, textRun: { content: "My SMART goal\n" } }],
            },
          },
          { startIndex: 15, endIndex: 130, table: { tableRows: rows } },
          {
            startIndex: 130,
            endIndex: 170,
            paragraph: {
              elements: [
                {
                  startIndex: 130,
                  endIndex: 170,
                  textRun: { content: "My goal in my own words: more books\n" },
                },
              ],
            },
          },
        ],
      },
      namedRanges: {
        [SECTIONS.plan]: { namedRanges: [{ ranges: [{ startIndex: 1, endIndex: 170 }] }] },
      },
    };
    expect(goalTextsOf(doc)).toEqual(["by 3/15", "Read two books", "more books"]);
  });
});

describe("checkInReminder", () => {
  it("goes to the advisor and the student, tagged, with the day and the doc's link", () => {
    const advisor = { name: "Niamh Zhang", email: "niamh.zhang@school.test" };
    const student = { name: "Valentina Chen", email: "valentina.chen@school.test" };
    const message = checkInReminder(
      {
        advisor,
        student,
        goalDate: "2027-01-20",
        round: "Fall 2026",
        docUrl: "https://docs.example/d/1",
      },
      "Fall 2026/1",
    );
    expect(message.from).toEqual(advisor);
    expect(message.to).toEqual([advisor, student]);
    expect(message.subject).toBe("Check-in on your goal: Wednesday, January 20, 2027");
    expect(message.text).toContain("Hello Valentina Chen,");
    expect(message.text).toContain("https://docs.example/d/1");
    expect(message.headers).toEqual({ [CHECK_IN_TAG]: "Fall 2026/1" });
  });
});
