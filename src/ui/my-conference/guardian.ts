/* The advisor's "Draft guardian update" for this doc's student: a preview, then Gmail drafts. */
import type { UpdatesView } from "../../server/guardian-updates/advisor-drafts";
import { byId, fillList, show } from "../shared/dom";
import { clearFeedback, tellDone, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";

let studentId = "";

export function setGuardianStudent(id: string): void {
  studentId = id;
}

const scope = () => ({ kind: "student" as const, studentId });

function renderDrafts(view: UpdatesView): void {
  fillList(
    "guardian-drafts",
    view.drafts.map(
      (d) =>
        `${d.language} · To: ${d.to.join(", ")} · ${d.subject}${d.alreadyDrafted ? " · drafted already" : ""}`,
    ),
  );
  fillList(
    "guardian-notes",
    view.notes.map((n) => `${n.student}: ${n.note}`),
  );
  show("create-guardian-update", view.drafts.length > 0);
}

async function guarded(work: () => Promise<void>): Promise<void> {
  clearFeedback();
  try {
    await work();
  } catch (error) {
    tellError(error);
  }
}

byId("draft-guardian-update").addEventListener("click", () =>
  guarded(async () => renderDrafts(await callServer("previewGuardianUpdates", scope()))),
);
byId("create-guardian-update").addEventListener("click", () =>
  guarded(async () => {
    const made = await callServer("createGuardianUpdates", { scope: scope(), replace: true });
    renderDrafts(made);
    tellDone(`The guardian update is in your Gmail drafts (${made.created}).`);
  }),
);
