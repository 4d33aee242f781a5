/*
 * The Import roster sidebar: for each file, choose a CSV or paste cells copied from a sheet;
 * then Confer checks the whole roster and either imports it, listing what the school can fix
 * later (the warnings, and who needs an advisor), or lists every problem. A chosen file that is
 * not text (an image, a workbook) is refused before it reaches the box.
 */
import { binaryKind } from "../../domain/roster/binary";
import type { RosterUpload } from "../../domain/roster/import";
import { importSummaryText } from "../../domain/roster/import-summary";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

const FILES = {
  confer: ["students", "staff", "classes"],
  oneroster: ["users", "classes", "enrollments", "roles", "relationships", "manifest", "advisors"],
  sds: [
    "Student",
    "Teacher",
    "Section",
    "StudentEnrollment",
    "TeacherRoster",
    "User",
    "GuardianRelationship",
  ],
} as const;

const OPTIONAL: ReadonlySet<string> = new Set([
  "roles",
  "relationships",
  "manifest",
  "advisors",
  "Section",
  "StudentEnrollment",
  "TeacherRoster",
  "User",
  "GuardianRelationship",
]);

const FILES_TEXT = {
  confer: "Three files: students, staff and classes.",
  oneroster:
    "From the SIS: users, classes and enrollments (OneRoster 1.0, 1.1 or 1.2, or Microsoft School Data Sync v2.1); roles.csv when users.csv has no role column, relationships.csv for SDS v2.1's guardians, manifest.csv for a delta, and advisors.csv (student ID, advisor email) when the export has no homeroom.",
  sds: "School Data Sync's classic CSV files (US or UK): Student and Teacher; Section, StudentEnrollment and TeacherRoster for the classes; User and GuardianRelationship for guardians. School.csv is not needed.",
} as const;

type Format = keyof typeof FILES;

function format(): Format {
  const chosen = byId<HTMLSelectElement>("format").value;
  return chosen === "oneroster" || chosen === "sds" ? chosen : "confer";
}

/** Puts a chosen file's text in the box, or refuses a file that is not text, naming it. */
async function readChosen(
  input: HTMLInputElement,
  text: HTMLTextAreaElement,
  problem: HTMLElement,
) {
  const chosen = input.files?.[0];
  if (!chosen) return;
  const content = await chosen.text();
  const kind = binaryKind(content);
  const field = text.closest(".field");
  field?.classList.toggle("invalid", kind !== null);
  problem.hidden = kind === null;
  if (kind === null) {
    text.value = content;
    return;
  }
  text.value = "";
  input.value = "";
  problem.textContent = `${chosen.name} is not a CSV file (it looks like ${kind}), so it was not put in the box. Export the sheet as CSV (File > Download > Comma-separated values) and choose that file.`;
}

function renderFiles(): void {
  setText("format-files", FILES_TEXT[format()]);
  show("homeroom-field", format() !== "confer");
  show("domain-fields", format() === "sds");
  byId("files").replaceChildren(
    ...FILES[format()].map((name) => {
      const field = document.createElement("div");
      field.className = "field";
      const label = document.createElement("label");
      label.htmlFor = `text-${name}`;
      label.textContent = OPTIONAL.has(name) ? `${name}.csv (if you have one)` : `${name}.csv`;
      const file = document.createElement("input");
      file.type = "file";
      file.accept = ".csv,text/csv,text/plain";
      file.id = `file-${name}`;
      file.setAttribute("aria-label", `Choose ${name}.csv`);
      const text = document.createElement("textarea");
      text.id = `text-${name}`;
      text.placeholder = "…or paste the CSV, or cells copied from a sheet";
      const problem = document.createElement("p");
      problem.className = "problem";
      problem.id = `problem-${name}`;
      problem.setAttribute("role", "alert");
      problem.hidden = true;
      file.setAttribute("aria-describedby", problem.id);
      file.addEventListener("change", () => void readChosen(file, text, problem));
      field.append(label, file, problem, text);
      return field;
    }),
  );
}

function upload(): RosterUpload {
  const value = (name: string) => byId<HTMLTextAreaElement>(`text-${name}`).value;
  const input = (id: string) => byId<HTMLInputElement>(id).value.trim();
  if (format() === "sds") {
    return {
      format: "sds",
      student: value("Student"),
      teacher: value("Teacher"),
      section: value("Section"),
      studentEnrollment: value("StudentEnrollment"),
      teacherRoster: value("TeacherRoster"),
      user: value("User"),
      guardianRelationship: value("GuardianRelationship"),
      studentDomain: input("student-domain"),
      teacherDomain: input("teacher-domain"),
      homeroomCourse: input("homeroom-course"),
    };
  }
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
        roles: value("roles"),
        manifest: value("manifest"),
        advisors: value("advisors"),
        relationships: value("relationships"),
        homeroomCourse: byId<HTMLInputElement>("homeroom-course").value.trim(),
      };
}

function showWarnings(warnings: readonly string[], needsAdvisor: readonly string[]): void {
  setText(
    "warnings-title",
    `${warnings.length} warning(s): imported, to fix in the SIS when you can:`,
  );
  fillList("warnings", warnings);
  show("warnings-box", warnings.length > 0);
  setText("advisor-title", `Needs an advisor (${needsAdvisor.length}):`);
  fillList("needs-advisor", needsAdvisor);
  show("advisor-box", needsAdvisor.length > 0);
}

async function runImport(): Promise<void> {
  const button = byId<HTMLButtonElement>("import");
  button.disabled = true;
  for (const id of ["done", "problems-box", "warnings-box", "advisor-box", "error"]) {
    show(id, false);
  }
  try {
    const result = await callServer("importRoster", upload());
    if (result.imported) {
      const added =
        result.addedGrades.length === 0
          ? ""
          : ` Added to Settings' grades, each with its comments tab: ${result.addedGrades.join(", ")}.`;
      setText("done", importSummaryText(result.summary) + added);
      show("done", true);
      showWarnings(result.warnings, result.needsAdvisor);
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
