/*
 * The demo's scheduling: the family sign-up page is deployed and named in Settings, with the
 * 20-minute slot length the advisors use; each advisor publishes an afternoon of conference
 * slots; two in three families book through their own link on the anonymous sign-up page; each
 * advisor drafts a reminder to the families not yet booked.
 */
import { webAppPageRun } from "../../emulator";
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";
import { conferenceDays, currentDemoRound } from "./rounds-step";
import { requireHub } from "./setup-steps";

interface NotBooked {
  readonly rows: readonly { studentId: string; link: string }[];
  readonly linkProblem: string;
}

interface ScheduleView {
  readonly slots: readonly { id: string; status: string; hostEmail: string }[];
}

export function familiesBook(context: DemoContext, step: StepRecorder): void {
  const containerId = requireHub(context);
  const round = currentDemoRound(context);
  const days = conferenceDays(context, 2);
  const { ws, roster } = context;
  const coordinator = roster.coordinator.email;
  const signupUrl = ws.addDeployment({ executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" });
  step.run({
    fn: "saveSettings",
    args: [{ familySignupUrl: signupUrl, slotMinutes: "20" }],
    as: coordinator,
    kind: "sidebar",
    containerId,
  });
  const advisors = roster.staff
    .filter((member) => member.roles.includes("advisor"))
    .map((member) => member.email);
  let booked = 0;
  let reminded = 0;
  for (const advisor of advisors) {
    step.run({
      fn: "publishSlots",
      args: [
        {
          kind: "conference",
          round,
          days,
          startTime: "13:00",
          endTime: "16:00",
          minutes: 20,
          breaks: [{ start: "14:20", end: "14:40" }],
          location: "Advisory room",
        },
      ],
      as: advisor,
      kind: "sidebar",
    });
    const waiting = step.run({
      fn: "getNotYetBooked",
      args: [{ round }],
      as: advisor,
      kind: "sidebar",
    }).value as NotBooked;
    if (waiting.linkProblem) throw new Error(waiting.linkProblem);
    const open = (
      step.run({ fn: "getSchedule", args: [{ round }], as: advisor, kind: "sidebar" })
        .value as ScheduleView
    ).slots.filter((slot) => slot.status === "open" && slot.hostEmail === advisor);
    waiting.rows.forEach((row, i) => {
      if (i % 3 === 2 || !row.link || !open[i]) return;
      const token = new URL(row.link).searchParams.get("signup") ?? "";
      step.run(
        webAppPageRun(ws, signupUrl, "bookFamilySlot", [
          token,
          row.studentId,
          open[i].id,
          "America/Chicago",
        ]),
      );
      booked += 1;
    });
    const drafted = step.run({
      fn: "draftBookingReminders",
      args: [{ round }],
      as: advisor,
      kind: "sidebar",
    }).value as { messages: number };
    reminded += drafted.messages;
  }
  context.bookings = { booked, reminded, advisors: advisors.length };
}
