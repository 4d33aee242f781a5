/*
 * The Create conference docs sidebar: a coordinator picks every student or a grade, an advisor
 * creates their advisees' docs; it shows N of M and who is done, and the problems per student,
 * reading the run's progress after each batch while a long run is still going. Opened while
 * a run is under way (started here earlier, or carried on by the hourly run), it shows that run's
 * progress and keeps reading it until the run ends.
 */
import type { DocsProgress } from "../../server/conference-docs/run";
import type { DocsSidebarInfo } from "../../server/conference-docs/sidebar";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { roundLead } from "../shared/round-lead";
import { callServer } from "../shared/server";

type Scope =
  | { kind: "all" }
  | { kind: "grade"; grade: string }
  | { kind: "advisor"; advisorEmail: string };

let scopes: Scope[] = [];

function option(text: string, value: string): HTMLOptionElement {
  const element = document.createElement("option");
  element.textContent = text;
  element.value = value;
  return element;
}

/** A refusal leaves only its message, with no button that cannot work. */
function refuse(error: unknown): void {
  show("create", false);
  showError("error", error);
}

function setUp(info: DocsSidebarInfo): void {
  setText(
    "round-shown",
    roundLead(
      info.round,
      "Docs are named after it and filed in its folder; a student's doc from an earlier round stays as it is.",
      "No round is open: a coordinator opens one in Confer ▸ Rounds….",
    ),
  );
  if (info.isCoordinator) {
    scopes = [{ kind: "all" }, ...info.grades.map((grade) => ({ kind: "grade" as const, grade }))];
    if (info.isAdvisor) scopes.push({ kind: "advisor", advisorEmail: info.email });
    byId("scope").replaceChildren(
      ...scopes.map((scope, i) =>
        option(
          scope.kind === "all"
            ? "Every student"
            : scope.kind === "grade"
              ? `Grade ${scope.grade}`
              : "My advisees",
          String(i),
        ),
      ),
    );
    show("scope-field", true);
  } else if (info.isAdvisor) {
    scopes = [{ kind: "advisor", advisorEmail: info.email }];
    setText("advisor-scope", `For your ${info.advisees} advisees.`);
    show("advisor-scope", true);
  } else {
    refuse(new Error("Only advisors and the coordinator create conference docs."));
    return;
  }
  byId<HTMLButtonElement>("create").disabled = false;
  if (info.last) showProgress(info.last);
  if (info.last?.continuing) void follow();
}

function showProgress(progress: DocsProgress): void {
  const finished = progress.inScope - progress.remaining;
  const bar = byId<HTMLProgressElement>("progress");
  bar.max = Math.max(progress.inScope, 1);
  bar.value = finished;
  const members = progress.members ?? "students";
  setText(
    "summary",
    progress.continuing
      ? `Creating docs for ${progress.scope}: ${finished} of ${progress.inScope}…`
      : `${finished} of ${progress.inScope} ${members} have a doc (${progress.created} made now).`,
  );
  show("stopped", Boolean(progress.stoppedBecause));
  if (progress.stoppedBecause) {
    setText(
      "stopped",
      `Paused because ${progress.stoppedBecause}. ${progress.continuing ? "While this sidebar is open Confer carries on at once; closed, it carries on by itself within the hour." : ""}`,
    );
  }
  show("repaired", progress.accessRepaired > 0);
  setText(
    "repaired",
    `${progress.accessRepaired} earlier docs were moved to their student's new advisor or grade, or shared with a student who now has an account.`,
  );
  fillList("done", progress.done);
  show("done-box", progress.done.length > 0);
  fillList("problems", [
    ...progress.problems.map(
      (problem) => `${problem.student} (${problem.studentId}): ${problem.problem}`,
    ),
    ...(progress.moreProblems ? [`…and ${progress.moreProblems} more like these.`] : []),
  ]);
  show("problems-box", progress.problems.length > 0);
  show("progress-box", true);
}

/** Enough passes for the largest school; each pass is one execution that answers in time. */
const MAX_PASSES = 400;
/** Passes that made nothing (the Docs write window was full) are tried again after a pause. */
const MAX_IDLE_PASSES = 3;
const IDLE_PAUSE_MS = 20_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** While a pass runs (up to 5 minutes), the progress it stores after each batch is read this often. */
const WATCH_MS = 10_000;

/** Reads a run under way, started before this sidebar opened, until it ends or one starts here. */
async function follow(): Promise<void> {
  for (;;) {
    await pause(WATCH_MS);
    if (runningHere) return;
    const info = await callServer("getDocsSidebarInfo").catch(() => undefined);
    if (runningHere || !info?.last) return;
    showProgress(info.last);
    if (!info.last.continuing) return;
  }
}

let runningHere = false;

/** Shows the progress a running pass stores after each batch, until `pass` settles. */
async function watch<T>(pass: Promise<T>): Promise<T> {
  let settled = false;
  const timer = setInterval(() => {
    callServer("getDocsSidebarInfo")
      .then((info) => {
        if (!settled && info.last?.continuing) showProgress(info.last);
      })
      .catch(() => undefined);
  }, WATCH_MS);
  try {
    return await pass;
  } finally {
    settled = true;
    clearInterval(timer);
  }
}

async function create(): Promise<void> {
  const button = byId<HTMLButtonElement>("create");
  const scope = scopes[Number(byId<HTMLSelectElement>("scope").value || 0)] ?? scopes[0];
  if (!scope) return;
  button.disabled = true;
  runningHere = true;
  show("error", false);
  setText("summary", "Creating docs…");
  show("progress-box", true);
  try {
    let idle = 0;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const progress = await watch(callServer("createConferenceDocs", scope));
      showProgress(progress);
      if (!progress.continuing) break;
      idle = progress.created === 0 ? idle + 1 : 0;
      if (idle > MAX_IDLE_PASSES) break;
      if (idle > 0) await pause(IDLE_PAUSE_MS);
      setText(
        "summary",
        `Creating docs: ${progress.inScope - progress.remaining} of ${progress.inScope}… Google lets Confer fill about 60 docs a minute.`,
      );
    }
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
    runningHere = false;
  }
}

callServer("getDocsSidebarInfo")
  .then((info) => {
    setUp(info);
    byId("create").addEventListener("click", () => void create());
  })
  .catch(refuse);
