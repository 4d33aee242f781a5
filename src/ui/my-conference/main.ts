/*
 * The My conference sidebar: the open conference doc's sections as they are now, with the
 * student's actions (purpose, questions, artifacts, reflection, rehearsal) and the advisor's
 * (plan, conference held, guardian update). In a classroom doc the student chooses a purpose,
 * adds questions and work, and asks their teacher for an extra conference.
 * Every text is shown with textContent.
 */
import type { MyConference } from "../../server/my-conference/sidebar";
import { byId, fillList, setText, show } from "../shared/dom";
import { clearFeedback, tellDone, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";
import { renderChecklist, tickedIn } from "./checklist";
import { clearPickedFile } from "./file-picker";
import { setGuardianStudent } from "./guardian";
import { renderNotes, typedNotes } from "./notes";
import { renderReflection, writtenReflection } from "./reflection";

let current: MyConference | undefined;

const SMART_PARTS = ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"];

function value(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

function clear(...ids: string[]): void {
  for (const id of ids) byId<HTMLInputElement>(id).value = "";
}

function renderSmart(view: MyConference): void {
  byId("smart").replaceChildren(
    ...SMART_PARTS.flatMap((part) => {
      const label = document.createElement("label");
      label.textContent = part;
      label.htmlFor = `smart-${part}`;
      const input = document.createElement("input");
      input.type = "text";
      input.id = `smart-${part}`;
      input.value = view.smart.find((s) => s.part === part)?.text ?? "";
      return [label, input];
    }),
  );
}

function roundShown(view: MyConference): string {
  if (view.currentRound) return `Round: ${view.round}`;
  return view.kind === "classroom"
    ? `Round: ${view.round}, now closed. This doc stays as a record.`
    : `Round: ${view.round}, an earlier round. This doc stays as a record; the current round has its own doc.`;
}

function showKind(view: MyConference): void {
  const classroom = view.kind === "classroom";
  for (const element of document.querySelectorAll<HTMLElement>(".student-led-only"))
    element.hidden = classroom;
  for (const element of document.querySelectorAll<HTMLElement>(".classroom-only"))
    element.hidden = !classroom;
}

function render(view: MyConference): void {
  current = view;
  const student = view.role === "student";
  const what = view.kind === "classroom" ? "classroom conference" : "conference";
  setText("who", `${view.studentName}'s ${what} · you are the ${view.role}`);
  setText("round-shown", roundShown(view));
  renderChecklist("purposes", view.purposes, student);
  byId<HTMLInputElement>("something-else").value = view.somethingElse;
  byId<HTMLInputElement>("something-else").disabled = !student;
  renderChecklist("rehearsal", view.rehearsal, student);
  renderReflection(view.reflection, student);
  setGuardianStudent(view.studentId);
  fillList("questions", view.questions);
  fillList(
    "artifacts",
    view.artifacts.map((a) =>
      [a.subject, a.link, a.succeeding, a.challenged, a.future].filter(Boolean).join(" · "),
    ),
  );
  fillList(
    "artifact-problems",
    view.artifactProblems.map((p) => `${p.link}: ${p.problem}`),
  );
  show("artifact-problems-box", view.artifactProblems.length > 0);
  setText(
    "artifact-problems-title",
    student ? "To share before the conference:" : "Files you may not be able to open:",
  );
  setText("layout-notice", view.layoutNotice);
  show("layout-notice", view.layoutNotice !== "");
  fillList("teacher-comments", view.teacherComments);
  renderSmart(view);
  byId<HTMLInputElement>("own-words").value = view.ownWords;
  fillList("next-steps", view.nextSteps);
  fillList("supports", view.teacherSupport);
  renderNotes(view.notes);
  setText("held", view.held ? `Held on ${view.held}.` : "Not held yet.");
  show("mark-held", view.role !== "student" && view.held === "");
  for (const element of document.querySelectorAll<HTMLElement>(".student-only"))
    element.hidden = view.role !== "student";
  for (const element of document.querySelectorAll<HTMLElement>(".staff-only"))
    element.hidden = view.role === "student";
  showKind(view);
  show("content", true);
}

/** Runs one action and shows its view; true when it worked. */
async function act(message: string, call: () => Promise<MyConference>): Promise<boolean> {
  clearFeedback();
  try {
    render(await call());
    if (message) tellDone(message);
    return true;
  } catch (error) {
    tellError(error);
    return false;
  } finally {
    setText("loading", "");
  }
}

function on(id: string, handler: () => Promise<unknown>): void {
  byId(id).addEventListener("click", () => void handler());
}

on("save-purposes", () =>
  act("Your purpose is ticked in the doc.", () =>
    callServer("chooseMyPurposes", tickedIn("purposes"), value("something-else")),
  ),
);
on("save-rehearsal", () =>
  act("Your checklist is ticked in the doc.", () =>
    callServer("tickMyRehearsal", tickedIn("rehearsal")),
  ),
);
on("save-reflection", () =>
  act("Your reflection is in the doc.", () =>
    callServer("writeMyReflection", writtenReflection(current?.reflection ?? [])),
  ),
);
byId("question-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void act("Your question is in the doc.", () =>
    callServer("addMyQuestion", value("question")),
  ).then((added) => {
    if (added) clear("question");
  });
});
on("add-artifact", async () => {
  const added = await act("Your artifact is in the doc.", () =>
    callServer("addMyArtifact", {
      link: value("artifact-link"),
      subject: value("artifact-subject"),
      succeeding: value("artifact-succeeding"),
      challenged: value("artifact-challenged"),
      future: value("artifact-future"),
    }),
  );
  if (!added) return;
  clear(
    "artifact-link",
    "artifact-subject",
    "artifact-succeeding",
    "artifact-challenged",
    "artifact-future",
  );
  clearPickedFile();
});
on("save-plan", async () => {
  const smart = Object.fromEntries(SMART_PARTS.map((part) => [part, value(`smart-${part}`)]));
  const staff = current !== undefined && current.role !== "student";
  const withNotes = staff && typedNotes().trim() !== "";
  const saved = await act(
    withNotes ? "The plan is in the doc. Your notes are saved." : "The plan is in the doc.",
    () =>
      callServer("writeConferencePlan", {
        smart,
        ownWords: value("own-words"),
        nextStep: value("next-step"),
        teacherSupport: value("teacher-support"),
        ...(staff ? { notes: typedNotes() } : {}),
      }),
  );
  if (saved) clear("next-step", "teacher-support");
});
on("mark-held", () =>
  act("The conference is marked held.", () => callServer("markConferenceHeld")),
);
on("save-notes", async () => {
  clearFeedback();
  try {
    renderNotes(await callServer("saveConferenceNotes", typedNotes()));
    tellDone("Your notes are saved.");
  } catch (error) {
    tellError(error);
  }
});
on("ask-extra", async () => {
  clearFeedback();
  try {
    const asked = await callServer("requestMyExtraConference", value("extra-note"));
    clear("extra-note");
    tellDone(asked.message);
  } catch (error) {
    tellError(error);
  }
});
on("refresh", () => act("", () => callServer("getMyConference")));

void act("", () => callServer("getMyConference"));
