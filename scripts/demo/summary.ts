/* The few lines `npm run demo` prints: the school, each step's executions, calls and modelled time, and what it wrote where. */
import type { DemoTermResult } from "./term";

function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${word}${/(s|sh|ch|x)$/.test(word) ? "es" : "s"}`;
}

function folderCounts(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const parts = file.split("/");
    const folder =
      parts.length > 1 ? parts.slice(0, parts[0] === "roster" ? 2 : 1).join("/") : file;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts]
    .map(([folder, n]) => (folder.includes(".") ? folder : `${folder}/ (${plural(n, "file")})`))
    .join(", ");
}

export function demoSummary(
  result: DemoTermResult,
  out: string,
  planned: readonly string[],
): string {
  const { school, steps } = result;
  const teachers = school.staff.filter((m) => m.roles.includes("teacher")).length;
  const lines = [
    `Confer demo: ${school.name} (seed ${school.seed}): ${plural(school.students.length, "student")} in grades ${school.grades.join(", ")}, ` +
      `${plural(school.guardians.length, "guardian")}, ${plural(teachers, "teacher")} (${school.advisors.length} advising), ` +
      `${plural(school.classes.length, "class")}, coordinator ${school.coordinatorEmail}.`,
    "Steps, each run on the built bundle (dist/Code.js):",
  ];
  steps.forEach((step, i) => {
    const calls = Object.entries(step.calls)
      .map(([call, n]) => `${call}×${n}`)
      .join(", ");
    lines.push(
      `  ${i + 1}. ${step.name}: ${plural(step.executions.length, "execution")}, ` +
        `${plural(step.totalCalls, "service call")}, ${step.modelledSeconds.toFixed(2)} s modelled` +
        (calls ? `\n     ${calls}` : ""),
    );
  });
  lines.push(`Wrote ${out}/: ${folderCounts(result.files)}.`);
  const viewable = [
    ["tabs/", "tabs/*.csv"],
    ["docs/", "docs/*.html"],
    ["drafts/", "drafts/*/*.eml"],
  ]
    .filter(([folder]) => result.files.some((file) => file.startsWith(folder!)))
    .map(([, pattern]) => `${out}/${pattern}`);
  lines.push(
    `Open ${[...viewable, `${out}/roster/`].join(", ")} to see what it made; ${out}/calls.json lists every execution's service calls.`,
  );
  if (result.skipped.length > 0) lines.push(`Not exported: ${result.skipped.join("; ")}.`);
  lines.push(`Not in the demo yet: ${planned.join(", ")}.`);
  return lines.join("\n");
}
