/*
 * The Enter comments sidebar: pick a class, type a comment per student in one grid, save them all
 * at once. It shows what was saved, what conflicted (with the current text) and what was refused.
 * Text that was not saved stays in its box and is marked; switching class or leaving the page
 * with unsaved text asks first, clearing a saved comment asks before withdrawing it, and a box
 * over the limit is refused before anything is sent. It says which round the comments go into (a
 * round whose window is closed today takes no save), and lists the teacher's comments of earlier
 * rounds read-only. Names and comments are shown as text only.
 */

import {
  boxState,
  type GridBox,
  listOfNames,
  overLimitRefusal,
  planGridSave,
  withdrawQuestion,
} from "../../domain/comments/grid-edits";
import type { EntryResult } from "../../domain/comments/save";
import type { CommentGridView } from "../../server/comments/grid";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { option } from "../shared/elements";
import { callServer } from "../shared/server";
import { ask } from "./ask";
import { boxTexts, markAll, markBox, renderBoxes } from "./boxes";
import { earlierBlocks, roundLine } from "./round";

let teacherEmail = "";
let classId = "";
let boxes: GridBox[] = [];
let roundOpen = true;

const classLabel = (c: { id: string; course: string; period: string }) =>
  `Period ${c.period} · ${c.course} (${c.id})`;

function renderRound(view: CommentGridView): void {
  const line = byId("round");
  line.textContent = roundLine(view.round);
  line.classList.toggle("closed", !view.round.open);
  line.hidden = false;
  roundOpen = view.round.open;
  byId<HTMLButtonElement>("save").disabled = !roundOpen;
  byId("earlier").replaceChildren(...earlierBlocks(view.earlier));
  show("earlier-box", view.earlier.length > 0);
}

function renderGrid(view: CommentGridView): void {
  renderRound(view);
  const select = byId<HTMLSelectElement>("class");
  select.replaceChildren(...view.classes.map((c) => option(classLabel(c), c.id)));
  select.disabled = view.classes.length === 0;
  show("loading", false);
  if (!view.grid) {
    showError("error", new Error("You have no classes in Confer's roster."));
    return;
  }
  classId = view.grid.classId;
  select.value = classId;
  boxes = view.grid.rows.map((row) => ({
    studentId: row.studentId,
    studentName: row.studentName,
    ...(row.comment ? { commentId: row.comment.id, version: row.comment.version } : {}),
    savedText: row.comment?.status === "active" ? row.comment.text : "",
    withdrawn: row.comment?.status === "withdrawn",
  }));
  renderBoxes(boxes, (i) => markBox(boxes[i]!, i));
  show("grid", true);
}

function unsavedNames(): string[] {
  const texts = boxTexts(boxes);
  return boxes
    .filter((box, i) => boxState(box, texts[i]!) !== "unchanged")
    .map((b) => b.studentName);
}

function focusFirst(selector: string): void {
  byId("rows").querySelector<HTMLElement>(selector)?.focus();
}

function describe(result: EntryResult): string | undefined {
  const name = boxes.find((b) => b.studentId === result.studentId)?.studentName ?? result.studentId;
  if (result.outcome === "conflict") {
    return `${name}: changed elsewhere since you opened this class. The current text is “${result.current.text}”. Your text is still in the box; copy what you need, then reload.`;
  }
  if (result.outcome === "refused") return `${name}: not saved, because ${result.reason}.`;
  return undefined;
}

function apply(results: readonly EntryResult[]): void {
  boxes = boxes.map((box) => {
    const result = results.find((r) => r.studentId === box.studentId);
    if (!result || (result.outcome !== "saved" && result.outcome !== "unchanged")) return box;
    const withdrawn = result.comment.status === "withdrawn";
    return {
      ...box,
      commentId: result.comment.id,
      version: result.comment.version,
      withdrawn,
      savedText: withdrawn ? "" : result.comment.text,
    };
  });
  markAll(boxes);
}

function withdrawnNames(results: readonly EntryResult[], asked: readonly string[]): string[] {
  return results
    .filter((r) => r.outcome === "saved" && r.comment.status === "withdrawn")
    .map((r) => boxes.find((b) => b.studentId === r.studentId)?.studentName ?? r.studentId)
    .filter((name) => asked.includes(name));
}

function showIssues(issues: readonly string[]): void {
  fillList("issues", issues);
  show("issues-box", issues.length > 0);
}

