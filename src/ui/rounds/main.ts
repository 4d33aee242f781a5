/*
 * The Rounds sidebar: the hub's conference rounds with their kind, dates and state, a form to
 * open one (each refused field marked and named), and Close and Archive buttons that ask first.
 */
import type { Round } from "../../domain/rounds/model";
import type { RoundsView } from "../../server/rounds/rounds";
import { byId, show } from "../shared/dom";
import { button, el, option } from "../shared/elements";
import { clearFeedback, tellDone, tellError } from "../shared/feedback";
import { clearFieldProblems, showFieldProblems } from "../shared/field-problems";
import { callServer } from "../shared/server";

interface Field {
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  readonly choices?: readonly { value: string; label: string }[];
  readonly date?: boolean;
}

const KINDS = [
  { value: "student-led", label: "Student-led, with families" },
  { value: "office-hours", label: "Office hours" },
];
const KIND_LABEL: Record<string, string> = {
  "student-led": "Student-led",
  classroom: "Classroom",
  "office-hours": "Office hours",
};

const FIELDS: readonly Field[] = [
  { key: "name", label: "Round name", hint: "For example Fall 2026 student-led" },
  { key: "kind", label: "Kind", choices: KINDS },
  { key: "hosts", label: "Hosted by", choices: [{ value: "advisors", label: "Advisors" }] },
  { key: "preparationFrom", label: "Preparation from", date: true },
  { key: "preparationTo", label: "Preparation to", date: true },
  { key: "commentsFrom", label: "Comments from", date: true },
  { key: "commentsTo", label: "Comments to", date: true },
  { key: "conferenceFrom", label: "Conference days from", date: true },
  { key: "conferenceTo", label: "Conference days to", date: true },
];

function inputFor(field: Field): HTMLInputElement | HTMLSelectElement {
  if (field.choices) {
    const select = el("select");
    select.append(...field.choices.map((choice) => option(choice.label, choice.value)));
    return select;
  }
  const input = el("input");
  input.type = field.date ? "date" : "text";
  return input;
}

function renderFields(): void {
  byId("fields").replaceChildren(
    ...FIELDS.map((field) => {
      const label = el("label", { text: field.label, attrs: { for: `input-${field.key}` } });
      if (field.hint) label.append(el("span", { className: "hint", text: ` (${field.hint})` }));
      const input = inputFor(field);
      input.id = `input-${field.key}`;
      input.name = field.key;
      input.setAttribute("aria-describedby", `problem-${field.key}`);
      return el(
        "div",
        { className: "field", id: `field-${field.key}` },
        label,
        input,
        el("div", { className: "problem", id: `problem-${field.key}` }),
      );
    }),
  );
}

const days = (range: { from: string; to: string }) =>
  range.from === range.to ? range.from : `${range.from} to ${range.to}`;

/** Close or Archive, asked first in a small panel under the round. */
function askFirst(item: HTMLElement, round: Round, verb: "close" | "archive"): void {
  item.querySelector(".ask-first")?.remove();
  const question =
    verb === "close"
      ? `Close “${round.name}”? It stays readable, and can be archived later.`
      : `Archive “${round.name}”? An archived round cannot be opened or closed again.`;
  const yes = verb === "close" ? "Close the round" : "Archive the round";
  const panel = el(
    "div",
    { className: "ask-first", attrs: { role: "group", "aria-label": question } },
    el("p", { text: question }),
    button(yes, () => void change(round.name, verb), { className: "action" }),
    button("Keep it", () => panel.remove()),
  );
  item.append(panel);
  (panel.querySelector("button") as HTMLButtonElement).focus();
}

function roundItem(round: Round, canManage: boolean): HTMLElement {
  const item = el(
    "li",
    { data: { round: round.name } },
    el("span", { className: "round-name", text: round.name }),
    el("span", { className: `state ${round.state}`, text: round.state }),
    el("div", {
      className: "secondary",
      text: `${KIND_LABEL[round.kind] ?? round.kind} · hosted by ${round.hostEmail || round.hosts}`,
    }),
    el("div", { text: `Preparation: ${days(round.preparation)}` }),
    el("div", { text: `Comments: ${days(round.comments)}` }),
    el("div", { text: `Conference days: ${days(round.conference)}` }),
  );
  if (canManage && round.state !== "archived") {
    const buttons = el("div", { className: "round-buttons" });
    if (round.state === "open")
      buttons.append(button("Close…", () => askFirst(item, round, "close")));
    if (round.state === "closed")
      buttons.append(button("Archive…", () => askFirst(item, round, "archive")));
    item.append(buttons);
  }
  return item;
}

function render(view: RoundsView): void {
  byId("current").textContent =
    view.current === "" ? "No round is open." : `Sidebars work on “${view.current}” today.`;
  const list = byId("rounds");
  list.replaceChildren(...view.rounds.map((round) => roundItem(round, view.canManage)));
  if (view.rounds.length === 0)
    list.append(el("li", { className: "secondary", text: "No rounds yet." }));
  const problems = byId("row-problems");
  problems.replaceChildren(...view.problems.map((text) => el("li", { text })));
  show("row-problems", view.problems.length > 0);
  show("open-section", view.canManage);
}

function clearProblems(): void {
  clearFieldProblems(FIELDS.map((field) => field.key));
}

function formValues(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of FIELDS)
    values[field.key] = byId<HTMLInputElement>(`input-${field.key}`).value;
  return values;
}

async function openRound(event: Event): Promise<void> {
  event.preventDefault();
  const submit = byId<HTMLButtonElement>("open");
  submit.disabled = true;
  clearFeedback();
  clearProblems();
  try {
    const result = await callServer("openRound", formValues());
    if (result.opened) {
      render(result.view);
      byId<HTMLFormElement>("form").reset();
      tellDone(`“${result.round.name}” is open.`);
      return;
    }
    const marked = showFieldProblems(
      result.problems,
      (key) => FIELDS.find((field) => field.key === key)?.label ?? key,
    );
    tellError(`No round was opened. Fix the fields marked in red: ${marked.join(", ")}.`);
  } catch (error) {
    tellError(error);
  } finally {
    submit.disabled = false;
  }
}

async function change(name: string, verb: "close" | "archive"): Promise<void> {
  clearFeedback();
  try {
    const result =
      verb === "close"
        ? await callServer("closeRound", name)
        : await callServer("archiveRound", name);
    render(result.view);
    tellDone(result.message);
  } catch (error) {
    tellError(error);
  }
}

renderFields();
byId("form").addEventListener("submit", (event) => void openRound(event));
callServer("listRounds")
  .then(render)
  .catch((error) => {
    byId("current").textContent = "";
    tellError(error);
  });
