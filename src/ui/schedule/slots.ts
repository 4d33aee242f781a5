/*
 * The slots of the schedule, grouped by day, each with the actions its state allows. An action that
 * needs a choice (a student, another time, a reason) or a confirmation opens a small panel under
 * the slot; only one panel is open at a time, and its controls have fixed ids (panel-…).
 */
import { whoTells } from "../../domain/schedule/notice-words";
import type { StaffChange } from "../../domain/schedule/staff-change";
import type { ScheduleView, SlotRow } from "../../server/schedule/view";
import { button, el, option } from "../shared/elements";
import { dayLabel, hasStarted, localDate, timeRange } from "./time";

export type PanelKind = "book" | "move" | "cancel-booking" | "cancel-slot";

export interface SlotActions {
  /** Runs a change, with words saying what was done. */
  change(change: StaffChange, done: string): void;
  openPanel(slotId: string, kind: PanelKind): void;
  closePanel(): void;
  followUp(slot: SlotRow): void;
}

export interface SlotsState {
  readonly view: ScheduleView;
  readonly showCancelled: boolean;
  readonly panel: { slotId: string; kind: PanelKind } | null;
  readonly busy: boolean;
}

const STATUS_LABELS: Record<SlotRow["status"], string> = {
  open: "Open",
  booked: "Booked",
  held: "Held",
  "no-show": "No-show",
  cancelled: "Cancelled",
};

function hostName(view: ScheduleView, email: string): string {
  return view.hosts.find((h) => h.email === email)?.name || email;
}

function label(slot: SlotRow, zone: string): string {
  return `${dayLabel(localDate(slot.start, zone))}, ${timeRange(slot.start, slot.minutes, zone)}`;
}

function actionButton(
  text: string,
  action: string,
  slot: SlotRow,
  zone: string,
  onClick: () => void,
  busy: boolean,
): HTMLButtonElement {
  const who = slot.studentName ? ` ${slot.studentName}` : "";
  const element = button(text, onClick, {
    data: { action },
    attrs: { "aria-label": `${text}:${who} ${timeRange(slot.start, slot.minutes, zone)}` },
  });
  element.disabled = busy;
  return element;
}

function actionsOf(slot: SlotRow, state: SlotsState, actions: SlotActions): HTMLButtonElement[] {
  const zone = state.view.timeZone;
  const started = hasStarted(slot.start);
  const when = label(slot, zone);
  const make = (text: string, action: string, onClick: () => void) =>
    actionButton(text, action, slot, zone, onClick, state.busy);
  const panel = (kind: PanelKind) => () => actions.openPanel(slot.id, kind);
  const list: HTMLButtonElement[] = [];
  if (slot.status === "open" && !started) {
    list.push(make("Book for a student", "book", panel("book")));
    list.push(make("Cancel slot", "cancel-slot", panel("cancel-slot")));
  }
  if (slot.status === "booked" && !started) {
    list.push(make("Move", "move", panel("move")));
    list.push(make("Cancel booking", "cancel-booking", panel("cancel-booking")));
    list.push(make("Cancel slot", "cancel-slot", panel("cancel-slot")));
  }
  const held = () =>
    actions.change(
      { action: "held", slotId: slot.id },
      `Recorded ${slot.studentName}'s conference on ${when} as held.`,
    );
  const noShow = () =>
    actions.change(
      { action: "no-show", slotId: slot.id },
      `Recorded ${slot.studentName} as a no-show on ${when}.`,
    );
  if (slot.status === "booked" && started) {
    list.push(make("Held", "held", held));
    list.push(make("No-show", "no-show", noShow));
  }
  if (slot.status === "no-show") {
    list.push(make("Follow up", "follow-up", () => actions.followUp(slot)));
    list.push(make("Held after all", "held", held));
  }
  if (slot.status === "held") list.push(make("No-show", "no-show", noShow));
  return list;
}

function field(id: string, text: string, control: HTMLElement): HTMLElement {
  return el("div", { className: "field" }, el("label", { text, attrs: { for: id } }), control);
}

function panelButtons(confirmText: string, onConfirm: () => void, actions: SlotActions) {
  return el(
    "div",
    { className: "buttons" },
    button(confirmText, onConfirm, { id: "panel-confirm", className: "action" }),
    button("Back", () => actions.closePanel(), { id: "panel-back" }),
  );
}

function selectOf(choices: readonly { value: string; label: string }[]): HTMLSelectElement {
  const select = el("select", { id: "panel-select" });
  select.append(...choices.map((c) => option(c.label, c.value)));
  return select;
}

function bookPanel(slot: SlotRow, state: SlotsState, actions: SlotActions): HTMLElement[] {
  const students = state.view.students
    .filter((s) => s.advisorEmail.toLowerCase() === slot.hostEmail.toLowerCase())
    .sort((a, b) => a.name.localeCompare(b.name));
  if (students.length === 0) {
    return [
      el("p", {
        text: `${hostName(state.view, slot.hostEmail)} has no advisees on the roster to book here: a slot is booked for the host's own advisees.`,
      }),
      button("Back", () => actions.closePanel(), { id: "panel-back" }),
    ];
  }
  const select = selectOf(students.map((s) => ({ value: s.id, label: s.name })));
  const when = label(slot, state.view.timeZone);
  return [
    field("panel-select", "Student", select),
    el("p", {
      className: "secondary",
      text: `${whoTells(state.view.notices, "the student and family")} A student already booked in this round is moved here.`,
    }),
    panelButtons(
      "Book",
      () => {
        const name = select.selectedOptions[0]?.textContent ?? select.value;
        actions.change(
          { action: "book", studentId: select.value, slotId: slot.id },
          `Booked ${name} on ${when}.`,
        );
      },
      actions,
    ),
  ];
}

