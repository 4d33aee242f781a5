/*
 * The classroom variant of the default 4Ps template, built from it: a 1:1 with the class teacher,
 * with classroom purposes ("I'm good" among them, which asks what is going well and what to get
 * better at, so the time is never empty), the student's questions and work, and the plan. The
 * advisor's parts (teacher comments, rehearsal, reflection, parent communication) are left out.
 */
import { type Block, defaultTemplate, PURPOSE_PROMPT } from "./default-template";
import { PLACEHOLDERS, SECTIONS } from "./template";

export const CLASSROOM_TEMPLATE_NAME = "Confer · 4Ps classroom conference template";

export const CLASSROOM_PURPOSES = [
  "Goals and progress",
  "1:1 coaching on a piece of work",
  "Feedback",
  "Something else: ",
  "I'm good",
] as const;

export const IM_GOOD_PROMPT = "If you ticked “I'm good”:";
export const GOING_WELL_PROMPTS = [
  "What is going well? ",
  "What would you like to get better at? ",
] as const;

const LEFT_OUT: ReadonlySet<string> = new Set([
  SECTIONS.teacherComments,
  SECTIONS.rehearsal,
  SECTIONS.reflection,
  SECTIONS.parentCommunication,
]);
const LEFT_OUT_HEADINGS: ReadonlySet<string> = new Set([
  "3. Teacher comments",
  "5. Parent Communication",
]);

const RENAMED: Readonly<Record<string, string>> = {
  "4. Post-Conference Plan": "3. Post-Conference Plan",
};

function classroomPurpose(): Block {
  return {
    kind: "section",
    name: SECTIONS.purpose,
    blocks: [
      { kind: "paragraph", text: PURPOSE_PROMPT },
      { kind: "checklist", items: [...CLASSROOM_PURPOSES] },
    ],
  };
}

function goingWell(): Block {
  return {
    kind: "section",
    name: SECTIONS.goingWell,
    blocks: [
      { kind: "paragraph", text: IM_GOOD_PROMPT },
      ...GOING_WELL_PROMPTS.map((text) => ({ kind: "paragraph" as const, text })),
    ],
  };
}

function adapt(block: Block): Block[] {
  if (block.kind === "section" && block.name === SECTIONS.purpose)
    return [classroomPurpose(), goingWell()];
  if (block.kind === "section" && LEFT_OUT.has(block.name)) return [];
  if (block.kind === "heading" && LEFT_OUT_HEADINGS.has(block.text)) return [];
  if (block.kind === "heading" && RENAMED[block.text])
    return [{ ...block, text: RENAMED[block.text]! }];
  if (block.kind === "title")
    return [{ kind: "title", text: `Classroom conference: ${PLACEHOLDERS.student}` }];
  if (block.kind === "paragraph" && block.text === `Advisor: ${PLACEHOLDERS.advisor}`)
    return [{ kind: "paragraph", text: `Teacher: ${PLACEHOLDERS.advisor}` }];
  if (block.kind === "paragraph" && block.text.startsWith("Guardians: ")) return [];
  if (block.kind === "bullets" && block.items.includes("At least one artifact per subject"))
    return [
      { kind: "bullets", items: ["The piece of work we will look at", "At least one question"] },
    ];
  return [block];
}

export function classroomTemplate(): readonly Block[] {
  return defaultTemplate().flatMap(adapt);
}
