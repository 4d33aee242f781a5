/*
 * The Schedule conferences sidebar: publish slots, see the schedule by day and change bookings
 * (book, move, cancel, no-show, held), follow up a no-show, and move a whole day. Every change
 * goes to the server, which tells students and families; the list is then read again.
 */

import { whoTells } from "../../domain/schedule/notice-words";
import type { StaffChange } from "../../domain/schedule/staff-change";
import type { ChangeResult } from "../../server/schedule/change";
import type { ScheduleView, SlotRow } from "../../server/schedule/view";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { fillSelect } from "../shared/elements";
import { callServer } from "../shared/server";
import { setUpPublishForm, updatePublishChoices } from "./publish";
import { type PanelKind, renderSlots } from "./slots";
import { dayLabel, localDate } from "./time";

let view: ScheduleView | null = null;
let me = "";
let panel: { slotId: string; kind: PanelKind } | null = null;
let busy = false;
let followUpSlot = "";

function filter(roundWanted?: string): { round?: string; hostEmail?: string } {
  const round = roundWanted ?? byId<HTMLSelectElement>("round-filter").value;
  const host = view?.coordinator ? byId<HTMLSelectElement>("host-filter").value : "";
  return { ...(round ? { round } : {}), ...(host ? { hostEmail: host } : {}) };
}

function hostChoices(all: string): { value: string; label: string }[] {
  return [
    { value: "", label: all },
    ...(view?.hosts ?? []).map((h) => ({ value: h.email, label: h.name || h.email })),
  ];
}

function summary(current: ScheduleView): string {
  const live = current.slots.filter((s) => s.status !== "cancelled");
  if (current.slots.length === 0) {
    return current.rounds.length === 0
      ? "No slots yet. Publish some above: families can then book them."
      : "No slots match these choices.";
  }
  const count = (status: SlotRow["status"]) => live.filter((s) => s.status === status).length;
  const cancelled = current.slots.length - live.length;
  const hidden = byId<HTMLInputElement>("show-cancelled").checked
    ? ""
    : cancelled > 0
      ? ` ${cancelled} cancelled slot${cancelled === 1 ? "" : "s"} hidden.`
      : "";
  return `${live.length} slot${live.length === 1 ? "" : "s"}: ${count("booked")} booked, ${count("open")} open, ${count("held")} held, ${count("no-show")} no-show. Times in ${current.timeZone}.${hidden}`;
}

function render(): void {
  if (!view) return;
  const current = view;
  setText("schedule-summary", summary(current));
  renderSlots(
    byId("schedule"),
    {
      view: current,
      showCancelled: byId<HTMLInputElement>("show-cancelled").checked,
      panel,
      busy,
    },
    {
      change: (change, done) => void runChange(change, done),
      openPanel: (slotId, kind) => {
        panel = { slotId, kind };
        render();
        const first = ["panel-select", "panel-reason", "panel-confirm", "panel-back"]
          .map((id) => document.getElementById(id))
          .find((element) => element !== null);
        first?.focus();
      },
      closePanel: () => {
        panel = null;
        render();
      },
      followUp: (slot) => openFollowUp(slot.id, slot.studentName),
    },
  );
}

function applyView(next: ScheduleView, round?: string): void {
  view = next;
  const roundFilter = byId<HTMLSelectElement>("round-filter");
  fillSelect(
    roundFilter,
    [
      { value: "", label: "All rounds" },
      ...next.rounds.map((name) => ({ value: name, label: name })),
    ],
    round ?? roundFilter.value,
  );
  fillSelect(byId<HTMLSelectElement>("host-filter"), hostChoices("All hosts"));
  fillSelect(byId<HTMLSelectElement>("move-day-host"), hostChoices("All hosts"));
  show("host-filter-field", next.coordinator);
  show("move-day-host-field", next.coordinator);
  show("signup-url-missing", !next.signupUrlSet);
  updatePublishChoices(next, me);
  if (panel && !next.slots.some((s) => s.id === panel?.slotId)) panel = null;
  render();
}

