/*
 * The Draft guardian updates sidebar: preview every draft (recipients, language, subject, body)
 * for the advisor's advisees, then create them in Gmail only when the advisor confirms. All text
 * is shown with textContent, never as HTML.
 */
import { countByKind } from "../../domain/guardian-updates/update-kind";
import { counted } from "../../domain/plural";
import type { DraftPreview, UpdatesView } from "../../server/guardian-updates/advisor-drafts";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { roundLead } from "../shared/round-lead";
import { callServer } from "../shared/server";

const SCOPE = { kind: "advisees" } as const;

const KIND_NAMES = {
  met: "plan after the conference",
  booked: "booked time",
  invite: "invitation to book",
} as const;

function card(draft: DraftPreview): HTMLElement {
  const box = document.createElement("details");
  box.className = "block";
  const title = document.createElement("summary");
  title.textContent = `${draft.studentName} · ${draft.language} · ${KIND_NAMES[draft.kind]}${draft.alreadyDrafted ? " · drafted already" : ""}`;
  const to = document.createElement("p");
  to.className = "secondary";
  to.textContent = `To: ${draft.to.join(", ")}`;
  const subject = document.createElement("p");
  subject.textContent = `Subject: ${draft.subject}`;
  const body = document.createElement("pre");
  body.style.whiteSpace = "pre-wrap";
  body.textContent = draft.text;
  box.append(title, to, subject, body);
  return box;
}

function showRound(round: string): void {
  setText(
    "round-shown",
    roundLead(
      round,
      "The drafts speak of this round's conference and plan.",
      "No round is open and Settings has no term: a coordinator opens one in Confer ▸ Rounds….",
    ),
  );
}

function render(view: UpdatesView): void {
  showRound(view.round);
  byId("drafts").replaceChildren(...view.drafts.map(card));
  const students = new Set(view.drafts.map((d) => d.studentId)).size;
  setText(
    "summary",
    `${counted(view.drafts.length, "draft")} for ${counted(students, "student")}: ${countByKind(view.drafts.map((d) => d.kind))}.`,
  );
  fillList(
    "notes",
    view.notes.map((n) => `${n.student}: ${n.note}`),
  );
  show("notes-box", view.notes.length > 0);
  show("confirm-box", view.drafts.length > 0);
}

async function preview(): Promise<void> {
  for (const id of ["done", "error"]) show(id, false);
  setText("summary", "Reading your advisees' plans…");
  try {
    render(await callServer("previewGuardianUpdates", SCOPE));
  } catch (error) {
    setText("summary", "");
    showError("error", errorMessage(error));
  }
}

async function create(): Promise<void> {
  const button = byId<HTMLButtonElement>("create");
  button.disabled = true;
  show("error", false);
  try {
    const made = await callServer("createGuardianUpdates", {
      scope: SCOPE,
      replace: byId<HTMLInputElement>("replace").checked,
    });
    render(made);
    const skipped = made.skippedAsDrafted.length;
    setText(
      "done",
      `Created ${counted(made.created, "draft")} in your Gmail (${made.createdKinds})${made.replaced ? `, replacing ${made.replaced}` : ""}.${skipped ? ` ${skipped} students were drafted already; tick Replace to redo them.` : ""}`,
    );
    show("done", true);
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
  }
}

byId("preview").addEventListener("click", () => void preview());
callServer("getUpdatesSidebarInfo")
  .then((info) => showRound(info.round))
  .catch((error: unknown) => showError("error", errorMessage(error)));
byId("create").addEventListener("click", () => void create());
