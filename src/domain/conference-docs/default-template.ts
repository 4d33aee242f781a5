/*
 * The default 4Ps conference template as an outline of blocks: the header, Looking back (the last
 * round's plan and the student's earlier docs), Purpose, Preparation
 * (questions, artifacts, reflection), Teacher comments, Post-Conference Plan (when the
 * conference was held, the SMART goal, next steps, teacher support) and Parent Communication.
 * The Docs adapter writes it; named sections become named ranges.
 */
import { PLACEHOLDERS, SECTIONS } from "./template";

export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "subheading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "checklist"; readonly items: readonly string[] }
  | { readonly kind: "bullets"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: "section"; readonly name: string; readonly blocks: readonly Block[] };

export const SENTENCE_STARTERS = [
  "This artifact shows I am succeeding with…",
  "…still challenged by…",
  "In the future, I will…",
  "I used to… Now I…",
  "I am still puzzled by…",
] as const;

export const ARTIFACT_HEADER = [
  "Artifact (link)",
  "Subject",
  "Shows I am succeeding with…",
  "Still challenged by…",
  "In the future I will…",
];

export const PURPOSE_PROMPT = "Choose the purpose of your conference (tick one with ☑):";
export const QUESTION_PROMPT = "My first question: ";
export const SMART_GOAL_HEADING = "My SMART goal";
export const NEXT_STEPS_HEADING = "My next steps";
export const TEACHER_SUPPORT_HEADING = "How my teachers will support me";
export const HELD_PROMPT = "Conference held on (date):";
export const OWN_WORDS_PROMPT = "My goal in my own words:";

export const REFLECTION_PROMPTS = ["Academically:", "Socially:", "Emotionally:"] as const;
export const REHEARSAL_PROMPT = "Before my conference I can…";
export const REHEARSAL_ITEMS = [
  "say my purpose in one sentence",
  "show an artifact for each subject",
  "ask at least one question",
  "say my goal in my own words",
  "speak clearly and look at my listeners",
];

export const LOOKING_BACK_HEADING = "Looking back";
export const EARLIER_DOCS_HEADING = "My earlier conference docs";
export const LAST_TIME_FILLER = "Confer writes your plan from last time here.";
export const EARLIER_DOCS_FILLER = "Confer lists your earlier conference docs here.";

export const DEFAULT_TEMPLATE_NAME = "Confer · 4Ps conference template";

/**
 * A plain empty paragraph after a section Confer replaces whole: replacing a range of whole
 * paragraphs takes its last newline, so the text joins the paragraph after it and takes that
 * paragraph's style; this keeps the section's text plain rather than a heading.
 */
const SECTION_END: Block = { kind: "paragraph", text: "" };

export function defaultTemplate(): readonly Block[] {
  return [
    { kind: "title", text: `Student-led conference: ${PLACEHOLDERS.student}` },
    { kind: "paragraph", text: `Grade ${PLACEHOLDERS.grade} · ${PLACEHOLDERS.term}` },
    { kind: "paragraph", text: `Advisor: ${PLACEHOLDERS.advisor}` },
    {
      kind: "section",
      name: SECTIONS.conferenceTime,
      blocks: [{ kind: "paragraph", text: `Conference: ${PLACEHOLDERS.conference}` }],
    },
    { kind: "paragraph", text: `Guardians: ${PLACEHOLDERS.guardians}` },
    { kind: "heading", text: LOOKING_BACK_HEADING },
    {
      kind: "section",
      name: SECTIONS.lastTime,
      blocks: [{ kind: "paragraph", text: LAST_TIME_FILLER }],
    },
    SECTION_END,
    { kind: "subheading", text: EARLIER_DOCS_HEADING },
    {
      kind: "section",
      name: SECTIONS.earlierDocs,
      blocks: [{ kind: "paragraph", text: EARLIER_DOCS_FILLER }],
    },
    SECTION_END,
    { kind: "heading", text: "1. Purpose" },
    {
      kind: "section",
      name: SECTIONS.purpose,
      blocks: [
        { kind: "paragraph", text: PURPOSE_PROMPT },
        {
          kind: "checklist",
          items: [
            "Goals and progress",
            "1:1 coaching",
            "Feedback on a piece of work",
            "Sharing my portfolio",
            "Something else: ",
          ],
        },
      ],
    },
    { kind: "heading", text: "2. Preparation" },
    { kind: "subheading", text: "What I will bring" },
    { kind: "bullets", items: ["At least one artifact per subject", "At least one question"] },
    {
      kind: "section",
      name: SECTIONS.questions,
      blocks: [
        { kind: "subheading", text: "My questions" },
        { kind: "bullets", items: [QUESTION_PROMPT] },
      ],
    },
    {
      kind: "section",
      name: SECTIONS.artifacts,
      blocks: [
        { kind: "subheading", text: "My artifacts" },
        { kind: "table", rows: [ARTIFACT_HEADER, ["", "", "", "", ""], ["", "", "", "", ""]] },
      ],
    },
    {
      kind: "section",
      name: SECTIONS.reflection,
      blocks: [
        { kind: "subheading", text: "How I am doing" },
        { kind: "paragraph", text: "Sentence starters you can use:" },
        { kind: "bullets", items: [...SENTENCE_STARTERS] },
        ...REFLECTION_PROMPTS.map((prompt) => ({ kind: "paragraph" as const, text: `${prompt} ` })),
      ],
    },
    {
      kind: "section",
      name: SECTIONS.rehearsal,
      blocks: [
        { kind: "subheading", text: "Rehearsal checklist" },
        { kind: "paragraph", text: REHEARSAL_PROMPT },
        { kind: "checklist", items: REHEARSAL_ITEMS },
      ],
    },
    { kind: "heading", text: "3. Teacher comments" },
    {
      kind: "section",
      name: SECTIONS.teacherComments,
      blocks: [{ kind: "paragraph", text: "Your advisor will add your teachers' comments here." }],
    },
    { kind: "heading", text: "4. Post-Conference Plan" },
    {
      kind: "section",
      name: SECTIONS.conferenceHeld,
      blocks: [{ kind: "paragraph", text: `${HELD_PROMPT} ` }],
    },
    {
      kind: "section",
      name: SECTIONS.plan,
      blocks: [
        { kind: "subheading", text: SMART_GOAL_HEADING },
        {
          kind: "table",
          rows: [
            ["Specific", ""],
            ["Measurable", ""],
            ["Achievable", ""],
            ["Relevant", ""],
            ["Time-bound", ""],
          ],
        },
        { kind: "paragraph", text: `${OWN_WORDS_PROMPT} ` },
      ],
    },
    {
      kind: "section",
      name: SECTIONS.nextSteps,
      blocks: [
        { kind: "subheading", text: NEXT_STEPS_HEADING },
        { kind: "bullets", items: [""] },
      ],
    },
    {
      kind: "section",
      name: SECTIONS.teacherSupport,
      blocks: [
        { kind: "subheading", text: TEACHER_SUPPORT_HEADING },
        { kind: "bullets", items: [""] },
      ],
    },
    { kind: "heading", text: "5. Parent Communication" },
    {
      kind: "section",
      name: SECTIONS.parentCommunication,
      blocks: [
        { kind: "paragraph", text: "How I will tell my family:" },
        { kind: "checklist", items: ["Email", "Audio update", "Conversation"] },
        { kind: "paragraph", text: "Summary: " },
        { kind: "paragraph", text: "Sent on: " },
      ],
    },
  ];
}
