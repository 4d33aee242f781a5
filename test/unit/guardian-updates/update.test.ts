/* A guardian update: one draft per language, placeholders filled literally, bad emails skipped. */
import { planUpdate, withOriginal } from "../../../src/domain/guardian-updates/update";

const input = {
  studentId: "S1",
  studentName: "Zoë O'Brien",
  advisor: { name: "Ana Díaz", email: "ana.diaz@school.test" },
  guardians: [
    { name: "Mai Nguyễn", email: "mai@gmail.test", language: "vi", relationship: "Mother" },
    { name: "Sean O'Brien", email: "sean@outlook.test", language: "en", relationship: "Father" },
    { name: "Bà Lan", email: "lan@gmail.test", language: "vi", relationship: "Grandmother" },
    { name: "No Mail", email: "", language: "en", relationship: "Uncle" },
    { name: "Typo", email: "typo@", language: "fr", relationship: "Aunt" },
  ],
  plan: {
    goal: "Read $1 {{term}} daily",
    nextSteps: "Library visit",
    teacherSupport: "Weekly check-in",
  },
  term: "Fall 2026",
  defaultLanguage: "en",
  subjectTemplate: "{{student_name}}: plan for {{term}}",
  bodyTemplate: "Dear {{guardian_names}}, goal: {{goal}}. {{advisor_name}}",
};

describe("planUpdate", () => {
  const { drafts, skipped } = planUpdate(input);

  it("makes one draft per language, shared by the guardians who speak it", () => {
    expect(drafts.map((d) => [d.language, d.to.map((t) => t.email), d.translate])).toEqual([
      ["vi", ["mai@gmail.test", "lan@gmail.test"], true],
      ["en", ["sean@outlook.test"], false],
    ]);
  });

  it("fills placeholders literally, never reading the plan as a pattern or a placeholder", () => {
    expect(drafts[1]!.subject).toBe("Zoë O'Brien: plan for Fall 2026");
    expect(drafts[0]!.text).toBe(
      "Dear Mai Nguyễn and Bà Lan, goal: Read $1 {{term}} daily. Ana Díaz",
    );
  });

  it("reports and skips guardians without a usable email", () => {
    expect(skipped).toEqual([
      { studentId: "S1", guardian: "No Mail", reason: "has no email address" },
      { studentId: "S1", guardian: "Typo", reason: "has an invalid email address “typo@”" },
    ]);
  });

  it("puts the original beneath a translation", () => {
    expect(withOriginal("Xin chào", "Hello")).toBe("Xin chào\n\n——— Original ———\n\nHello");
  });
});

describe("the student's own words in the advisor's letter", () => {
  it("quotes and attributes first-person text, leaves the rest as it is", () => {
    const { drafts } = planUpdate({
      ...input,
      guardians: [input.guardians[1]!],
      plan: {
        goal: "My math teacher will check my homework",
        nextSteps: "Library visit",
        teacherSupport: "I will ask for help",
      },
      bodyTemplate: "Goal: {{goal}}. Next: {{next_steps}}. Support: {{teacher_support}}.",
      quoteStudent: true,
    });
    expect(drafts[0]!.text).toBe(
      "Goal: in Zoë's words, “My math teacher will check my homework”. Next: Library visit. Support: in Zoë's words, “I will ask for help”.",
    );
  });

  it("keeps the student's first person in the student's own letter", () => {
    const { drafts } = planUpdate({
      ...input,
      guardians: [input.guardians[1]!],
      plan: { ...input.plan, goal: "My goal" },
      bodyTemplate: "{{goal}}",
    });
    expect(drafts[0]!.text).toBe("My goal");
  });
});

describe("language tags", () => {
  it("groups guardians whose tags differ only in case, in one conventional case", () => {
    const { drafts } = planUpdate({
      ...input,
      guardians: [
        { name: "A", email: "a@gmail.test", language: "zh-cn", relationship: "Mother" },
        { name: "B", email: "b@gmail.test", language: "ZH-CN", relationship: "Father" },
      ],
    });
    expect(drafts.map((d) => d.language)).toEqual(["zh-CN"]);
  });
});
