/* Doc names, folders and placeholder values for a student's conference doc (DESIGN.md section 4). */
import { placeholderValues, replacements } from "../../../src/domain/conference-docs/fill";
import {
  conferenceDocName,
  conferenceFolderPath,
  displayName,
} from "../../../src/domain/conference-docs/naming";
import {
  checkTemplate,
  describeTemplateCheck,
  PLACEHOLDERS,
  SECTIONS,
} from "../../../src/domain/conference-docs/template";

const zoe = { givenName: "Zoë", familyName: "O'Brien-Nguyễn", preferredName: "Zo", grade: "7" };

describe("conference doc names and folders", () => {
  it("names the doc {Family}, {Given} · {Round}", () => {
    expect(conferenceDocName(zoe, "Fall 2026")).toBe("O'Brien-Nguyễn, Zoë · Fall 2026");
  });

  it("files the doc under term, grade and advisor", () => {
    expect(
      conferenceFolderPath("Fall 2026", "7", { name: "Ana Díaz", email: "ana@school.test" }),
    ).toEqual(["Fall 2026", "Grade 7", "Ana Díaz (ana@school.test)"]);
  });

  it("keys the host's folder by email, so namesakes and slashes never share a folder", () => {
    const kim = (email: string) =>
      conferenceFolderPath("Fall 2026", "7", { name: "Alex Kim", email });
    expect(kim("alex.kim@school.test")).not.toEqual(kim("alex.kim2@school.test"));
    expect(
      conferenceFolderPath("Fall 2026", "7", { name: "Smith/Jones", email: "sj@school.test" })[2],
    ).toBe("Smith/Jones (sj@school.test)");
  });

  it("files a student imported without an advisor or a grade in folders that say so", () => {
    expect(conferenceFolderPath("Fall 2026", "7", { name: "", email: "" })).toEqual([
      "Fall 2026",
      "Grade 7",
      "Needs an advisor",
    ]);
    expect(
      conferenceFolderPath("Fall 2026", "", { name: "Ana Díaz", email: "ana@school.test" }),
    ).toEqual(["Fall 2026", "No grade yet", "Ana Díaz (ana@school.test)"]);
  });

  it("calls the student by their preferred name", () => {
    expect(displayName(zoe)).toBe("Zo O'Brien-Nguyễn");
    expect(displayName({ ...zoe, preferredName: " " })).toBe("Zoë O'Brien-Nguyễn");
  });
});

describe("placeholder values", () => {
  const context = {
    student: zoe,
    advisorName: "Ana Díaz",
    guardianNames: ["Mai Nguyễn", "Sean O'Brien"],
    term: "Fall 2026",
    schoolName: "Rosa Parks",
    conferenceTime: "",
  };

  it("fills every placeholder, saying when no conference is booked yet", () => {
    expect(placeholderValues(context)).toEqual({
      student: "Zo O'Brien-Nguyễn",
      grade: "7",
      advisor: "Ana Díaz",
      conference: "not scheduled yet",
      guardians: "Mai Nguyễn, Sean O'Brien",
      term: "Fall 2026",
      school: "Rosa Parks",
    });
  });

  /** Docs runs replaceAllText requests one after another, each over the whole text. */
  const applied = (text: string, pairs: readonly { find: string; replace: string }[]) =>
    pairs.reduce((doc, pair) => doc.split(pair.find).join(pair.replace), text);
  const template = `${PLACEHOLDERS.student} · ${PLACEHOLDERS.grade} · ${PLACEHOLDERS.advisor}`;

  it("keeps user text that looks like a pattern or a placeholder as it is, filled once", () => {
    const pairs = replacements({ ...context, advisorName: "$1 (.*) {{grade}}" });
    expect(applied(template, pairs)).toBe(`Zo O'Brien-Nguyễn · 7 · $1 (.*) {{grade}}`);
  });

  it("leaves a student named after a placeholder literal", () => {
    const named = {
      ...context,
      student: { ...context.student, givenName: "{{advisor_name}}", preferredName: "" },
    };
    const text = applied(template, replacements(named));
    expect(text).toBe(`{{advisor_name}} O'Brien-Nguyễn · 7 · ${context.advisorName}`);
  });
});

describe("checkTemplate", () => {
  it("names each missing placeholder and section", () => {
    const check = checkTemplate("Hello {{student_name}}", []);
    expect(describeTemplateCheck(check)).toBe(
      "The template cannot be used: it lacks the placeholders {{grade}}, {{advisor_name}}; and it lacks the named ranges confer.teacher_comments.",
    );
  });

  it("accepts a template with everything Confer needs", () => {
    const text = `${PLACEHOLDERS.student} ${PLACEHOLDERS.grade} ${PLACEHOLDERS.advisor}`;
    expect(checkTemplate(text, [SECTIONS.teacherComments])).toEqual({
      missingPlaceholders: [],
      missingSections: [],
    });
  });
});
