/* The few lines `npm run demo` prints: the roster, what each round made, each step's executions and modelled time, and where the files are. */
import type { DemoTermResult } from "./term";

function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${word}${/(s|sh|ch|x)$/.test(word) ? "es" : "s"}`;
}

function count(files: readonly string[], folder: string): number {
  return files.filter((file) => file.startsWith(`${folder}/`)).length;
}

function springLines(result: DemoTermResult): string[] {
  const { rounds, spring, checkIns } = result;
  if (rounds.length < 2) return [];
  return [
    `Goal check-ins: ${plural(checkIns.due, "check-in")} due in February, each with its line in the doc; ` +
      `${plural(checkIns.marked, "advisor")} marked one "on track" and drafted a reminder.`,
    `Rounds: ${rounds.join(", then ")}. ${rounds.at(-1)}: ${plural(spring.docs.made, "new conference doc")}, ` +
      `${spring.carried} carrying the student's fall goal as they wrote it, ` +
      `${plural(spring.lookedBack, "student")} wrote what happened with it, ` +
      `${plural(spring.comments, "spring comment")} pulled into ${plural(spring.pulled.made, "spring doc")} (none of the fall's), and Status shows ` +
      `${spring.compared} fall plans beside the spring docs.`,
    ...spring.docs.problems.map((problem) => `  Spring doc not made: ${problem}`),
    ...spring.pulled.problems.map((problem) => `  Spring comments not pulled: ${problem}`),
  ];
}

function termLines(result: DemoTermResult): string[] {
  const { comments, prepared, pulled, drafts, status, bookings } = result;
  return [
    `${result.rounds[0] ?? "Term"}: ${plural(comments.saved, "teacher comment")} saved in ${plural(comments.classes, "class")}, ` +
      `${plural(prepared, "student")} prepared in their doc, comments pulled into ${plural(pulled.made, "doc")}, ` +
      `${plural(drafts.made, "guardian update draft")} made for ${plural(drafts.students, "student")} ` +
      `by ${plural(drafts.advisors, "advisor")}.`,
    `Scheduling: ${plural(bookings.advisors, "advisor")} published slots, ${bookings.booked} ${bookings.booked === 1 ? "family" : "families"} booked through their sign-up link, ` +
      `${plural(bookings.reminded, "reminder")} to book drafted for the rest.`,
    ...pulled.problems.map((problem) => `  Not pulled: ${problem}`),
    ...(status
      ? [
          `Status of ${plural(status.students, "student")}: ${status.docs} with a doc, ` +
            `${status.purpose} with a purpose, ${status.prepared} prepared, ` +
            `${status.pulled} with comments pulled, ${status.planWritten} with a plan written.`,
        ]
      : []),
    ...springLines(result),
    ...(result.classroom
      ? [
          `Classroom cycle: ${result.classroom.teacher} opened “${result.classroom.round}”, made ${plural(result.classroom.docs, "doc")} and told ${plural(result.classroom.told, "student")} their day and time in their doc and on their calendar.`,
        ]
      : []),
  ];
}

const WARNINGS_SHOWN = 20;

/** The import's warnings, the first 20 of them in full. */
function warningLines(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  const more = warnings.length - WARNINGS_SHOWN;
  return [
    `Imported with ${plural(warnings.length, "warning")}, for the school to fix later:`,
    ...warnings.slice(0, WARNINGS_SHOWN).map((warning) => `  ${warning}`),
    ...(more > 0 ? [`  …and ${more} more.`] : []),
  ];
}

export function demoSummary(
  result: DemoTermResult,
  out: string,
  planned: readonly string[],
): string {
  const { roster, steps, files, docs } = result;
  const teachers = roster.staff.filter((m) => m.roles.includes("teacher")).length;
  const advisors = roster.staff.filter((m) => m.roles.includes("advisor")).length;
  const grades = roster.grades.length > 0 ? ` in grades ${roster.grades.join(", ")}` : "";
  const lines = [
    `Confer demo: ${roster.origin}: ${plural(result.students, "student")}${grades}, ` +
      `${plural(roster.guardians.length, "guardian")}, ${plural(teachers, "teacher")} (${advisors} advising), ` +
      `${plural(roster.classes, "class")}, coordinator ${roster.coordinator.email}.`,
    `Made: ${plural(result.students, "student")} imported, ${plural(docs.made, "conference doc")}, ` +
      `${plural(count(files, "tabs"), "hub tab")} written.`,
    ...warningLines(result.importWarnings),
    ...docs.problems.map((problem) => `  Doc not made: ${problem}`),
    ...termLines(result),
    "Steps (executions of the built bundle, dist/Code.js; students edit through the Docs API):",
    ...steps.map(
      (step, i) =>
        `  ${i + 1}. ${step.name}: ${plural(step.executions.length, "execution")}, ` +
        `${plural(step.totalCalls, "service call")}, ${step.modelledSeconds.toFixed(2)} s modelled`,
    ),
    `Wrote ${out}/: tabs/ (${plural(count(files, "tabs"), "CSV file")}), docs/ (${plural(count(files, "docs"), "HTML file")}), ` +
      `drafts/ (${plural(count(files, "drafts"), "Gmail draft")} as .eml, one folder per advisor), ` +
      `roster/ (${plural(count(files, "roster"), "file")}), state/state.json and calls.json ` +
      `(every execution's service calls by Class.method, per step).`,
  ];
  if (result.skipped.length > 0) lines.push(`Not exported: ${result.skipped.join("; ")}.`);
  if (result.notRun.length > 0) lines.push(`Not run on this roster: ${result.notRun.join("; ")}.`);
  if (planned.length > 0) lines.push(`Not in the demo yet: ${planned.join(", ")}.`);
  return lines.join("\n");
}
