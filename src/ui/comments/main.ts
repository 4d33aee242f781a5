/*
 * The Enter comments sidebar: pick a class, type a comment per student in one grid, save them all
 * at once. It shows what was saved, what conflicted (with the current text) and what was refused.
 * Text that was not saved stays in its box. Names and comments are shown as text, never as HTML.
 */

import type { EntryResult, SaveEntry } from "../../domain/comments/save";
import type { CommentGridView } from "../../server/comment-layer";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

interface RowState {
  readonly studentId: string;
  readonly studentName: string;
  commentId?: string;
  version?: number;
  savedText: string;
  withdrawn: boolean;
}

let teacherEmail = "";
let classId = "";
let rows: RowState[] = [];

function option(text: string, value: string): HTMLOptionElement {
  const element = document.createElement("option");
  element.textContent = text;
  element.value = value;
  return element;
}

function renderGrid(view: CommentGridView): void {
  const select = byId<HTMLSelectElement>("class");
  select.replaceChildren(
    ...view.classes.map((c) => option(`Period ${c.period} · ${c.course} (${c.id})`, c.id)),
  );
  select.disabled = view.classes.length === 0;
  show("loading", false);
  if (!view.grid) {
    showError("error", new Error("You have no classes in Confer's roster."));
    return;
  }
  classId = view.grid.classId;
  select.value = classId;
  rows = view.grid.rows.map((row) => ({
    studentId: row.studentId,
    studentName: row.studentName,
    ...(row.comment ? { commentId: row.comment.id, version: row.comment.version } : {}),
    savedText: row.comment?.status === "active" ? row.comment.text : "",
    withdrawn: row.comment?.status === "withdrawn",
  }));
  byId("rows").replaceChildren(
    ...rows.map((row, i) => {
      const field = document.createElement("div");
      field.className = "field";
      const label = document.createElement("label");
      label.htmlFor = `comment-${i}`;
      label.textContent = row.studentName;
      const text = document.createElement("textarea");
      text.id = `comment-${i}`;
      text.value = row.savedText;
      text.dataset.studentId = row.studentId;
      field.append(label, text);
      return field;
    }),
  );
  show("grid", true);
}

function changedEntries(): SaveEntry[] {
  return rows.flatMap((row, i) => {
    const text = byId<HTMLTextAreaElement>(`comment-${i}`).value;
    if (text === row.savedText) return [];
    const known = row.commentId ? { commentId: row.commentId, version: row.version } : {};
    if (text.trim() === "" && row.commentId && !row.withdrawn) {
      return [{ studentId: row.studentId, text: "", withdraw: true, ...known }];
    }
    return [{ studentId: row.studentId, text, ...known }];
  });
}

function describe(result: EntryResult): string | undefined {
  const name = rows.find((r) => r.studentId === result.studentId)?.studentName ?? result.studentId;
  if (result.outcome === "conflict") {
    return `${name}: changed elsewhere since you opened this class. The current text is “${result.current.text}”. Your text is still in the box; copy what you need, then reload.`;
  }
  if (result.outcome === "refused") return `${name}: not saved, because ${result.reason}.`;
  return undefined;
}

function apply(results: readonly EntryResult[]): void {
  for (const result of results) {
    const row = rows.find((r) => r.studentId === result.studentId);
    if (!row || (result.outcome !== "saved" && result.outcome !== "unchanged")) continue;
    row.commentId = result.comment.id;
    row.version = result.comment.version;
    row.withdrawn = result.comment.status === "withdrawn";
    row.savedText = row.withdrawn ? "" : result.comment.text;
  }
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  const button = byId<HTMLButtonElement>("save");
  for (const id of ["saved", "issues-box", "error"]) show(id, false);
  const entries = changedEntries();
  if (entries.length === 0) {
    setText("saved", "Nothing to save: no comment was changed.");
    show("saved", true);
    return;
  }
  button.disabled = true;
  try {
    const { results } = await callServer("saveComments", { classId, teacherEmail, entries });
    apply(results);
    const savedCount = results.filter((r) => r.outcome === "saved").length;
    setText("saved", `Saved ${savedCount} of ${entries.length} comments.`);
    show("saved", true);
    const issues = results.map(describe).filter((text): text is string => text !== undefined);
    fillList("issues", issues);
    show("issues-box", issues.length > 0);
  } catch (error) {
    showError("error", `${errorMessage(error)} Your comments are still in the boxes.`);
  } finally {
    button.disabled = false;
  }
}

async function load(id?: string): Promise<void> {
  show("error", false);
  try {
    renderGrid(await callServer("getCommentGrid", id));
  } catch (error) {
    show("loading", false);
    showError("error", errorMessage(error));
  }
}

callServer("getAboutInfo")
  .then((info) => {
    teacherEmail = info.user;
    byId("grid").addEventListener("submit", (event) => void save(event));
    byId("class").addEventListener(
      "change",
      () => void load(byId<HTMLSelectElement>("class").value),
    );
    return load();
  })
  .catch((error) => showError("error", error));
