/*
 * The 4Ps conference template: the placeholders Confer fills when it makes a student's copy, the
 * named ranges of the sections Confer manages, and the check of a coordinator's own template.
 */

export const PLACEHOLDERS = {
  student: "{{student_name}}",
  grade: "{{grade}}",
  advisor: "{{advisor_name}}",
  conference: "{{conference_time}}",
  guardians: "{{guardians}}",
  term: "{{term}}",
  school: "{{school_name}}",
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

/** Named ranges Confer finds its sections by; student edits elsewhere never move them. */
export const SECTIONS = {
  conferenceTime: "confer.conference_time",
  purpose: "confer.purpose",
  questions: "confer.questions",
  artifacts: "confer.artifacts",
  reflection: "confer.reflection",
  rehearsal: "confer.rehearsal",
  teacherComments: "confer.teacher_comments",
  conferenceHeld: "confer.conference_held",
  plan: "confer.plan",
  nextSteps: "confer.next_steps",
  teacherSupport: "confer.teacher_support",
  parentCommunication: "confer.parent_communication",
  lastTime: "confer.last_time",
  earlierDocs: "confer.earlier_docs",
  /** A classroom doc's "I'm good" questions. */
  goingWell: "confer.going_well",
} as const;

export type SectionKey = keyof typeof SECTIONS;

export const REQUIRED_PLACEHOLDERS: readonly PlaceholderKey[] = ["student", "grade", "advisor"];
export const REQUIRED_SECTIONS: readonly SectionKey[] = ["teacherComments"];

export interface TemplateCheck {
  readonly missingPlaceholders: readonly string[];
  readonly missingSections: readonly string[];
}

export function checkTemplate(text: string, namedRanges: readonly string[]): TemplateCheck {
  const names = new Set(namedRanges);
  return {
    missingPlaceholders: REQUIRED_PLACEHOLDERS.map((key) => PLACEHOLDERS[key]).filter(
      (placeholder) => !text.includes(placeholder),
    ),
    missingSections: REQUIRED_SECTIONS.map((key) => SECTIONS[key]).filter((n) => !names.has(n)),
  };
}

export function templateIsUsable(check: TemplateCheck): boolean {
  return check.missingPlaceholders.length === 0 && check.missingSections.length === 0;
}

export function describeTemplateCheck(check: TemplateCheck): string {
  const parts: string[] = [];
  if (check.missingPlaceholders.length > 0) {
    parts.push(`it lacks the placeholders ${check.missingPlaceholders.join(", ")}`);
  }
  if (check.missingSections.length > 0) {
    parts.push(`it lacks the named ranges ${check.missingSections.join(", ")}`);
  }
  return parts.length === 0
    ? "The template has every placeholder and section Confer needs."
    : `The template cannot be used: ${parts.join("; and ")}.`;
}
