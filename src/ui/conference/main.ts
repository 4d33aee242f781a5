/*
 * The My conference sidebar: the open conference doc's sections as they are now, with the
 * student's actions (purpose, questions, artifacts) and the advisor's (plan, conference held).
 * Every text is shown with textContent.
 */
import type { MyConference } from "../../server/my-conference";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

const SMART_PARTS = ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"];

function value(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

function clear(...ids: string[]): void {
  for (const id of ids) byId<HTMLInputElement>(id).value = "";
}

function renderPurposes(view: MyConference): void {
  byId("purposes").replaceChildren(
    ...view.purposes.map((purpose) => {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = purpose.label;
      box.checked = purpose.ticked;
      box.disabled = view.role !== "student";
      label.append(box, document.createTextNode(` ${purpose.label}`));
      return label;
    }),
  );
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

function render(view: MyConference): void {
  setText("who", `${view.studentName}'s conference · you are the ${view.role}`);
  renderPurposes(view);
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
  fillList("reflections", view.reflections);
  fillList("teacher-comments", view.teacherComments);
  renderSmart(view);
  byId<HTMLInputElement>("own-words").value = view.ownWords;
  fillList("next-steps", view.nextSteps);
  fillList("supports", view.teacherSupport);
  byId<HTMLTextAreaElement>("notes").value = view.notes;
  setText("held", view.held ? `Held on ${view.held}.` : "Not held yet.");
  for (const element of document.querySelectorAll<HTMLElement>(".student-only"))
    element.hidden = view.role !== "student";
  for (const element of document.querySelectorAll<HTMLElement>(".staff-only"))
    element.hidden = view.role === "student";
  show("content", true);
}

async function act(message: string, call: () => Promise<MyConference>): Promise<void> {
  show("error", false);
  show("done", false);
  try {
    render(await call());
    if (message) {
      setText("done", message);
      show("done", true);
    }
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    setText("loading", "");
  }
}

function chosenPurposes(): string[] {
  return [...byId("purposes").querySelectorAll<HTMLInputElement>("input:checked")].map(
    (box) => box.value,
  );
}

function on(id: string, handler: () => Promise<void>): void {
  byId(id).addEventListener("click", () => void handler());
}

on("save-purposes", () =>
  act("Your purpose is ticked in the doc.", () => callServer("chooseMyPurposes", chosenPurposes())),
);
on("add-question", async () => {
  await act("Your question is in the doc.", () => callServer("addMyQuestion", value("question")));
  clear("question");
});
on("add-artifact", async () => {
  await act("Your artifact is in the doc.", () =>
    callServer("addMyArtifact", {
      link: value("artifact-link"),
      subject: value("artifact-subject"),
      succeeding: value("artifact-succeeding"),
      challenged: value("artifact-challenged"),
      future: value("artifact-future"),
    }),
  );
  clear(
    "artifact-link",
    "artifact-subject",
    "artifact-succeeding",
    "artifact-challenged",
    "artifact-future",
  );
});
on("save-plan", async () => {
  const smart = Object.fromEntries(SMART_PARTS.map((part) => [part, value(`smart-${part}`)]));
  await act("The plan is in the doc.", () =>
    callServer("writeConferencePlan", {
      smart,
      ownWords: value("own-words"),
      nextStep: value("next-step"),
      teacherSupport: value("teacher-support"),
    }),
  );
  clear("next-step", "teacher-support");
});
on("mark-held", () =>
  act("The conference is marked held.", () => callServer("markConferenceHeld")),
);
on("save-notes", async () => {
  show("error", false);
  try {
    byId<HTMLTextAreaElement>("notes").value = await callServer(
      "saveConferenceNotes",
      byId<HTMLTextAreaElement>("notes").value,
    );
    setText("done", "Your notes are saved.");
    show("done", true);
  } catch (error) {
    showError("error", errorMessage(error));
  }
});
on("refresh", () => act("", () => callServer("getMyConference")));

void act("", () => callServer("getMyConference"));
