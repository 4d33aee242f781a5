/*
 * The words of each notice a family receives: booked, moved, cancelled, a reminder, an invitation
 * to book, and a missed conference. Plain English text; the server translates and sends it.
 */
import type { Notice } from "./decision";
import { describeSlotTime } from "./zoned-time";

export interface NoticeContext {
  readonly studentName: string;
  readonly hostName: string;
  readonly schoolName: string;
  readonly minutes: number;
  readonly location: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly signupUrl: string;
  readonly feedback: string;
}

/** No line breaks in a subject: a name cannot add a mail header. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ").trim();

export function noticeMessage(
  notice: Notice,
  context: NoticeContext,
): { subject: string; body: string } {
  const { studentName: name, hostName: host } = context;
  const when = (iso: string) =>
    describeSlotTime(iso, context.minutes, context.timeZone, context.locale);
  const where = context.location === "" ? [] : [`Where: ${context.location}`];
  const link = (text: string) => (context.signupUrl === "" ? [] : [`${text} ${context.signupUrl}`]);
  const bookAgain =
    context.signupUrl === ""
      ? [`Please contact ${host} to choose another time.`]
      : link("Please choose another time here:");
  const feedback = context.feedback.trim() === "" ? [] : [context.feedback.trim()];
  const sign = ["", host, context.schoolName].filter((line, i) => i === 0 || line !== "");

  const message = (subject: string, lines: readonly string[]) => ({
    subject: oneLine(subject),
    body: ["Hello,", "", ...lines, ...sign].join("\n"),
  });
  switch (notice.kind) {
    case "confirmed":
      return message(`Conference booked: ${name}, ${when(notice.start)}`, [
        `${name}'s conference with ${host} is booked for ${when(notice.start)}.`,
        ...where,
        ...link("To change or cancel it, use your sign-up link:"),
      ]);
    case "moved":
      return message(`Conference moved: ${name}, now ${when(notice.start)}`, [
        `${name}'s conference with ${host} has moved.`,
        `It was: ${when(notice.previousStart)}`,
        `It is now: ${when(notice.start)}`,
        ...where,
        ...link("If the new time does not suit you, choose another here:"),
      ]);
    case "cancelled":
      return message(`Conference cancelled: ${name}, ${when(notice.start)}`, [
        `${name}'s conference with ${host} on ${when(notice.start)} is cancelled.`,
        ...bookAgain,
      ]);
    case "reminder":
      return message(`Reminder: ${name}'s conference, ${when(notice.start)}`, [
        `This is a reminder of ${name}'s conference with ${host} on ${when(notice.start)}.`,
        ...where,
        ...link("To change or cancel it, use your sign-up link:"),
      ]);
    case "not-booked":
      return message(`Please book ${name}'s conference`, [
        `${name} does not have a conference time with ${host} yet.`,
        ...(context.signupUrl === ""
          ? [`Please contact ${host} to choose a time.`]
          : link("Please choose a time that suits you here:")),
      ]);
    case "no-show":
      return message(`We missed you: ${name}'s conference`, [
        `We missed you at ${name}'s conference with ${host} on ${when(notice.start)}.`,
        ...feedback,
        ...bookAgain,
      ]);
  }
}
