/*
 * The Import roster sidebar: for each file, choose a CSV or paste cells copied from a sheet;
 * then Confer checks the whole roster and either imports it or lists every problem.
 */
import type { RosterUpload } from "../../domain/roster/import";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

const FILES = {
  confer: ["students", "staff", "classes"],
  oneroster: ["users", "classes", "enrollments"],
} as const;

type Format = keyof typeof FILES;

function format(): Format {
  return byId<HTMLSelectElement>("format").value === "oneroster" ? "oneroster" : "confer";
}

function renderFiles(): void {
  byId("files").replaceChildren(
    ...FILES[format()].map((name) => {
      const field = document.createElement("div");
      field.className = "field";
      const label = document.createElement("label");
      label.htmlFor = `text-${name}`;
      label.textContent = `${name}.csv`;
      const file = document.createElement("input");
      file.type = "file";
      file.accept = ".csv,text/csv,text/plain";
      file.id = `file-${name}`;
      file.setAttribute("aria-label", `Choose ${name}.csv`);
      const text = document.createElement("textarea");
      text.id = `text-${name}`;
      text.placeholder = "…or paste the CSV, or cells copied from a sheet";
      file.addEventListener("change", () => {
        const chosen = file.files?.[0];
        if (chosen) void chosen.text().then((content) => (text.value = content));
      });
      field.append(label, file, text);
      return field;
    }),
  );
}

function upload(): RosterUpload {
  const value = (name: string) => byId<HTMLTextAreaElement>(`text-${name}`).value;
  return format() === "confer"
    ? {
        format: "confer",
        students: value("students"),
        staff: value("staff"),
        classes: value("classes"),
      }
    : {
        format: "oneroster",
        users: value("users"),
        classes: value("classes"),
        enrollments: value("enrollments"),
      };
}

async function runImport(): Promise<void> {
  const button = byId<HTMLButtonElement>("import");
  button.disabled = true;
  for (const id of ["done", "problems-box", "error"]) show(id, false);
  try {
    const result = await callServer("importRoster", upload());
    if (result.imported) {
      const s = result.summary;
      setText(
        "done",
        `Imported ${result.students} students: ${s.added} added, ${s.updated} updated, ${s.deactivated} now inactive, ${s.reactivated} back, ${s.unchanged} unchanged.`,
      );
      show("done", true);
    } else {
      setText(
        "problems-title",
        `Nothing was imported. ${result.problems.length} problem(s) to fix:`,
      );
      fillList("problems", result.problems);
      show("problems-box", true);
    }
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
  }
}

byId("format").addEventListener("change", renderFiles);
byId("import").addEventListener("click", () => void runImport());
renderFiles();
