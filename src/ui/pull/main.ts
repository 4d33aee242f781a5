/*
 * The Pull teacher comments sidebar: an advisor pulls for all their advisees, or, in a
 * conference doc, for that doc's student; it shows who was done, the problems per student, and
 * which advisees still lack a comment from which teacher.
 */
import type { MissingComment } from "../../domain/comments/views";
import type { PullInfo, PullResult } from "../../server/pull-comments";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { missingCommentBlocks } from "../shared/missing-list";
import { callServer } from "../shared/server";

type Scope = { kind: "advisees" } | { kind: "student"; studentId: string };

let scopes: { label: string; scope: Scope }[] = [];

function showMissing(missing: readonly MissingComment[]): void {
  const total = missing.reduce((sum, m) => sum + m.students.length, 0);
  setText(
    "missing-summary",
    total === 0
      ? "Every class teacher has commented on these students."
      : `${total} comments still missing. Ask these teachers before the conference:`,
  );
  byId("missing").replaceChildren(...missingCommentBlocks(missing));
}

function setUp(info: PullInfo): void {
  scopes = [];
  if (info.thisDoc) {
    scopes.push({
      label: `${info.thisDoc.student} (this doc)`,
      scope: { kind: "student", studentId: info.thisDoc.studentId },
    });
  }
  if (info.isAdvisor) {
    scopes.push({ label: `All my advisees (${info.advisees})`, scope: { kind: "advisees" } });
  }
  if (info.thisDocNote !== "") {
    setText("note", info.thisDocNote);
    show("note", true);
  }
  if (scopes.length === 0) {
    showError("error", new Error("Only advisors pull teacher comments into their advisees' docs."));
    return;
  }
  byId("scope").replaceChildren(
    ...scopes.map((entry, i) => {
      const option = document.createElement("option");
      option.textContent = entry.label;
      option.value = String(i);
      return option;
    }),
  );
  show("scope-field", true);
  byId<HTMLButtonElement>("pull").disabled = false;
  showMissing(info.missing);
}

function showResult(result: PullResult): void {
  const repaired = result.pulled.filter((p) => p.repaired).length;
  setText(
    "summary",
    `Comments pulled into ${result.pulled.length} of ${result.inScope} docs.` +
      (repaired > 0
        ? ` ${repaired} docs had lost their Teacher comments section: it was added again at the end.`
        : ""),
  );
  show("summary", true);
  fillList(
    "problems",
    result.problems.map((p) => `${p.student} (${p.studentId}): ${p.problem}`),
  );
  show("problems-box", result.problems.length > 0);
  showMissing(result.missing);
}

async function pull(): Promise<void> {
  const button = byId<HTMLButtonElement>("pull");
  const chosen = scopes[Number(byId<HTMLSelectElement>("scope").value || 0)] ?? scopes[0];
  if (!chosen) return;
  button.disabled = true;
  show("error", false);
  setText("summary", "Pulling comments…");
  show("summary", true);
  try {
    showResult(await callServer("pullComments", chosen.scope));
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
  }
}

callServer("getPullInfo")
  .then((info) => {
    setUp(info);
    byId("pull").addEventListener("click", () => void pull());
  })
  .catch((error) => showError("error", error));