/** Reads the schedule again, for the filters chosen or for another round. */
async function refresh(round?: string): Promise<void> {
  applyView(await callServer("getSchedule", filter(round)), round);
}

function setBusy(value: boolean): void {
  busy = value;
  render();
}

function told(result: {
  told: number;
  noticeMode: "draft" | "send";
  noticeMailbox: string;
}): string {
  const n = result.told;
  if (n === 0) return "";
  if (result.noticeMode === "send")
    return ` ${n} ${n === 1 ? "message was" : "messages were"} sent to the family and student from ${result.noticeMailbox}.`;
  return ` ${n} ${n === 1 ? "draft is" : "drafts are"} waiting in ${result.noticeMailbox}'s Gmail Drafts: send ${n === 1 ? "it" : "them"} to tell the family and student.`;
}

function describeChange(result: ChangeResult, done: string): string {
  if (result.changed === 0) return "Nothing needed changing: the schedule already showed that.";
  const moved = result.moved;
  const what = moved ? `Moved ${moved.studentName} from ${moved.from} to ${moved.to}.` : done;
  return `${what}${told(result)}`;
}

function hideChangeOutcome(): void {
  for (const id of ["change-result", "change-problems-box", "change-error"]) show(id, false);
}

async function runChange(change: StaffChange, done: string): Promise<void> {
  hideChangeOutcome();
  setBusy(true);
  try {
    const result = await callServer("changeBooking", change);
    panel = null;
    setText("change-result", describeChange(result, done));
    show("change-result", true);
    fillList("change-problems", result.problems);
    show("change-problems-box", result.problems.length > 0);
    if (result.followUp) openFollowUp(result.followUp.slotId, result.followUp.studentName);
    busy = false;
    await refresh();
    byId("change-result").focus();
  } catch (error) {
    showError("change-error", error);
    byId("change-error").focus();
  } finally {
    setBusy(false);
  }
}

function openFollowUp(slotId: string, studentName: string): void {
  followUpSlot = slotId;
  setText(
    "followup-title",
    `${studentName} missed the conference. Write what the family should know, then draft a follow-up to them; it waits in your Gmail for you to send.`,
  );
  byId<HTMLTextAreaElement>("followup-feedback").value = "";
  show("followup-result", false);
  show("followup-error", false);
  byId<HTMLButtonElement>("followup-draft").disabled = false;
  show("followup-box", true);
  byId("followup-feedback").focus();
}

async function draftFollowUp(): Promise<void> {
  const draft = byId<HTMLButtonElement>("followup-draft");
  show("followup-result", false);
  show("followup-error", false);
  draft.disabled = true;
  try {
    const feedback = byId<HTMLTextAreaElement>("followup-feedback").value;
    const result = await callServer("draftNoShowFollowUp", { slotId: followUpSlot, feedback });
    const lines = [
      result.messages === 0
        ? "No follow-up was drafted: the family has no email on the roster. Please call them."
        : `Drafted ${result.messages} follow-up email${result.messages === 1 ? "" : "s"} in your Gmail. Nothing was sent: review and send ${result.messages === 1 ? "it" : "them"} from Gmail.`,
      ...result.problems,
    ];
    setText("followup-result", lines.join(" "));
    show("followup-result", true);
  } catch (error) {
    showError("followup-error", error);
    draft.disabled = false;
  }
}

