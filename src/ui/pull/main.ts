/*
 * The Pull teacher comments sidebar: an advisor pulls for all their advisees, or, in a
 * conference doc, for that doc's student; it shows who was done, the problems per student, and
 * which advisees still lack a comment from which teacher, all for the round it names. Docs that
 * wait for the Docs API's per-minute allowance are pulled by the next call, which the sidebar
 * makes by itself.
 */
import type { MissingComment } from "../../domain/comments/views";
import { counted } from "../../domain/plural";
import type { PullInfo, PullResult } from "../../server/pull/pull";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { missingCommentBlocks } from "../shared/missing-list";
import { roundLead } from "../shared/round-lead";
import { callServer } from "../shared/server";

type Scope = { kind: "advisees"; only?: string[] } | { kind: "student"; studentId: string };

/** Calls that pull nothing new before the sidebar stops carrying on and says so. */
const MAX_IDLE_CALLS = 3;

let scopes: { label: string; scope: Scope }[] = [];

function showMissing(missing: readonly MissingComment[]): void {
  const total = missing.reduce((sum, m) => sum + m.students.length, 0);
  setText(
    "missing-summary",
    total === 0
      ? "Every class teacher has commented on these students."
      : `${counted(total, "comment")} still missing. Ask these teachers before the conference:`,
  );
  byId("missing").replaceChildren(...missingCommentBlocks(missing));
}

/** A refusal leaves only its message: nothing that cannot work, nothing still loading. */
function refuse(error: unknown): void {
  show("work", false);
  showError("error", error);
}

function setUp(info: PullInfo): void {
  scopes = [];
  setText(
    "round",
    roundLead(
      info.round,
      "Pulls its comments into its docs; earlier rounds' docs stay as they are.",
      "Pulls this term's comments.",
    ),
  );
  show("round", true);
  if (info.thisDoc) {
    scopes.push({
      label: `${info.thisDoc.student} (this doc)`,
      scope: { kind: "student", studentId: info.thisDoc.studentId },
    });
  }
  if (info.isAdvisor) {
    scopes.push({ label: `All my advisees (${info.advisees})`, scope: { kind: "advisees" } });
    setText(
      "summary",
      `Comments are in ${info.pulledAlready} of your ${info.advisees} advisees' docs so far.`,
    );
    show("summary", true);
  }
  if (info.thisDocNote !== "") {
    setText("note", info.thisDocNote);
    show("note", true);
  }
  if (scopes.length === 0) {
    refuse(new Error("Only advisors pull teacher comments into their advisees' docs."));
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

function showResult(result: PullResult, carryingOn: boolean): void {
  const repaired = result.pulled.filter((p) => p.repaired).length;
  const waiting = result.waiting.length;
  setText(
    "summary",
    `Comments pulled into ${result.pulled.length} of ${result.inScope} docs.` +
      (repaired > 0
        ? ` ${repaired === 1 ? "1 doc had" : `${repaired} docs had`} lost its Teacher comments section: it was added again at the end.`
        : "") +
      (waiting === 0
        ? ""
        : carryingOn
          ? ` Pulling comments: ${result.inScope - waiting} of ${result.inScope}… the rest wait for the Docs API's allowance of 60 writes a minute; keep this sidebar open.`
          : ` ${waiting} are still waiting for the Docs API's allowance: pull again in a minute.`),
  );
  show("summary", true);
  fillList(
    "problems",
    result.problems.map((p) => `${p.student} (${p.studentId}): ${p.problem}`),
  );
  show("problems-box", result.problems.length > 0);
  showMissing(result.missing);
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, Math.min(ms, 65_000)));

async function pull(): Promise<void> {
  const button = byId<HTMLButtonElement>("pull");
  const chosen = scopes[Number(byId<HTMLSelectElement>("scope").value || 0)] ?? scopes[0];
  if (!chosen) return;
  button.disabled = true;
  show("error", false);
  setText("summary", "Pulling comments…");
  show("summary", true);
  try {
    let total = await callServer("pullComments", chosen.scope);
    showResult(total, total.waiting.length > 0 && chosen.scope.kind === "advisees");
    for (let idle = 0; total.waiting.length > 0 && chosen.scope.kind === "advisees"; ) {
      await pause(total.retryInMs);
      const next = await callServer("pullComments", { kind: "advisees", only: [...total.waiting] });
      idle = next.pulled.length === 0 ? idle + 1 : 0;
      total = {
        ...total,
        pulled: [...total.pulled, ...next.pulled],
        problems: [...total.problems, ...next.problems],
        waiting: next.waiting,
        retryInMs: next.retryInMs,
      };
      const carryingOn = total.waiting.length > 0 && idle < MAX_IDLE_CALLS;
      showResult(total, carryingOn);
      if (!carryingOn) break;
    }
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
  .catch(refuse);
