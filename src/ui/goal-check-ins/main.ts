/*
 * The Goal check-ins sidebar: the working round's check-ins of the advisor's advisees (every
 * advisee's for a coordinator), due ones first. The student's advisor marks each "on track",
 * "needs help" or "met", and drafts a reminder to themselves and the student in their own Gmail,
 * once. Text is set as text only.
 */
import type { CheckInRow, GoalCheckInsView } from "../../server/goal-check-ins/sidebar";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { button, el } from "../shared/elements";
import { roundLead } from "../shared/round-lead";
import { callServer } from "../shared/server";

const MARKS = ["on track", "needs help", "met"] as const;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function told(text: string): void {
  show("error", false);
  setText("done", text);
  show("done", true);
  byId("done").focus();
}

function failed(error: unknown): void {
  show("done", false);
  showError("error", errorMessage(error));
  byId("error").focus();
}

async function mark(row: CheckInRow, value: (typeof MARKS)[number]): Promise<void> {
  try {
    const marked = await callServer("markGoalCheckIn", row.docId, value);
    told(`${marked.studentName}'s check-in is marked “${marked.state}”.`);
    await load();
  } catch (error) {
    failed(error);
  }
}

async function remind(row: CheckInRow, trigger: HTMLButtonElement): Promise<void> {
  trigger.disabled = true;
  trigger.textContent = "Drafting…";
  try {
    const result = await callServer("draftGoalCheckInReminder", row.docId);
    told(
      result.drafted
        ? `A reminder to ${result.to.join(" and ")} waits in your Gmail drafts. Nothing was sent.`
        : `A reminder for ${row.studentName} was drafted already (${when(result.draftedAt)}); no second one was made.`,
    );
    await load();
  } catch (error) {
    failed(error);
    trigger.disabled = false;
    trigger.textContent = "Draft a reminder";
  }
}

function card(row: CheckInRow, view: GoalCheckInsView): HTMLElement {
  const lines = [
    el("p", { text: `Goal date: ${row.goalDate}` }),
    el("p", { className: "state", text: `State: ${row.state}` }),
  ];
  if (view.coordinator) lines.push(el("p", { text: `Advisor: ${row.advisorName}` }));
  if (row.markedBy !== "")
    lines.push(
      el("p", { className: "secondary", text: `Marked by ${row.markedBy}, ${when(row.markedAt)}` }),
    );
  if (row.reminderDraftedAt !== "")
    lines.push(
      el("p", { className: "secondary", text: `Reminder drafted ${when(row.reminderDraftedAt)}` }),
    );
  const link = el("a", { text: "Open the doc", attrs: { href: row.docUrl, target: "_blank" } });
  const actions: HTMLElement[] = [];
  if (row.mine) {
    const marks = el(
      "div",
      {
        className: "marks",
        attrs: { role: "group", "aria-label": `Mark ${row.studentName}'s check-in` },
      },
      ...MARKS.map((value) =>
        button(value, () => void mark(row, value), {
          attrs: { "aria-pressed": String(row.state === value) },
        }),
      ),
    );
    actions.push(marks);
    if (/^\d{4}-\d{2}-\d{2}$/.test(row.goalDate)) {
      const draft = button("Draft a reminder", () => void remind(row, draft), {
        className: "action",
        attrs: { "aria-label": `Draft a check-in reminder for ${row.studentName}` },
      });
      if (row.reminderDraftedAt !== "") {
        draft.disabled = true;
        draft.textContent = "Reminder drafted";
      }
      actions.push(el("div", { className: "marks" }, draft));
    }
  }
  return el(
    "div",
    {
      className: `check-in${row.state === "due" ? " due" : ""}`,
      data: { docId: row.docId, state: row.state },
    },
    el("h2", { className: "name", text: row.studentName }),
    ...lines,
    el("p", {}, link),
    ...actions,
  );
}

async function load(): Promise<void> {
  const view = await callServer("getGoalCheckIns");
  show("loading", false);
  const due = view.checkIns.filter((c) => c.state === "due").length;
  setText(
    "summary",
    roundLead(
      view.round,
      `${view.checkIns.length} check-in${view.checkIns.length === 1 ? "" : "s"}, ${due} due.`,
      "No round is open, so there are no check-ins to show.",
    ),
  );
  byId("rows").replaceChildren(...view.checkIns.map((row) => card(row, view)));
  fillList("without-goal", view.withoutGoal);
  show("without-goal-box", view.withoutGoal.length > 0);
  fillList("problems", view.problems);
  show("problems-box", view.problems.length > 0);
}

void load().catch((error) => {
  show("loading", false);
  failed(error);
});
