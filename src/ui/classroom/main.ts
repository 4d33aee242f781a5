/*
 * The Classroom conferences sidebar: the teacher's classroom rounds (every teacher's for a
 * coordinator) with their classes, dates and docs, Create docs and Close (asked first) for each
 * open one, a form to open a round for some of their classes, each refused field marked and
 * named, and Import from Google Classroom, whose imported classes are then ticked in the form.
 */
import type { ClassroomRoundView, ClassroomView } from "../../server/classroom/classroom";
import type { DocsProgress } from "../../server/conference-docs/run";
import { mountClassroomImport } from "../shared/classroom-import";
import { byId, show } from "../shared/dom";
import { button, el } from "../shared/elements";
import { clearFeedback, tellDone, tellError } from "../shared/feedback";
import { clearFieldProblems, showFieldProblems } from "../shared/field-problems";
import { callServer } from "../shared/server";

const FIELDS = [
  "name",
  "classIds",
  "conferenceFrom",
  "conferenceTo",
  "preparationFrom",
  "preparationTo",
] as const;
const LABELS: Record<string, string> = {
  name: "Round name",
  classIds: "Your classes",
  conferenceFrom: "Grading period from",
  conferenceTo: "Grading period to",
  preparationFrom: "Preparation from",
  preparationTo: "Preparation to",
};

const days = (range: { from: string; to: string }) =>
  range.from === range.to ? range.from : `${range.from} to ${range.to}`;

function progressText(progress: DocsProgress): string {
  const made = `${progress.created} made, ${progress.skipped} had one already`;
  const more = progress.continuing ? "; Confer goes on in the background" : "";
  const problems = progress.problems.map((p) => ` ${p.student}: ${p.problem}.`).join("");
  return `Docs for ${progress.inScope} ${progress.members}: ${made}${more}.${problems}`;
}

/** Close, asked first in a small panel under the round. */
function askFirst(item: HTMLElement, name: string): void {
  item.querySelector(".ask-first")?.remove();
  const question = `Close “${name}”? Its docs stay as they are; no more docs are made for it.`;
  const panel = el(
    "div",
    { className: "ask-first", attrs: { role: "group", "aria-label": question } },
    el("p", { text: question }),
    button("Close the round", () => void closeIt(name), { className: "action" }),
    button("Keep it open", () => panel.remove()),
  );
  item.append(panel);
  (panel.querySelector("button") as HTMLButtonElement).focus();
}

function roundItem(entry: ClassroomRoundView, view: ClassroomView): HTMLElement {
  const { round } = entry;
  const item = el(
    "li",
    { data: { round: round.name } },
    el("span", { className: "round-name", text: round.name }),
    el("span", { className: `state ${round.state}`, text: round.state }),
    el("div", { className: "secondary", text: `Hosted by ${entry.hostName}` }),
    el("div", { text: `Classes: ${entry.classes.join(", ")}` }),
    el("div", { text: `Grading period: ${days(round.conference)}` }),
    el("div", { text: `Preparation: ${days(round.preparation)}` }),
    el("div", { className: "docs-count", text: `Docs: ${entry.docs}` }),
  );
  if (entry.last)
    item.append(el("div", { className: "secondary", text: progressText(entry.last) }));
  const mine = round.hostEmail === view.email || view.isCoordinator;
  if (round.state === "open" && mine) {
    item.append(
      el(
        "div",
        { className: "round-buttons" },
        button("Create docs", () => void createDocs(round.name), { className: "action" }),
        button("Close round…", () => askFirst(item, round.name)),
      ),
    );
  }
  return item;
}

function render(view: ClassroomView): void {
  const list = byId("rounds");
  list.replaceChildren(...view.rounds.map((entry) => roundItem(entry, view)));
  if (view.rounds.length === 0)
    list.append(el("li", { className: "secondary", text: "No classroom rounds yet." }));
  byId("classes").replaceChildren(
    ...view.classes.map((c) => {
      const id = `class-${c.id}`;
      const box = el("input", { id, attrs: { type: "checkbox", name: "classIds", value: c.id } });
      const text = `${c.label} · ${c.id} · ${c.students} students`;
      return el("label", { className: "choice" }, box, ` ${text}`);
    }),
  );
  if (view.classes.length === 0)
    byId("classes").append(
      el("p", { className: "secondary", text: "The Classes tab lists no class taught by you." }),
    );
  show("open-section", view.classes.length > 0);
}

function clearProblems(): void {
  clearFieldProblems(FIELDS);
}

function formValues(): Record<string, unknown> {
  const value = (field: string) => byId<HTMLInputElement>(`input-${field}`).value;
  const checked = [
    ...document.querySelectorAll<HTMLInputElement>('input[name="classIds"]:checked'),
  ].map((box) => box.value);
  return {
    name: value("name"),
    classIds: checked,
    conferenceFrom: value("conferenceFrom"),
    conferenceTo: value("conferenceTo"),
    preparationFrom: value("preparationFrom"),
    preparationTo: value("preparationTo"),
  };
}

async function openRound(event: Event): Promise<void> {
  event.preventDefault();
  const submit = byId<HTMLButtonElement>("open");
  submit.disabled = true;
  clearFeedback();
  clearProblems();
  try {
    const result = await callServer("openClassroomRound", formValues());
    if (result.opened) {
      render(result.view);
      byId<HTMLFormElement>("form").reset();
      tellDone(`“${result.round.name}” is open. Create its docs when you are ready.`);
      return;
    }
    const marked = showFieldProblems(
      result.problems.map((problem) => ({
        field: (FIELDS as readonly string[]).includes(problem.field) ? problem.field : "name",
        message: problem.message,
      })),
      (field) => LABELS[field] ?? field,
    );
    tellError(`No round was opened. Fix the fields marked in red: ${marked.join(", ")}.`);
  } catch (error) {
    tellError(error);
  } finally {
    submit.disabled = false;
  }
}

async function createDocs(round: string): Promise<void> {
  clearFeedback();
  try {
    const progress = await callServer("createClassroomDocs", round);
    tellDone(progressText(progress));
    render(await callServer("getClassroomConferences"));
  } catch (error) {
    tellError(error);
  }
}

async function closeIt(round: string): Promise<void> {
  clearFeedback();
  try {
    const result = await callServer("closeClassroomRound", round);
    render(result.view);
    tellDone(result.message);
  } catch (error) {
    tellError(error);
  }
}

/** After a Classroom import, the imported classes are listed and ticked for a new round. */
async function afterClassroomImport(classIds: readonly string[]): Promise<void> {
  render(await callServer("getClassroomConferences"));
  for (const id of classIds) {
    const box = document.getElementById(`class-${id}`) as HTMLInputElement | null;
    if (box) box.checked = true;
  }
}

byId("form").addEventListener("submit", (event) => void openRound(event));
mountClassroomImport(byId("classroom-import"), "teacher", (result) => {
  afterClassroomImport(result.classIds).catch(tellError);
});
callServer("getClassroomConferences")
  .then(render)
  .catch((error) => {
    byId("rounds").replaceChildren();
    tellError(error);
  });