function movePanel(slot: SlotRow, state: SlotsState, actions: SlotActions): HTMLElement[] {
  const zone = state.view.timeZone;
  const targets = state.view.slots.filter(
    (s) =>
      s.id !== slot.id &&
      s.status === "open" &&
      s.hostEmail === slot.hostEmail &&
      s.round === slot.round &&
      !hasStarted(s.start),
  );
  if (targets.length === 0) {
    return [
      el("p", {
        text: `${hostName(state.view, slot.hostEmail)} has no other open slot in “${slot.round}” to move to. Publish more slots first.`,
      }),
      button("Back", () => actions.closePanel(), { id: "panel-back" }),
    ];
  }
  const select = selectOf(targets.map((s) => ({ value: s.id, label: label(s, zone) })));
  return [
    field("panel-select", "Move to", select),
    el("p", {
      className: "secondary",
      text: `Confer moves the calendar event and tells ${slot.studentName} and their family.`,
    }),
    panelButtons(
      "Move booking",
      () => {
        const to = select.selectedOptions[0]?.textContent ?? "";
        actions.change(
          { action: "move", slotId: slot.id, toSlotId: select.value },
          `Moved ${slot.studentName} from ${label(slot, zone)} to ${to}.`,
        );
      },
      actions,
    ),
  ];
}

function cancelBookingPanel(slot: SlotRow, state: SlotsState, actions: SlotActions) {
  const when = label(slot, state.view.timeZone);
  return [
    el("p", {
      text: `Cancel ${slot.studentName}'s booking on ${when}? The slot opens for other families. ${whoTells(state.view.notices, "the student and family")}`,
    }),
    panelButtons(
      "Cancel booking",
      () =>
        actions.change(
          { action: "cancel-booking", slotId: slot.id },
          `Cancelled ${slot.studentName}'s booking on ${when}. The slot is open again.`,
        ),
      actions,
    ),
  ];
}

function cancelSlotPanel(slot: SlotRow, state: SlotsState, actions: SlotActions) {
  const when = label(slot, state.view.timeZone);
  const reason = el("input", {
    id: "panel-reason",
    attrs: { type: "text", maxlength: "300", autocomplete: "off" },
  });
  const told =
    slot.status === "booked"
      ? ` ${slot.studentName}'s booking is cancelled too. ${whoTells(state.view.notices, "the student and family")}`
      : "";
  return [
    el("p", { text: `Nobody can book ${when} once it is cancelled.${told}` }),
    field("panel-reason", "Reason (optional, kept in the Booking Log)", reason),
    panelButtons(
      "Cancel slot",
      () =>
        actions.change(
          { action: "cancel-slot", slotId: slot.id, reason: reason.value.trim() },
          `Cancelled the slot on ${when}.`,
        ),
      actions,
    ),
  ];
}

function panelOf(slot: SlotRow, state: SlotsState, actions: SlotActions): HTMLElement {
  const kind = state.panel?.kind;
  const content =
    kind === "book"
      ? bookPanel(slot, state, actions)
      : kind === "move"
        ? movePanel(slot, state, actions)
        : kind === "cancel-booking"
          ? cancelBookingPanel(slot, state, actions)
          : cancelSlotPanel(slot, state, actions);
  const panel = el("div", { className: "panel", id: "panel" }, ...content);
  for (const control of panel.querySelectorAll("button, select, input")) {
    (control as HTMLButtonElement).disabled = state.busy;
  }
  return panel;
}

function slotElement(slot: SlotRow, state: SlotsState, actions: SlotActions): HTMLElement {
  const zone = state.view.timeZone;
  const item = el("div", {
    className: `slot status-${slot.status}`,
    data: { slotId: slot.id, status: slot.status },
  });
  item.append(
    el(
      "div",
      { className: "slot-head" },
      el("span", { className: "time", text: timeRange(slot.start, slot.minutes, zone) }),
      el("span", { className: "badge", text: STATUS_LABELS[slot.status] }),
    ),
  );
  if (slot.studentId !== "") {
    item.append(el("div", { className: "who", text: slot.studentName || slot.studentId }));
  }
  const meta = [
    state.view.coordinator ? hostName(state.view, slot.hostEmail) : "",
    slot.location,
    state.view.rounds.length > 1 ? slot.round : "",
  ].filter((part) => part !== "");
  if (meta.length > 0) {
    item.append(el("div", { className: "meta secondary", text: meta.join(" · ") }));
  }
  const buttons = actionsOf(slot, state, actions);
  if (buttons.length > 0) item.append(el("div", { className: "actions" }, ...buttons));
  if (state.panel?.slotId === slot.id) item.append(panelOf(slot, state, actions));
  return item;
}

/** The schedule as day headings, each followed by its slots in time order. */
export function renderSlots(container: HTMLElement, state: SlotsState, actions: SlotActions) {
  const zone = state.view.timeZone;
  const shown = state.view.slots.filter((s) => state.showCancelled || s.status !== "cancelled");
  const days = new Map<string, SlotRow[]>();
  for (const slot of shown) {
    const date = localDate(slot.start, zone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  container.replaceChildren(
    ...[...days].map(([date, slots]) =>
      el(
        "div",
        { className: "day", data: { date } },
        el("h3", { text: dayLabel(date) }),
        ...slots.map((slot) => slotElement(slot, state, actions)),
      ),
    ),
  );
}