/** Saves the changed boxes; true when every change was saved (or there was none). */
async function save(): Promise<boolean> {
  for (const id of ["saved", "issues-box", "error"]) show(id, false);
  const plan = planGridSave(boxes, boxTexts(boxes));
  if (plan.entries.length === 0) {
    setText("saved", "Nothing to save: no comment was changed.");
    show("saved", true);
    return true;
  }
  if (plan.overLimit.length > 0) {
    showIssues([overLimitRefusal(plan.overLimit)]);
    focusFirst("textarea[aria-invalid='true']");
    return false;
  }
  if (plan.withdrawals.length > 0) {
    const withdraw = await ask(
      withdrawQuestion(plan.withdrawals),
      "You cleared the box, so saving withdraws the comment: advisors no longer see it or pull it into the conference doc.",
      [
        { label: "Withdraw", value: true, primary: true },
        { label: "Cancel", value: false },
      ],
    );
    if (!withdraw) {
      setText("saved", "Nothing was saved. The cleared boxes are still marked.");
      show("saved", true);
      return false;
    }
  }
  const button = byId<HTMLButtonElement>("save");
  const select = byId<HTMLSelectElement>("class");
  button.disabled = true;
  select.disabled = true;
  try {
    const { results } = await callServer("saveComments", {
      classId,
      teacherEmail,
      entries: [...plan.entries],
    });
    apply(results);
    const savedCount = results.filter((r) => r.outcome === "saved").length;
    const withdrawn = withdrawnNames(results, plan.withdrawals);
    setText(
      "saved",
      `Saved ${savedCount} of ${plan.entries.length} comments.` +
        (withdrawn.length > 0
          ? ` Withdrew your ${withdrawn.length === 1 ? "comment" : "comments"} for ${listOfNames(withdrawn)}.`
          : ""),
    );
    show("saved", true);
    const issues = results.map(describe).filter((text): text is string => text !== undefined);
    showIssues(issues);
    return issues.length === 0;
  } catch (error) {
    showError("error", `${errorMessage(error)} Your comments are still in the boxes.`);
    return false;
  } finally {
    button.disabled = !roundOpen;
    select.disabled = false;
    if (document.activeElement === null || document.activeElement === document.body) {
      button.focus();
    }
  }
}

async function load(id?: string): Promise<void> {
  show("error", false);
  const select = byId<HTMLSelectElement>("class");
  select.disabled = true;
  try {
    renderGrid(await callServer("getCommentGrid", id));
  } catch (error) {
    show("loading", false);
    select.value = classId;
    select.disabled = select.options.length === 0;
    showError("error", errorMessage(error));
  }
}

async function switchClass(): Promise<void> {
  const select = byId<HTMLSelectElement>("class");
  const target = select.value;
  if (target === classId) return;
  const pending = unsavedNames();
  if (pending.length > 0) {
    const targetLabel = select.selectedOptions[0]?.textContent ?? target;
    select.value = classId;
    const current = select.selectedOptions[0]?.textContent ?? classId;
    const choice = await ask(
      `Your ${pending.length === 1 ? "comment" : "comments"} for ${listOfNames(pending)} ${pending.length === 1 ? "is" : "are"} not saved.`,
      `Save before opening ${targetLabel}, discard the changes, or stay on ${current}.`,
      [
        { label: "Save, then switch", value: "save", primary: true },
        { label: "Discard changes", value: "discard" },
        { label: "Stay", value: "stay" },
      ] as const,
    );
    if (choice === "stay") {
      focusFirst(".unsaved textarea");
      return;
    }
    if (choice === "save") {
      if (!(await save())) return;
      await load(target);
      setText("saved", `${current}: ${byId("saved").textContent}`);
      return;
    }
  }
  for (const id of ["saved", "issues-box"]) show(id, false);
  await load(target);
}

window.addEventListener("beforeunload", (event) => {
  if (unsavedNames().length === 0) return;
  event.preventDefault();
  event.returnValue = "";
});

callServer("getAboutInfo")
  .then((info) => {
    teacherEmail = info.user;
    byId("grid").addEventListener("submit", (event) => {
      event.preventDefault();
      void save();
    });
    byId("class").addEventListener("change", () => void switchClass());
    return load();
  })
  .catch((error) => showError("error", error));
