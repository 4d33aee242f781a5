/* The classroom template: classroom purposes, the "I'm good" questions, and no advisor's parts. */
import { classroomTemplate } from "../../../src/domain/conference-docs/classroom-template";
import type { Block } from "../../../src/domain/conference-docs/default-template";
import { PLACEHOLDERS, SECTIONS } from "../../../src/domain/conference-docs/template";

const sections = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === "section" ? [b.name] : []));
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === "section") return texts(b.blocks);
    if (b.kind === "checklist" || b.kind === "bullets") return [...b.items];
    if (b.kind === "table") return [];
    return [b.text];
  });

describe("the classroom template", () => {
  const blocks = classroomTemplate();

  it("offers the classroom purposes, I'm good last", () => {
    const purpose = blocks.find((b) => b.kind === "section" && b.name === SECTIONS.purpose);
    expect(purpose && purpose.kind === "section" && purpose.blocks[1]).toEqual({
      kind: "checklist",
      items: [
        "Goals and progress",
        "1:1 coaching on a piece of work",
        "Feedback",
        "Something else: ",
        "I'm good",
      ],
    });
  });

  it("asks what is going well and what to get better at, right after the purposes", () => {
    const names = sections(blocks);
    expect(names.indexOf(SECTIONS.goingWell)).toBe(names.indexOf(SECTIONS.purpose) + 1);
    expect(texts(blocks)).toEqual(
      expect.arrayContaining([
        "If you ticked “I'm good”:",
        "What is going well? ",
        "What would you like to get better at? ",
      ]),
    );
  });

  it("names the teacher, keeps the plan and Looking back, and leaves out the advisor's parts", () => {
    expect(texts(blocks)).toContain(`Teacher: ${PLACEHOLDERS.advisor}`);
    expect(texts(blocks).some((t) => t.startsWith("Guardians:"))).toBe(false);
    expect(sections(blocks)).toEqual(
      expect.arrayContaining([
        SECTIONS.conferenceTime,
        SECTIONS.lastTime,
        SECTIONS.earlierDocs,
        SECTIONS.questions,
        SECTIONS.plan,
        SECTIONS.nextSteps,
      ]),
    );
    for (const name of [
      SECTIONS.teacherComments,
      SECTIONS.parentCommunication,
      SECTIONS.rehearsal,
      SECTIONS.reflection,
    ])
      expect(sections(blocks)).not.toContain(name);
  });
});
