/*
 * What the demo's teachers write: a few comments per course in a teacher's voice, picked per
 * class and student so every run writes the same ones. The very first comment starts with "="
 * and must be stored as text, not run as a formula.
 */

const BY_COURSE: Readonly<Record<string, readonly string[]>> = {
  Math: [
    "{name} checks each answer against an estimate first, which catches most slips. Next: show every step on multi-part problems.",
    "{name} is solid on ratios and needs more practice with negative numbers; the Tuesday help session would pay off.",
    "Homework is always in. {name} should ask sooner when a problem set gets hard instead of leaving it blank.",
  ],
  English: [
    "{name}'s personal narrative had a vivid opening. Revising for paragraph structure is the next step.",
    "{name} reads widely and contributes thoughtfully to discussions; written responses need more evidence from the text.",
    "Strong growth in vocabulary this term. {name} should proofread before handing work in — small errors cost points.",
  ],
  Science: [
    "{name} designs careful experiments and records data neatly. Lab conclusions should explain the why, not just the what.",
    "{name} asks excellent questions in class. Finishing lab write-ups on time is the goal for next month.",
    "Great teamwork in the ecosystem project; {name} helped the group stay on task.",
  ],
  "Social Studies": [
    "{name}'s research on the Silk Road used three good sources. Citing them properly is the next step.",
    "{name} participates confidently in debates and could take more care with map and timeline work.",
    "Thoughtful reflections in the journal; {name} should keep up with the weekly reading.",
  ],
  Spanish: [
    "¡Muy bien, {name}! Pronunciation is clear and confident; keep practicing the past tense (el pretérito).",
    "{name} understands most of what is said in class. Next step: speak up more, even with mistakes — ¡ánimo!",
    "Vocabulary quizzes are excellent. {name} should review accents (á, é, ñ) when writing.",
  ],
  Art: [
    "{name}'s still-life drawing shows real attention to shading. Keep the sketchbook going over the break.",
    "Creative ideas and a willing experimenter; {name} should plan a little before starting a piece.",
  ],
  Music: [
    "{name} keeps a steady rhythm and reads notation well. Practicing the scales at home will help with the spring concert.",
    "A reliable ensemble member; {name} could volunteer for a solo part.",
  ],
  PE: [
    "{name} shows good sportsmanship and encourages classmates. Work on consistent effort in the fitness units.",
    "Always dressed and ready. {name}'s endurance has improved a lot since September.",
  ],
};

const GENERAL = [
  "{name} works steadily and is kind to classmates. Keep asking questions when something is unclear.",
  "{name} has made good progress this term; staying organized with deadlines is the next step.",
];

/** The comment written first, stored as text although it looks like a formula. */
export const FORMULA_LOOKING =
  "=A+ on the end-of-unit project: {name} explained every step clearly.";

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

export function commentFor(course: string, classId: string, studentId: string, name: string) {
  const texts = BY_COURSE[course] ?? GENERAL;
  return texts[hash(`${classId} ${studentId}`) % texts.length]!.replaceAll("{name}", name);
}

export function formulaLookingComment(name: string): string {
  return FORMULA_LOOKING.replaceAll("{name}", name);
}
