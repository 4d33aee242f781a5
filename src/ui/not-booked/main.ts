/*
 * The Not yet booked sidebar: for a round, the students whose families have not booked (or, for
 * office hours, not booked enough), each with the family's personal sign-up link to copy, and one
 * action that drafts a reminder to each family in the advisor's Gmail. Text is set as text only.
 */

import { counted } from "../../domain/plural";
import type { NotBookedView } from "../../server/schedule/not-booked";
import type { ScheduleView } from "../../server/schedule/view";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { button, copyFrom, el, fillSelect } from "../shared/elements";
import { callServer } from "../shared/server";

type Row = NotBookedView["rows"][number];

let coordinator = false;

/** The round to start with: the one of the next slot still to come, else the last one. */
function startingRound(schedule: ScheduleView): string {
  const now = Date.now();
  const next = schedule.slots.find((s) => s.status !== "cancelled" && Date.parse(s.start) >= now);
  return next?.round ?? schedule.rounds[schedule.rounds.length - 1] ?? "";
}

function guardiansLine(row: Row): HTMLElement {
  if (row.guardians.length === 0) {
    return el("p", { className: "none", text: "No guardian on the roster." });
  }
  const names = row.guardians.map((g) => {
    const name = g.name || "Guardian";
    return g.email ? `${name} (${g.email})` : `${name} (no email)`;
  });
  const noEmail = row.guardians.every((g) => g.email === "");
  return el("p", {
    className: noEmail ? "none" : "",
    text: `${row.guardians.length === 1 ? "Guardian" : "Guardians"}: ${names.join(", ")}${noEmail ? ". No email: please call." : ""}`,
  });
}

function linkBlock(row: Row, index: number): HTMLElement[] {
  if (row.link === "") return [];
  const input = el("input", {
    id: `link-${index}`,
    attrs: { type: "text", readonly: "", "aria-describedby": `copied-${index}` },
  });
  input.value = row.link;
  input.addEventListener("focus", () => input.select());
  const note = el("p", { className: "copied", id: `copied-${index}`, attrs: { role: "status" } });
  const copy = button(
    "Copy link",
    () =>
      void copyFrom(input).then((copied) => {
        note.textContent = copied
          ? "Copied. Paste it into a message to the family."
          : "Selected: press Ctrl+C (⌘C on a Mac) to copy it.";
      }),
    { id: `copy-${index}`, attrs: { "aria-label": `Copy ${row.studentName}'s family link` } },
  );
  return [
    el("label", { text: "Family's sign-up link", attrs: { for: `link-${index}` } }),
    el("div", { className: "link-row" }, input, copy),
    note,
  ];
}

function siblingsNote(row: Row, rows: readonly Row[]): HTMLElement[] {
  if (row.link === "") return [];
  const siblings = rows.filter((other) => other !== row && other.link === row.link);
  if (siblings.length === 0) return [];
  return [
    el("p", {
      className: "secondary",
      text: `Same link as ${siblings.map((s) => s.studentName).join(", ")}: brothers and sisters share one link.`,
    }),
  ];
}

function rowElement(row: Row, index: number, view: NotBookedView): HTMLElement {
  const progress =
    view.kind === "office-hours"
      ? [
          el("p", {
            text: `Booked ${row.booked} of ${row.needed} office-hour visit${row.needed === 1 ? "" : "s"}.`,
          }),
        ]
      : [];
  return el(
    "div",
    { className: "student", data: { studentId: row.studentId } },
    el("h2", { className: "name", text: row.studentName }),
    guardiansLine(row),
    ...progress,
    ...linkBlock(row, index),
    ...siblingsNote(row, view.rows),
  );
}

function summaryOf(view: NotBookedView): string {
  if (view.round === "")
    return "No slots are published yet. Publish them first, in Confer ▸ Schedule conferences….";
  const count = view.rows.length;
  if (count === 0) {
    return view.kind === "office-hours"
      ? `Every student has booked enough office hours in “${view.round}”.`
      : `Every student has booked a conference in “${view.round}”.`;
  }
  return view.kind === "office-hours"
    ? `${counted(count, "student")} still ${count === 1 ? "needs" : "need"} office-hour visits in “${view.round}”.`
    : `${counted(count, "student")} ${count === 1 ? "has" : "have"} not booked a conference in “${view.round}” yet.`;
}

function render(view: NotBookedView): void {
  setText("summary", summaryOf(view));
  setText("link-problem", view.linkProblem);
  show("link-problem", view.linkProblem !== "");
  show("remind-box", view.rows.length > 0 && view.linkProblem === "");
  byId("rows").replaceChildren(...view.rows.map((row, i) => rowElement(row, i, view)));
}

function hideOutcome(): void {
  for (const id of ["drafted", "without-email-box", "problems-box", "error"]) show(id, false);
}

function filter(): { round: string; advisorEmail?: string } {
  const round = byId<HTMLSelectElement>("round").value;
  const advisor = coordinator ? byId<HTMLSelectElement>("advisor").value : "";
  return { round, ...(advisor ? { advisorEmail: advisor } : {}) };
}

async function load(): Promise<void> {
  hideOutcome();
  setText("summary", "Loading…");
  byId("rows").replaceChildren();
  try {
    render(await callServer("getNotYetBooked", filter()));
  } catch (error) {
    setText("summary", "");
    showError("error", errorMessage(error));
  }
}

async function draftReminders(): Promise<void> {
  hideOutcome();
  const draft = byId<HTMLButtonElement>("draft-reminders");
  draft.disabled = true;
  draft.textContent = "Drafting reminders…";
  try {
    const result = await callServer("draftBookingReminders", filter());
    setText(
      "drafted",
      result.messages === 0
        ? "No reminders were drafted: none of these families has an email on the roster."
        : `Drafted ${counted(result.messages, "reminder email")} in your Gmail for ${counted(result.families, "family", "families")}, each with the family's own sign-up link. Nothing was sent: review and send them from Gmail.`,
    );
    show("drafted", true);
    fillList("without-email", result.withoutEmail);
    show("without-email-box", result.withoutEmail.length > 0);
    fillList("problems", result.problems);
    show("problems-box", result.problems.length > 0);
    byId("drafted").focus();
  } catch (error) {
    showError("error", errorMessage(error));
    byId("error").focus();
  } finally {
    draft.disabled = false;
    draft.textContent = "Draft a reminder to each family";
  }
}

async function start(): Promise<void> {
  try {
    const schedule = await callServer("getSchedule", {});
    coordinator = schedule.coordinator;
    show("loading", false);
    if (schedule.rounds.length === 0) {
      setText(
        "summary",
        "No slots are published yet. Publish them first, in Confer ▸ Schedule conferences….",
      );
      return;
    }
    fillSelect(
      byId<HTMLSelectElement>("round"),
      schedule.rounds.map((round) => ({ value: round, label: round })),
      startingRound(schedule),
    );
    fillSelect(byId<HTMLSelectElement>("advisor"), [
      { value: "", label: "All advisors" },
      ...schedule.hosts.map((h) => ({ value: h.email, label: h.name || h.email })),
    ]);
    show("advisor-field", coordinator);
    show("filters", true);
    await load();
  } catch (error) {
    show("loading", false);
    showError("error", errorMessage(error));
  }
}

byId("round").addEventListener("change", () => void load());
byId("advisor").addEventListener("change", () => void load());
byId("draft-reminders").addEventListener("click", () => void draftReminders());
void start();
