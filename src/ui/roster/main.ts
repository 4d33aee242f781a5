/*
 * The Import roster sidebar: for each file, choose a CSV or paste cells copied from a sheet;
 * Preview shows what the import would do (rosterPreviewLines), the warnings (and who needs an
 * advisor) or every problem, and writes nothing; Apply sends the same files with the preview's
 * fingerprint, and the server refuses it if the hub changed since. Editing a file hides Apply.
 * A chosen file that is not text (an image, a workbook) is refused before it reaches the box.
 */
import { binaryKind } from "../../domain/roster/binary";
import { ONEROSTER_OPTIONAL_FILES, type RosterUpload } from "../../domain/roster/import";
import { importSummaryText } from "../../domain/roster/import-summary";
import { rosterPreviewLines } from "../../domain/roster/preview-text";
import { mountClassroomImport } from "../shared/classroom-import";
import { byId, errorMessage, fillList, setText, show, showError } from "../shared/dom";
import { callServer } from "../shared/server";

const FILES = {
  confer: ["students", "staff", "classes"],
  oneroster: ["users", "classes", "enrollments", ...ONEROSTER_OPTIONAL_FILES],
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
  ...ONEROSTER_OPTIONAL_FILES,
  ...FILES.sds.filter((name) => name !== "Student" && name !== "Teacher"),
]);

const FILES_TEXT = {
  confer: "Three files: students, staff and classes.",
  oneroster:
    "From the SIS: users, classes and enrollments (OneRoster 1.0, 1.1 or 1.2, or Microsoft School Data Sync v2.1); roles.csv when users.csv has no role column, userProfiles.csv if the export has one (not read), relationships.csv for SDS v2.1's guardians, manifest.csv for a delta, advisors.csv (student ID, advisor email) when the export has no homeroom, and languages.csv (sourcedId of a guardian or student, language) for guardians whose rows carry no language.",
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

const CLASSROOM_TEXT =
  "The Classroom courses you choose, with their teachers, students and guardians, read with your own Google sign-in. People and classes are added; nobody is renamed or made inactive.";

/** Google Classroom is a choice of its own: its section replaces the files and the import button. */
function showClassroom(): boolean {
  const chosen = byId<HTMLSelectElement>("format").value === "classroom";
  show("classroom-section", chosen);
  show("files", !chosen);
  show("preview", !chosen);
  if (chosen) {
    forgetPreview();
    setText("format-files", CLASSROOM_TEXT);
    show("homeroom-field", false);
    show("domain-fields", false);
  }
  return chosen;
}

function renderFiles(): void {
  if (showClassroom()) return;
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
        userProfiles: value("userProfiles"),
        manifest: value("manifest"),
        advisors: value("advisors"),
        languages: value("languages"),
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

const RESULTS = ["preview-box", "done", "problems-box", "warnings-box", "advisor-box", "error"];

let previewed: { readonly upload: RosterUpload; readonly fingerprint: string } | null = null;

function clearResults(): void {
  for (const id of RESULTS) show(id, false);
}

function forgetPreview(): void {
  previewed = null;
  show("preview-box", false);
}

function showProblems(title: string, problems: readonly string[]): void {
  setText("problems-title", title);
  fillList("problems", problems);
  show("problems-box", true);
}

async function busy(id: string, work: () => Promise<void>): Promise<void> {
  const button = byId<HTMLButtonElement>(id);
  button.disabled = true;
  try {
    await work();
  } catch (error) {
    showError("error", errorMessage(error));
  } finally {
    button.disabled = false;
  }
}

async function runPreview(): Promise<void> {
  forgetPreview();
  clearResults();
  const sent = upload();
  const preview = await callServer("previewRoster", sent);
  fillList("preview-lines", rosterPreviewLines(preview));
  show("preview-box", true);
  show("apply", preview.ok);
  showWarnings(preview.warnings, preview.needsAdvisor);
  if (preview.ok) previewed = { upload: sent, fingerprint: preview.fingerprint };
  else
    showProblems(
      `Nothing can be imported. ${preview.problems.length} problem(s) to fix:`,
      preview.problems,
    );
}

async function runApply(): Promise<void> {
  if (!previewed) return;
  const { upload: sent, fingerprint } = previewed;
  const result = await callServer("importRoster", { ...sent, fingerprint });
  forgetPreview();
  clearResults();
  if (result.imported) {
    const added =
      result.addedGrades.length === 0
        ? ""
        : ` Added to Settings' grades, each with its comments tab: ${result.addedGrades.join(", ")}.`;
    setText("done", importSummaryText(result.summary) + added);
    show("done", true);
    showWarnings(result.warnings, result.needsAdvisor);
  } else if (result.stale) {
    showError("error", result.stale);
  } else {
    showProblems(
      `Nothing was imported. ${result.problems.length} problem(s) to fix:`,
      result.problems,
    );
  }
}

byId("format").addEventListener("change", () => {
  forgetPreview();
  renderFiles();
});
byId("files").addEventListener("input", forgetPreview);
byId("files").addEventListener("change", forgetPreview);
for (const id of ["homeroom-course", "student-domain", "teacher-domain"]) {
  byId(id).addEventListener("input", forgetPreview);
}
byId("preview").addEventListener("click", () => void busy("preview", runPreview));
byId("apply").addEventListener("click", () => void busy("apply", runApply));
mountClassroomImport(byId("classroom-section"), "coordinator");
renderFiles();
