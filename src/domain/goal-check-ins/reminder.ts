/*
 * The reminder an advisor drafts for a check-in: to the advisor and the student, asking them to
 * look at the student's goal together on its date. Confer only drafts it; the advisor sends it.
 */
import type { Address, MailMessage } from "../guardian-updates/mime";
import { textToHtml } from "../guardian-updates/mime";
import { spokenDay } from "./check-in-line";

export const CHECK_IN_TAG = "X-Confer-Check-In";

export interface ReminderFacts {
  readonly advisor: Address;
  readonly student: Address;
  readonly goalDate: string;
  readonly round: string;
  readonly docUrl: string;
}

export function checkInReminder(facts: ReminderFacts, tag: string): MailMessage {
  const day = spokenDay(facts.goalDate);
  const text = [
    `Hello ${facts.student.name},`,
    "",
    `${day} is the day you set for your goal from ${facts.round}. Let's look at it together: what went well, what is still hard, and what comes next.`,
    "",
    `Your goal is in your conference doc: ${facts.docUrl}`,
    "",
    facts.advisor.name,
  ].join("\n");
  return {
    from: facts.advisor,
    to: [facts.advisor, facts.student],
    subject: `Check-in on your goal: ${day}`,
    text,
    html: textToHtml(text),
    headers: { [CHECK_IN_TAG]: tag },
  };
}
