/*
 * The Day's table tab: one call brings the day's students, each with the purpose, questions and
 * artifacts from their doc, the teacher's notes (saved as typed, kept in the hub), the held tick,
 * a no-show button and the plan line written into the student's doc.
 */
import type { TableRow } from "../../domain/classroom-cycle/table-row";
import type { ConferenceTable } from "../../server/classroom-cycle/conference-table";
import { byId } from "../shared/dom";
import { button, el, fillSelect } from "../shared/elements";
import { tellDone, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";

const SAVE_AFTER_MS = 800;
let listening = "";

function notesCell(round: string, day: string, row: TableRow): HTMLTableCellElement {
  const box = el("textarea", { attrs: { "aria-label": `Notes on ${row.studentName}` } });
  box.value = row.notes;
  const state = el("span", { className: "saved", attrs: { "aria-live": "polite" } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener("input", () => {
    state.textContent = "…";
    clearTimeout(timer);
    timer = setTimeout(() => {
      callServer("saveConferenceNote", round, row.studentId, day, box.value)
        .then(() => {
          state.textContent = "saved";
        })
        .catch(tellError);
    }, SAVE_AFTER_MS);
  });
  return el("td", {}, box, state);
}

function heldCell(round: string, day: string, row: TableRow): HTMLTableCellElement {
  const tick = el("input", {
    attrs: { type: "checkbox", "aria-label": `${row.studentName} held` },
  });
  tick.checked = row.status === "held";
  tick.disabled = row.status === "held";
  tick.addEventListener("change", () => {
    callServer("markClassroomHeld", round, row.studentId, day)
      .then(() => {
        tick.disabled = true;
      })
      .catch((error) => {
        tick.checked = false;
        tellError(error);
      });
  });
  const noShow = button("No-show", () => {
    callServer("markNoShow", round, row.studentId, day)
      .then(() => tellDone(`${row.studentName} is marked a no-show on ${day}.`))
      .catch(tellError);
  });
  return el(
    "td",
    {},
    tick,
    ...(row.status === "planned" ? [noShow] : [el("span", { text: ` ${row.status}` })]),
  );
}

function planCell(round: string, day: string, row: TableRow): HTMLTableCellElement {
  const line = el("input", {
    attrs: { type: "text", maxlength: "300", "aria-label": `Plan line for ${row.studentName}` },
  });
  line.value = row.planLine;
  const write = button("Write to doc", () => {
    callServer("writeClassroomPlanLine", round, row.studentId, day, line.value)
      .then(() => tellDone(`The plan line is in ${row.studentName}'s doc.`))
      .catch(tellError);
  });
  return el("td", {}, line, write);
}

function rowOf(round: string, day: string, row: TableRow): HTMLTableRowElement {
  const artifacts = row.artifacts.map((a) =>
    el("li", { text: [a.link, a.subject].filter((t) => t !== "").join(" · ") }),
  );
  const name = row.docUrl
    ? el("a", {
        text: row.studentName,
        attrs: { href: row.docUrl, target: "_blank", rel: "noopener" },
      })
    : el("span", { text: row.studentName });
  return el(
    "tr",
    { data: { student: row.studentId } },
    el("td", { text: `${row.start}–${row.end}` }),
    el(
      "td",
      {},
      name,
      ...(row.docProblem ? [el("div", { className: "secondary", text: row.docProblem })] : []),
    ),
    el("td", { text: row.purpose || "—" }),
    el("td", { text: row.questions.join(" · ") || "—" }),
    el("td", {}, artifacts.length > 0 ? el("ul", {}, ...artifacts) : "—"),
    notesCell(round, day, row),
    heldCell(round, day, row),
    planCell(round, day, row),
  );
}

function render(table: ConferenceTable): void {
  const select = byId<HTMLSelectElement>("day");
  fillSelect(
    select,
    table.days.map((d) => ({
      value: d.day,
      label: `${d.day}${d.cancelled ? " (cancelled)" : ` · ${d.students} students`}`,
    })),
    table.day,
  );
  byId("conferences")
    .querySelector("tbody")!
    .replaceChildren(...table.rows.map((row) => rowOf(table.round, table.day, row)));
}

export async function showTable(round: string, day = ""): Promise<void> {
  render(await callServer("getConferenceTable", round, day));
  if (listening === "") {
    byId("day").addEventListener("change", () => {
      showTable(listening, byId<HTMLSelectElement>("day").value).catch(tellError);
    });
  }
  listening = round;
}
