/*
 * What a guardian update says and to whom: the plan read from the student's doc, filled into the
 * school's subject and body templates (placeholders replaced literally), one draft per language
 * among the student's guardians, and guardians without a usable email reported and skipped.
 */
import type { Guardian } from "../roster/model";
import { normalizeLanguageTag } from "./language-tag";
import type { Address } from "./mime";

export interface PlanText {
  readonly goal: string;
  readonly nextSteps: string;
  readonly teacherSupport: string;
}

export interface UpdateInput {
  readonly studentId: string;
  readonly studentName: string;
  readonly advisor: Address;
  readonly guardians: readonly Guardian[];
  readonly plan: PlanText;
  readonly term: string;
  readonly defaultLanguage: string;
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  /** Further placeholders, such as the booked time or the sign-up link. */
  readonly values?: Readonly<Record<string, string>>;
  /** In the advisor's letter, the student's first-person words are quoted and attributed. */
  readonly quoteStudent?: boolean;
}

export interface PlannedDraft {
  readonly studentId: string;
  readonly language: string;
  readonly to: readonly Address[];
  readonly subject: string;
  readonly text: string;
  /** True when the text must be translated from the school's default language. */
  readonly translate: boolean;
}

export interface SkippedGuardian {
  readonly studentId: string;
  readonly guardian: string;
  readonly reason: string;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** One pass over the template: a value is inserted as it is and never read again. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : placeholder,
  );
}

function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

function baseLanguage(code: string): string {
  return normalizeLanguageTag(code);
}

const FIRST_PERSON = /^(i|i'm|i’m|i'll|i’ll|i've|i’ve|my|me|we|our)\b/i;

/** The student's own first-person words, quoted and attributed so they do not read as the writer's. */
export function inStudentsWords(text: string, studentName: string): string {
  const trimmed = text.trim();
  if (!FIRST_PERSON.test(trimmed)) return text;
  const first = studentName.split(" ")[0] || studentName;
  return `in ${first}'s words, “${trimmed}”`;
}

export function planUpdate(input: UpdateInput): {
  drafts: PlannedDraft[];
  skipped: SkippedGuardian[];
} {
  const skipped: SkippedGuardian[] = [];
  const byLanguage = new Map<string, Guardian[]>();
  for (const guardian of input.guardians) {
    if (!EMAIL.test(guardian.email.trim())) {
      skipped.push({
        studentId: input.studentId,
        guardian: guardian.name || "(no name)",
        reason:
          guardian.email.trim() === ""
            ? "has no email address"
            : `has an invalid email address “${guardian.email}”`,
      });
      continue;
    }
    const language = normalizeLanguageTag(guardian.language.trim() || input.defaultLanguage);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), guardian]);
  }
  const drafts = [...byLanguage.entries()].map(([language, guardians]) => {
    const quote = (text: string) =>
      input.quoteStudent ? inStudentsWords(text, input.studentName) : text;
    const values = {
      ...input.values,
      guardian_names: names(guardians.map((g) => g.name)),
      student_name: input.studentName,
      goal: quote(input.plan.goal),
      next_steps: quote(input.plan.nextSteps),
      teacher_support: quote(input.plan.teacherSupport),
      advisor_name: input.advisor.name,
      term: input.term,
    };
    return {
      studentId: input.studentId,
      language,
      to: guardians.map((g) => ({ name: g.name, email: g.email.trim().toLowerCase() })),
      subject: fillTemplate(input.subjectTemplate, values),
      text: fillTemplate(input.bodyTemplate, values),
      translate: baseLanguage(language) !== baseLanguage(input.defaultLanguage),
    };
  });
  return { drafts, skipped };
}

export const ORIGINAL_DIVIDER = "——— Original ———";

/** A translated draft carries the original text beneath it. */
export function withOriginal(translated: string, original: string): string {
  return `${translated}\n\n${ORIGINAL_DIVIDER}\n\n${original}`;
}
