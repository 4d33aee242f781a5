/*
 * The Status sidebar: a table of students × where their conference stands. Coordinators filter
 * the whole school by grade and advisor; advisors see their advisees. Text is set as text only.
 */
import type { StatusFilter, StatusView, StudentStatus } from "../../server/doc-status";
import { byId, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

let filtersReady = false;

function cell(text: string, className = ""): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function mark(value: boolean): HTMLTableCellElement {
  return cell(value ? "✓" : "—", value ? "yes" : "no");
}

function docCell(row: StudentStatus): HTMLTableCellElement {
  if (!row.docCreated) return cell("no doc", "no");
  const td = document.createElement("td");
  if (row.docUrl.startsWith("https://docs.google.com/")) {
    const link = document.createElement("a");
    link.href = row.docUrl;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = "open";
    td.append(link);
  } else {
    td.textContent = "✓";
  }
  return td;
}

function rowOf(row: StudentStatus): HTMLTableRowElement {
  const tr = document.createElement("tr");
  if (row.problem) {
    tr.className = "problem";
    tr.title = row.problem;
  }
  tr.append(
    cell(row.student),
    cell(row.grade),
    cell(row.advisor),
    docCell(row),
    cell(row.purpose || "—", row.purpose ? "yes" : "no"),
    mark(row.prepared),
    cell(row.commentsPulled || "—", row.commentsPulled ? "yes" : "no"),
    mark(row.held),
    mark(row.planWritten),
    mark(row.guardianUpdateDrafted),
  );
  return tr;
}

function options(id: string, all: string, choices: readonly { value: string; label: string }[]) {
  const select = byId<HTMLSelectElement>(id);
  select.replaceChildren(
    ...[{ value: "", label: all }, ...choices].map((choice) => {
      const option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.label;
      return option;
    }),
  );
}

function showView(view: StatusView): void {
  if (view.isCoordinator && !filtersReady) {
    options(
      "grade",
      "Every grade",
      view.grades.map((grade) => ({ value: grade, label: `Grade ${grade}` })),
    );
    options(
      "advisor",
      "Every advisor",
      view.advisors.map((a) => ({ value: a.email, label: a.name })),
    );
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
  byId("rows").replaceChildren(...view.rows.map(rowOf));
  show("status", view.rows.length > 0);
}

async function load(): Promise<void> {
  show("error", false);
  setText("summary", "Reading the docs…");
  const filter: StatusFilter = filtersReady
    ? {
        grade: byId<HTMLSelectElement>("grade").value,
        advisorEmail: byId<HTMLSelectElement>("advisor").value,
      }
    : {};
  try {
    showView(await callServer("getStatus", filter));
  } catch (error) {
    showError("error", error);
  }
}

for (const id of ["grade", "advisor"]) byId(id).addEventListener("change", () => void load());
byId("refresh").addEventListener("click", () => void load());
void load();
