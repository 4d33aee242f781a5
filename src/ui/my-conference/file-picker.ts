/*
 * The artifact picker: the student's own Drive files, newest first, filtered by name as they
 * type. Choosing one puts its link in the artifact form, which then adds it as any link.
 */
import type { OwnFile } from "../../domain/my-conference/own-files";
import { byId, setText, show } from "../shared/dom";
import { clearFeedback, tellError } from "../shared/feedback";
import { callServer } from "../shared/server";

let files: readonly OwnFile[] = [];

const KINDS: Readonly<Record<string, string>> = {
  "application/vnd.google-apps.document": "Doc",
  "application/vnd.google-apps.presentation": "Slides",
  "application/vnd.google-apps.spreadsheet": "Sheet",
  "application/pdf": "PDF",
};

function kindOf(mimeType: string): string {
  return KINDS[mimeType] ?? (mimeType.startsWith("image/") ? "Image" : "File");
}

function choose(file: OwnFile): void {
  byId<HTMLInputElement>("artifact-link").value = file.link;
  setText("picked-file", `Chosen: ${file.name}`);
  show("file-picker", false);
  byId<HTMLInputElement>("artifact-subject").focus();
}

function renderFiles(): void {
  const filter = byId<HTMLInputElement>("file-filter").value.trim().toLowerCase();
  const shown = files.filter((file) => file.name.toLowerCase().includes(filter));
  byId("file-list").replaceChildren(
    ...shown.map((file) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "file-choice";
      button.textContent = `${file.name} (${kindOf(file.mimeType)}, ${file.modifiedTime.slice(0, 10)})`;
      button.addEventListener("click", () => choose(file));
      item.append(button);
      return item;
    }),
  );
  setText(
    "file-count",
    files.length === 0
      ? "You have no Docs, Slides, Sheets, PDFs or images of your own in Drive yet."
      : shown.length === 0
        ? "No file of yours has that in its name."
        : "",
  );
}

byId("pick-file").addEventListener("click", async () => {
  clearFeedback();
  setText("file-count", "Reading your Drive files…");
  show("file-picker", true);
  try {
    files = await callServer("listMyDriveFiles");
    renderFiles();
  } catch (error) {
    show("file-picker", false);
    tellError(error);
  }
});
byId("file-filter").addEventListener("input", renderFiles);

/** Forgets the chosen file once the artifact is added. */
export function clearPickedFile(): void {
  setText("picked-file", "");
}
