/*
 * Import from Google Classroom, as a section of a page: list the Classroom courses the person
 * can see (a coordinator: any; a teacher: those they teach), tick some, optionally give the
 * grade new students take and (coordinator) the course standing in for homeroom, then import.
 * The page's section holds its own messages; the server reads Classroom itself with the
 * person's own Google sign-in, so nothing here is roster data.
 */

import { importSummaryText } from "../../domain/roster/import-summary";
import type { ClassroomImportResult } from "../../server/roster/classroom-import";
import { errorMessage } from "./dom";
import { button, el } from "./elements";
import { callServer } from "./server";

export type ClassroomImportMode = "coordinator" | "teacher";

/** Each call named in full, as the bundle check finds a page's calls. */
const listCourses = (mode: ClassroomImportMode) =>
  mode === "coordinator"
    ? callServer("listClassroomCourses", {})
    : callServer("listMyClassroomCourses", {});

const importCourses = (mode: ClassroomImportMode, request: Record<string, unknown>) =>
  mode === "coordinator"
    ? callServer("importClassroomCourses", request)
    : callServer("importMyClassroomCourses", request);

function list(title: string, items: readonly string[]): HTMLElement {
  return el(
    "div",
    {},
    el("span", { text: title }),
    el("ul", { className: "problems" }, ...items.map((item) => el("li", { text: item }))),
  );
}

/** Builds the section in `host`; `onImported` hears of each import that wrote the roster. */
export function mountClassroomImport(
  host: HTMLElement,
  mode: ClassroomImportMode,
  onImported: (result: ClassroomImportResult) => void = () => {},
): void {
  const courses = el("div", { className: "classroom-courses" });
  const grade = el("input", {
    id: `classroom-grade-${mode}`,
    attrs: { type: "text", "aria-describedby": `classroom-grade-hint-${mode}` },
  });
  const homeroom = el("select", { id: `classroom-homeroom-${mode}` });
  const status = el("p", { className: "ok block", attrs: { role: "status" } });
  const problems = el("div", { className: "error block", attrs: { role: "alert" } });
  const importButton = button("Import chosen courses", () => void runImport(), {
    className: "action block",
  });
  const options = el(
    "div",
    {},
    el(
      "div",
      { className: "field" },
      el("label", { text: "Grade for new students", attrs: { for: grade.id } }),
      grade,
      el("p", {
        className: "hint",
        id: `classroom-grade-hint-${mode}`,
        text: "Classroom has no grades: students already on the roster keep theirs; new ones take this grade, or none (a warning) if you leave it empty.",
      }),
    ),
    ...(mode === "coordinator"
      ? [
          el(
            "div",
            { className: "field" },
            el("label", { text: "Course standing in for homeroom", attrs: { for: homeroom.id } }),
            homeroom,
          ),
        ]
      : []),
    importButton,
  );
  options.hidden = true;
  status.hidden = true;
  problems.hidden = true;

  const chosen = () =>
    [...courses.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);

  function say(text: string, lists: HTMLElement[] = []): void {
    status.replaceChildren(text, ...lists);
    status.hidden = false;
  }

  function refuse(text: string, items: readonly string[] = []): void {
    problems.replaceChildren(items.length > 0 ? list(text, items) : text);
    problems.hidden = false;
  }

  async function showCourses(): Promise<void> {
    status.hidden = true;
    problems.hidden = true;
    try {
      const view = await listCourses(mode);
      if (view.problem) refuse(view.problem);
      courses.replaceChildren(
        ...view.courses.map((course) => {
          const box = el("input", {
            id: `classroom-${mode}-${course.id}`,
            attrs: { type: "checkbox", value: course.id },
          });
          const label = course.section ? `${course.name} · ${course.section}` : course.name;
          return el("label", { className: "choice" }, box, ` ${label}`);
        }),
      );
      homeroom.replaceChildren(
        el("option", { text: "None", attrs: { value: "" } }),
        ...view.courses.map((c) => el("option", { text: c.name, attrs: { value: c.id } })),
      );
      if (view.courses.length === 0 && !view.problem) {
        courses.append(
          el("p", {
            className: "secondary",
            text: "Google Classroom lists no active course for you.",
          }),
        );
      }
      options.hidden = view.courses.length === 0;
    } catch (error) {
      refuse(errorMessage(error));
    }
  }

  async function runImport(): Promise<void> {
    status.hidden = true;
    problems.hidden = true;
    importButton.disabled = true;
    try {
      const result = await importCourses(mode, {
        courseIds: chosen(),
        grade: grade.value.trim(),
        ...(mode === "coordinator" && homeroom.value !== ""
          ? { homeroomCourseId: homeroom.value }
          : {}),
      });
      if (!result.imported) {
        refuse(`Nothing was imported. ${result.problems.length} problem(s):`, result.problems);
        return;
      }
      const warnings =
        result.warnings.length > 0
          ? [list(`${result.warnings.length} warning(s):`, result.warnings)]
          : [];
      say(importSummaryText(result.summary), warnings);
      onImported(result);
    } catch (error) {
      refuse(errorMessage(error));
    } finally {
      importButton.disabled = false;
    }
  }

  host.replaceChildren(
    button("Show my Google Classroom courses", () => void showCourses(), { className: "block" }),
    courses,
    options,
    status,
    problems,
  );
}
