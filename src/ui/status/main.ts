/*
 * The Status view, a wide dialog for one round (with another round's stages beside it when
 * compared): bars per advisory and per grade for each stage, the students behind a bar, and a
 * table of students × where their conference stands whose names stay in view. Coordinators filter the whole school by grade and advisor; advisors see their advisees,
 * without an advisor column. A refusal leaves only its message. Text is set as text only.
 */
import { type BoardGroup, STAGE_LABELS } from "../../domain/status/status-board";
import type { StatusFilter, StatusView, StudentStatus } from "../../server/status/status";
import { byId, setText, show, showError } from "../shared/dom";
import { el, fillSelect } from "../shared/elements";
import { callServer } from "../shared/server";
import { groupBlocks } from "./board";

let filtersReady = false;
let shown: StatusView | undefined;

function cell(text: string, className = ""): HTMLTableCellElement {
  return el("td", { text, className });
}

function mark(value: boolean): HTMLTableCellElement {
  return cell(value ? "✓" : "—", value ? "yes" : "no");
}

function docCell(row: StudentStatus): HTMLTableCellElement {
  if (!row.docCreated) return cell("no doc", "no");
  if (!row.docUrl.startsWith("https://docs.google.com/")) return cell("✓");
  const link = el("a", {
    text: "open",
    attrs: { href: row.docUrl, target: "_blank", rel: "noopener" },
  });
  return el("td", {}, link);
}

function comparedCells(row: StudentStatus): HTMLTableCellElement[] {
  const was = row.compared;
  if (!was)
    return [cell("no doc", "no compared"), cell("—", "no"), cell("—", "no"), cell("—", "no")];
  return [
    docCell({ ...row, docCreated: true, docUrl: was.docUrl }),
    cell(was.purpose || "—", was.purpose ? "yes" : "no"),
    mark(was.held),
    mark(was.planWritten),
  ];
}

function columns(view: StatusView): string[] {
  return [
    "Student",
    "Grade",
    ...(view.ownAdvisees ? [] : ["Advisor"]),
    "Doc",
    "Purpose",
    "Prepared",
    "Comments pulled",
    "Held",
    "Plan",
    "Guardian update",
    ...(view.compareWith
      ? ["Doc", "Purpose", "Held", "Plan"].map((name) => `${view.compareWith}: ${name}`)
      : []),
  ];
}

function rowOf(row: StudentStatus, view: StatusView): HTMLTableRowElement {
  const tr = el("tr", row.problem ? { className: "problem", attrs: { title: row.problem } } : {});
  tr.append(
    el("th", { text: row.student, attrs: { scope: "row" } }),
    cell(row.grade),
    ...(view.ownAdvisees ? [] : [cell(row.advisor)]),
    docCell(row),
    cell(row.purpose || "—", row.purpose ? "yes" : "no"),
    mark(row.prepared),
    cell(row.commentsPulled || "—", row.commentsPulled ? "yes" : "no"),
    mark(row.held),
    mark(row.planWritten),
    mark(row.guardianUpdateDrafted),
    ...(view.compareWith ? comparedCells(row) : []),
  );
  return tr;
}

function openList(group: BoardGroup, bar: BoardGroup["bars"][number], button: HTMLElement): void {
  for (const other of document.querySelectorAll(".bar"))
    other.setAttribute("aria-pressed", "false");
  button.setAttribute("aria-pressed", "true");
  const members = new Set(group.members);
  const done = new Set(bar.done);
  const inGroup = (shown?.rows ?? []).filter((row) => members.has(row.studentId));
  const names = (reachedIt: boolean) => {
    const those = inGroup.filter((row) => done.has(row.studentId) === reachedIt);
    return those.length === 0
      ? [el("li", { text: "Nobody", className: "secondary" })]
      : those.map((row) => el("li", { text: row.student }));
  };
  setText(
    "list-title",
    `${STAGE_LABELS[bar.stage]} in ${group.label}: ${bar.done.length} of ${group.total}`,
  );
  byId("list-done").replaceChildren(...names(true));
  byId("list-not-yet").replaceChildren(...names(false));
  show("list-box", true);
  byId("list-box").scrollIntoView({ block: "nearest" });
}

function showRounds(view: StatusView): void {
  fillSelect(
    byId<HTMLSelectElement>("round"),
    view.rounds.map((round) => ({ value: round, label: round })),
  );
  byId<HTMLSelectElement>("round").value = view.round;
  fillSelect(byId<HTMLSelectElement>("compare"), [
    { value: "", label: "No other round" },
    ...view.rounds
      .filter((round) => round !== view.round)
      .map((round) => ({ value: round, label: round })),
  ]);
  byId<HTMLSelectElement>("compare").value = view.compareWith;
  setText("round-shown", view.round ? `Round: ${view.round}` : "No round yet");
}

function showView(view: StatusView): void {
  shown = view;
  showRounds(view);
  if (view.isCoordinator && !filtersReady) {
    const select = (id: string) => byId<HTMLSelectElement>(id);
    fillSelect(select("grade"), [
      { value: "", label: "Every grade" },
      ...view.grades.map((grade) => ({ value: grade, label: `Grade ${grade}` })),
    ]);
    fillSelect(select("advisor"), [
      { value: "", label: "Every advisor" },
      ...view.advisors.map((a) => ({ value: a.email, label: a.name })),
    ]);
    show("filters", true);
    filtersReady = true;
  }
  const problems = view.rows.filter((row) => row.problem).length;
  const withDoc = view.rows.filter((row) => row.docCreated).length;
  setText(
    "summary",
    `${view.rows.length} students, ${withDoc} with a doc.` +
      (problems > 0 ? ` ${problems} docs could not be read (rows in red; hover for why).` : "") +
      (view.fromEarlier > 0
        ? ` ${view.fromEarlier} docs show what was read from them before; Refresh reads the next ones.`
        : ""),
  );
  byId("by-advisory").replaceChildren(...groupBlocks(view.board.byAdvisory, openList));
  byId("by-grade").replaceChildren(...groupBlocks(view.board.byGrade, openList));
  show("board", view.rows.length > 0);
  show("list-box", false);
  byId("head").replaceChildren(
    ...columns(view).map((name) => el("th", { text: name, attrs: { scope: "col" } })),
  );
  byId("rows").replaceChildren(...view.rows.map((row) => rowOf(row, view)));
  show("status", view.rows.length > 0);
}

async function load(): Promise<void> {
  show("error", false);
  setText("summary", "Reading the docs…");
  const rounds: StatusFilter = shown
    ? {
        round: byId<HTMLSelectElement>("round").value,
        compareWith: byId<HTMLSelectElement>("compare").value,
      }
    : {};
  const filter: StatusFilter = filtersReady
    ? {
        ...rounds,
        grade: byId<HTMLSelectElement>("grade").value,
        advisorEmail: byId<HTMLSelectElement>("advisor").value,
      }
    : rounds;
  try {
    showView(await callServer("getStatus", filter));
  } catch (error) {
    show("work", false);
    showError("error", error);
  }
}

for (const id of ["grade", "advisor", "round", "compare"])
  byId(id).addEventListener("change", () => void load());
byId("refresh").addEventListener("click", () => void load());
void load();