/** The slots a whole-day move would take along: counted from the schedule as it is now. */
async function checkMoveDay(): Promise<void> {
  for (const id of [
    "move-day-confirm-box",
    "move-day-result",
    "move-day-problems-box",
    "move-day-error",
  ]) {
    show(id, false);
  }
  const from = byId<HTMLInputElement>("move-day-from").value;
  const to = byId<HTMLInputElement>("move-day-to").value;
  if (from === "" || to === "") {
    showError("move-day-error", "Choose both the day to move and the new day.");
    return;
  }
  if (from === to) {
    showError("move-day-error", "The new day is the day being moved: choose another day.");
    return;
  }
  const host = view?.coordinator ? byId<HTMLSelectElement>("move-day-host").value : "";
  const check = byId<HTMLButtonElement>("move-day-check");
  check.disabled = true;
  try {
    const whole = await callServer("getSchedule", host ? { hostEmail: host } : {});
    const onDay = whole.slots.filter((s) => localDate(s.start, whole.timeZone) === from);
    const booked = onDay.filter((s) => s.status === "booked").length;
    const open = onDay.filter((s) => s.status === "open").length;
    const whose = host ? ` of ${whole.hosts.find((h) => h.email === host)?.name || host}` : "";
    if (booked + open === 0) {
      showError(
        "move-day-error",
        `There are no open or booked slots${whose} on ${dayLabel(from)}: nothing to move.`,
      );
      return;
    }
    setText(
      "move-day-summary",
      `${booked} booking${booked === 1 ? "" : "s"} and ${open} open slot${open === 1 ? "" : "s"}${whose} on ${dayLabel(from)} will move to ${dayLabel(to)}, at the same times.` +
        (booked > 0 && view
          ? ` ${whoTells(view.notices, booked === 1 ? "the student and family" : `the ${booked} students and their families`)}`
          : ""),
    );
    show("move-day-confirm-box", true);
    byId("move-day-confirm").focus();
  } catch (error) {
    showError("move-day-error", error);
  } finally {
    check.disabled = false;
  }
}

async function moveDay(): Promise<void> {
  const from = byId<HTMLInputElement>("move-day-from").value;
  const to = byId<HTMLInputElement>("move-day-to").value;
  const host = view?.coordinator ? byId<HTMLSelectElement>("move-day-host").value : "";
  const confirm = byId<HTMLButtonElement>("move-day-confirm");
  confirm.disabled = true;
  show("move-day-error", false);
  try {
    const result = await callServer("changeBooking", {
      action: "move-day",
      hostEmail: host === "" ? null : host,
      fromDate: from,
      toDate: to,
    });
    show("move-day-confirm-box", false);
    setText(
      "move-day-result",
      describeChange(result, `Moved the slots of ${dayLabel(from)} to ${dayLabel(to)}.`),
    );
    show("move-day-result", true);
    fillList("move-day-problems", result.problems);
    show("move-day-problems-box", result.problems.length > 0);
    await refresh();
  } catch (error) {
    showError("move-day-error", error);
  } finally {
    confirm.disabled = false;
  }
}

async function start(): Promise<void> {
  try {
    me = (await callServer("getAboutInfo")).user;
  } catch {
    me = "";
  }
  try {
    const first = await callServer("getSchedule", {});
    show("loading", false);
    show("publish-section", true);
    show("schedule-section", true);
    show("move-day-section", true);
    byId<HTMLDetailsElement>("publish-section").open = first.rounds.length === 0;
    applyView(first);
  } catch (error) {
    show("loading", false);
    showError("error", errorMessage(error));
  }
}

async function refilter(): Promise<void> {
  hideChangeOutcome();
  panel = null;
  try {
    await refresh();
  } catch (error) {
    showError("change-error", error);
  }
}

setUpPublishForm((round) => refresh(round));
byId("round-filter").addEventListener("change", () => void refilter());
byId("host-filter").addEventListener("change", () => void refilter());
byId("show-cancelled").addEventListener("change", render);
byId("followup-draft").addEventListener("click", () => void draftFollowUp());
byId("followup-close").addEventListener("click", () => show("followup-box", false));
byId("move-day-check").addEventListener("click", () => void checkMoveDay());
byId("move-day-confirm").addEventListener("click", () => void moveDay());
byId("move-day-back").addEventListener("click", () => show("move-day-confirm-box", false));
void start();
