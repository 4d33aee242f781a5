/*
 * The Plan tab: the plan form (days, or a range and weekdays; each class's period; students a
 * day; minutes), the proposal with swaps and moves kept as edits until Save and tell, and once
 * saved the schedule itself, where a swap, a move or a cancel tells the students it changes.
 * Every cancel asks first.
 */

import type { ClassroomView } from "../../server/classroom/classroom";
import type { CycleEdit } from "../../server/classroom-cycle/cycle";
import type { CycleRowView, CycleView } from "../../server/classroom-cycle/view";
import { byId, show } from "../shared/dom";
import { button, el, fillSelect } from "../shared/elements";
import { clearFeedback, tellDone, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];

export interface PlanPage {
  load(
    round: string,
    classIds: readonly string[],
    classes: ClassroomView["classes"],
  ): Promise<void>;
}

const input = (id: string) => byId<HTMLInputElement>(id);

export function planPage(): PlanPage {
  let round = "";
  let classIds: readonly string[] = [];
  let edits: CycleEdit[] = [];
  let saved = false;

  byId("weekdays").append(
    ...WEEKDAYS.map((label, i) =>
      el(
        "label",
        {},
        el("input", { attrs: { type: "checkbox", value: String(i + 1), checked: "" } }),
        ` ${label} `,
      ),
    ),
  );

  function form() {
    const weekdays = [...byId("weekdays").querySelectorAll<HTMLInputElement>("input:checked")].map(
      (box) => box.value,
    );
    return {
      days: input("days").value,
      from: input("from").value,
      to: input("to").value,
      weekdays,
      periods: classIds.map((classId) => ({
        classId,
        start: input(`start-${classId}`).value,
        end: input(`end-${classId}`).value,
      })),
      perDay: input("per-day").value,
      minutes: byId<HTMLSelectElement>("minutes").value,
      objective: input("objective").value,
      edits,
    };
  }

  function problems(list: readonly string[]) {
    byId("plan-problems").replaceChildren(...list.map((text) => el("li", { text })));
  }

  function swapTicked() {
    const ticked = [...byId("schedule").querySelectorAll<HTMLInputElement>("input.swap:checked")];
    if (ticked.length !== 2) {
      tellError(new Error("Tick exactly two students of one class to swap."));
      return;
    }
    const [a, b] = ticked.map((box) => box.value) as [string, string];
    if (!saved) {
      edits = [...edits, { swap: [a, b] }];
      void propose();
      return;
    }
    callServer("swapClassroomStudents", round, a, b).then(shown).catch(tellError);
  }

  function move(row: CycleRowView, day: string, time: string) {
    const change = { studentId: row.studentId, day, ...(time ? { time } : {}) };
    if (!saved) {
      edits = [...edits, { move: change }];
      void propose();
      return;
    }
    callServer("moveClassroomStudent", round, change).then(shown).catch(tellError);
  }

  function cancelStudent(row: CycleRowView) {
    if (
      !confirm(
        `Cancel ${row.studentName}'s conference on ${row.day}? They are moved to the next free place and told.`,
      )
    )
      return;
    callServer("cancelClassroomStudent", round, row.studentId).then(shown).catch(tellError);
  }

  function rowOf(row: CycleRowView): HTMLTableRowElement {
    const day = el("input", {
      attrs: { type: "date", "aria-label": `Day for ${row.studentName}` },
    });
    const time = el("input", {
      attrs: { type: "time", "aria-label": `Time for ${row.studentName}` },
    });
    const status = row.status === "planned" ? "" : ` (${row.status})`;
    return el(
      "tr",
      { data: { student: row.studentId } },
      el("td", { text: row.day }),
      el("td", { text: `${row.start}–${row.end}` }),
      el("td", { text: `${row.studentName}${row.extra ? " (extra)" : ""}${status}` }),
      el("td", { text: row.classId }),
      el("td", { text: saved ? (row.told ? "told" : "not yet") : "—" }),
      el(
        "td",
        {},
        el("input", {
          className: "swap",
          attrs: {
            type: "checkbox",
            value: row.studentId,
            "aria-label": `Swap ${row.studentName}`,
          },
        }),
      ),
      el(
        "td",
        {},
        day,
        time,
        button("Move", () => move(row, day.value, time.value)),
      ),
      el(
        "td",
        {},
        ...(saved && row.status === "planned" ? [button("Cancel…", () => cancelStudent(row))] : []),
      ),
    );
  }

  function shown(view: CycleView | { ok: false; problems: readonly string[] }) {
    if ("ok" in view && view.ok === false) {
      problems(view.problems);
      return;
    }
    const v = view as CycleView;
    problems(v.problems);
    saved = v.saved;
    const tbody = byId("schedule").querySelector("tbody")!;
    tbody.replaceChildren(...v.conferences.map(rowOf));
    show("schedule", v.conferences.length > 0);
    show("swap", v.conferences.length > 0);
    show("cancel-buttons", saved);
    const open = v.plan.days.filter((d) => !v.cancelledDays.includes(d));
    fillSelect(
      byId<HTMLSelectElement>("cancel-day"),
      open.map((d) => ({ value: d, label: d })),
    );
    byId("unplaced").replaceChildren(
      ...v.unplaced.map((u) =>
        el("li", { text: `${u.studentName} (${u.classId}): not placed, ${u.reason}` }),
      ),
    );
    const told = saved ? ` ${v.told} student${v.told === 1 ? "" : "s"} told just now.` : "";
    byId("plan-summary").textContent = saved
      ? `Saved: ${v.conferences.length} conferences.${told}`
      : `Proposed, not saved yet: ${v.conferences.length} conferences. Swap or move students, then Save and tell.`;
    if (saved && v.told > 0)
      tellDone(`${v.told} students told in their doc and on their calendar.`);
  }

  async function propose() {
    clearFeedback();
    shown(await callServer("proposeClassroomCycle", round, form()));
  }

  async function save() {
    clearFeedback();
    shown(await callServer("saveClassroomCycle", round, form()));
    edits = [];
  }

  byId("propose").addEventListener("click", () => {
    edits = [];
    saved = false;
    propose().catch(tellError);
  });
  byId("save").addEventListener("click", () => save().catch(tellError));
  byId("swap").addEventListener("click", swapTicked);
  byId("cancel-day-button").addEventListener("click", () => {
    const day = byId<HTMLSelectElement>("cancel-day").value;
    if (
      !confirm(
        `Cancel every conference on ${day}? Each student is moved to the next free place and told.`,
      )
    )
      return;
    callServer("cancelClassroomDay", round, day).then(shown).catch(tellError);
  });
  byId("cancel-cycle-button").addEventListener("click", () => {
    if (
      !confirm(
        "Cancel the rest of the cycle? Every student not yet seen is told their conference is cancelled.",
      )
    )
      return;
    callServer("cancelClassroomCycle", round, {}).then(shown).catch(tellError);
  });

  return {
    async load(name, ids, classes) {
      round = name;
      classIds = ids;
      edits = [];
      byId("periods").replaceChildren(
        ...ids.map((classId) => {
          const label = classes.find((c) => c.id === classId)?.label ?? classId;
          return el(
            "div",
            { className: "period" },
            el("span", { text: `${label} (${classId})` }),
            el("input", {
              id: `start-${classId}`,
              attrs: { type: "time", "aria-label": `${classId} starts` },
            }),
            el("input", {
              id: `end-${classId}`,
              attrs: { type: "time", "aria-label": `${classId} ends` },
            }),
          );
        }),
      );
      try {
        const view = await callServer("getClassroomCycle", name);
        shown(view);
      } catch {
        saved = false;
        byId("plan-summary").textContent =
          "No cycle saved yet: fill in the plan and choose Propose.";
        show("schedule", false);
        show("cancel-buttons", false);
      }
    },
  };
}
