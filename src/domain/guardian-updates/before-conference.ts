/*
 * The words of the updates sent before a conference is held, in the advisor's voice and in the
 * student's: a note of the booked time with what the student is preparing, and an invitation to
 * book (with the family's sign-up link when there is one).
 */
import { describeSlotTime } from "../schedule/zoned-time";
import type { ConferenceState, UpdateKind } from "./update-kind";

export interface UpdateTemplates {
  readonly subject: string;
  readonly body: string;
}

const ADVISOR: Readonly<Record<Exclude<UpdateKind, "met">, UpdateTemplates>> = {
  booked: {
    subject: "{{student_name}}'s {{term}} conference: {{conference_time}}",
    body: [
      "Dear {{guardian_names}},",
      "",
      "{{student_name}}'s {{term}} conference with me is booked for {{conference_time}}.",
      "",
      "{{preparing}}",
      "",
      "I will write to you with the plan we make once we have met.",
      "",
      "{{advisor_name}}",
    ].join("\n"),
  },
  invite: {
    subject: "Please book {{student_name}}'s {{term}} conference",
    body: [
      "Dear {{guardian_names}},",
      "",
      "{{student_name}} does not have a {{term}} conference time with me yet.",
      "",
      "{{how_to_book}}",
      "",
      "{{advisor_name}}",
    ].join("\n"),
  },
};

const STUDENT: Readonly<Record<Exclude<UpdateKind, "met">, UpdateTemplates>> = {
  booked: {
    subject: "My {{term}} conference: {{conference_time}}",
    body: [
      "Dear {{guardian_names}},",
      "",
      "My {{term}} conference with {{advisor_name}} is booked for {{conference_time}}.",
      "",
      "{{preparing}}",
      "",
      "Love,",
      "{{student_name}}",
    ].join("\n"),
  },
  invite: {
    subject: "Please book my {{term}} conference",
    body: [
      "Dear {{guardian_names}},",
      "",
      "I do not have a {{term}} conference time with {{advisor_name}} yet.",
      "",
      "{{how_to_book}}",
      "",
      "Love,",
      "{{student_name}}",
    ].join("\n"),
  },
};

export function beforeConferenceTemplates(
  kind: Exclude<UpdateKind, "met">,
  voice: "advisor" | "student",
): UpdateTemplates {
  return (voice === "advisor" ? ADVISOR : STUDENT)[kind];
}

export function howToBook(signupUrl: string, advisorName: string): string {
  return signupUrl === ""
    ? `Please contact ${advisorName} to choose a time.`
    : `Please choose a time that suits you here: ${signupUrl}`;
}

/** What the student is preparing, from the purposes ticked in their doc. */
export function preparingLine(
  voice: "advisor" | "student",
  studentName: string,
  purposes: readonly string[],
): string {
  const who = voice === "advisor" ? `${studentName} is` : "I am";
  const doc = voice === "advisor" ? "their" : "my";
  if (purposes.length === 0) return `${who} preparing for it in ${doc} conference doc.`;
  return `${who} preparing to talk about: ${purposes.join("; ")}.`;
}

export interface BeforeConferenceFacts {
  readonly voice: "advisor" | "student";
  readonly studentName: string;
  readonly conference: ConferenceState;
  readonly purposes: readonly string[];
  readonly signupUrl: string;
  readonly advisorName: string;
  readonly timeZone: string;
  readonly language: string;
}

/** The placeholders a before-conference update fills: the booked time, the preparing line, how to book. */
export function beforeConferenceValues(facts: BeforeConferenceFacts): Record<string, string> {
  const { conference } = facts;
  return {
    conference_time:
      conference.kind === "booked"
        ? describeSlotTime(conference.start, conference.minutes, facts.timeZone, facts.language)
        : "",
    preparing: preparingLine(facts.voice, facts.studentName, facts.purposes),
    how_to_book: howToBook(facts.signupUrl, facts.advisorName),
  };
}
