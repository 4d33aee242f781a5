/*
 * The Assign advisors sidebar: the active students who need an advisor first, then a search of
 * every active student; each row has a select of the active advisors. Save sends every changed
 * row in one call; the server refuses all of them, by name, if any is wrong. Text is set as text.
 */
import type { AdviseeRow, AdvisorsView } from "../../domain/advisors/advisors-view";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { el, option } from "../shared/elements";
import { callServer } from "../shared/server";

/** Rows a search shows at once; typing more of a name narrows it. */
const SHOWN = 20;

let view: AdvisorsView = { needsAdvisor: [], students: [], advisors: [] };
/** The advisor chosen for each student whose select differs from the roster, by student ID. */
const chosen = new Map<string, string>();

function advisorLabel(email: string): string {
  const advisor = view.advisors.find((a) => a.email === email);
  return advisor ? `${advisor.name} (${advisor.email})` : email;
}

function now(row: AdviseeRow): string {
  if (row.needs !== "") return `Needs an advisor: ${row.needs}`;
  return `Advisor: ${advisorLabel(row.advisorEmail)}`;
}

function showPending(): void {
  const n = chosen.size;
  setText("pending", n === 0 ? "" : `${n} change${n === 1 ? "" : "s"} to save.`);
  byId<HTMLButtonElement>("save").disabled = n === 0;
}

function choose(row: AdviseeRow, email: string): void {
  if (email === "" || (email === row.advisorEmail && row.needs === "")) chosen.delete(row.id);
  else chosen.set(row.id, email);
  for (const select of document.querySelectorAll<HTMLSelectElement>("select[data-student]")) {
    if (select.dataset.student !== row.id) continue;
    select.value = chosen.get(row.id) ?? (row.needs === "" ? row.advisorEmail : "");
    select.closest(".advisee")?.classList.toggle("changed", chosen.has(row.id));
  }
  showPending();
}

function advisee(row: AdviseeRow): HTMLElement {
  const select = el("select", {
    data: { student: row.id },
    attrs: { "aria-label": `Advisor for ${row.name}` },
  });
  select.append(
    option("Choose an advisor…", ""),
    ...view.advisors.map((a) => option(`${a.name} (${a.email})`, a.email)),
  );
  select.value = chosen.get(row.id) ?? (row.needs === "" ? row.advisorEmail : "");
  select.addEventListener("change", () => choose(row, select.value));
  const grade = row.grade === "" ? "No grade" : `Grade ${row.grade}`;
  return el(
    "li",
    { className: `advisee${chosen.has(row.id) ? " changed" : ""}`, data: { student: row.id } },
    el("span", { className: "name", text: row.name }),
    el("p", { className: "secondary", text: `${grade} · Student ID ${row.id}` }),
    el("p", { text: now(row) }),
    select,
  );
}

function matches(row: AdviseeRow, words: readonly string[]): boolean {
  const text = `${row.name} ${row.id}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

function renderSearch(): void {
  const words = byId<HTMLInputElement>("search").value.trim().toLowerCase().split(/\s+/);
  const typed = words.join("") !== "";
  const found = typed ? view.students.filter((row) => matches(row, words)) : [];
  byId("found").replaceChildren(...found.slice(0, SHOWN).map(advisee));
  setText(
    "search-hint",
    !typed
      ? `${view.students.length} active students.`
      : found.length === 0
        ? "No active student has that name or ID."
        : found.length > SHOWN
          ? `${found.length} students match; the first ${SHOWN} are shown. Type more of the name.`
          : `${found.length} student${found.length === 1 ? "" : "s"} found.`,
  );
}

function render(): void {
  show("loading", false);
  const needs = view.needsAdvisor;
  setText("needs-title", `Needs an advisor (${needs.length})`);
  byId("needs").replaceChildren(...needs.map(advisee));
  show("needs-box", needs.length > 0);
  show("none-needed", needs.length === 0);
  show("search-box", true);
  renderSearch();
  showPending();
}

async function load(): Promise<void> {
  view = await callServer("getAdvisors");
  chosen.clear();
  render();
}

function clearMessages(): void {
  for (const id of ["done", "problems-box", "error"]) show(id, false);
}

async function save(): Promise<void> {
  const button = byId<HTMLButtonElement>("save");
  button.disabled = true;
  clearMessages();
  const assignments = [...chosen].map(([studentId, advisorEmail]) => ({ studentId, advisorEmail }));
  try {
    const result = await callServer("assignAdvisors", assignments);
    if (!result.saved) {
      const n = result.problems.length;
      setText("problems-title", `Nothing was saved. ${n} problem${n === 1 ? "" : "s"} to fix:`);
      fillList("problems", result.problems);
      show("problems-box", true);
      byId("problems-box").focus();
      showPending();
      return;
    }
    const who = result.assigned.map((a) => `${a.student}: ${advisorLabel(a.to)}`);
    const moved =
      result.docsMoved === 0
        ? ""
        : ` ${result.docsMoved} doc${result.docsMoved === 1 ? "" : "s"} moved into the advisor's folder.`;
    const same = result.unchanged === 0 ? "" : ` ${result.unchanged} already had that advisor.`;
    setText(
      "done",
      `Saved ${who.length} advisor${who.length === 1 ? "" : "s"}${who.length > 0 ? ` (${who.join("; ")})` : ""}.${moved}${same}`,
    );
    await load();
    show("done", true);
    byId("done").focus();
    if (result.problems.length > 0) {
      setText("problems-title", "Saved, but these docs did not move yet:");
      fillList("problems", result.problems);
      show("problems-box", true);
    }
  } catch (error) {
    showError("error", errorMessage(error));
    byId("error").focus();
    showPending();
  }
}

byId("search").addEventListener("input", renderSearch);
byId("save").addEventListener("click", () => void save());
void load().catch((error) => {
  show("loading", false);
  showError("error", errorMessage(error));
});
