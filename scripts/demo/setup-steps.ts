/*
 * The coordinator's first steps in the hub: Set up hub with the school's settings, and Import
 * roster: previewed (its lines printed, as the sidebar shows them), then applied with the
 * preview's fingerprint. A refused import ends the demo with every problem the endpoint listed.
 */
import { sheetNames } from "../../emulator";
import { hubTabs } from "../../src/domain/hub/tabs";
import { type RosterPreview, rosterPreviewLines } from "../../src/domain/roster/preview-text";
import type { DemoContext } from "./context";
import type { StepRecorder } from "./record";

export class RosterRejected extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The roster was not imported: ${problems.length} problem(s).`);
  }
}

export function requireHub(context: DemoContext): string {
  if (!context.hubId) throw new Error("The hub is not open yet: run the openHub step first.");
  return context.hubId;
}

function runSetUpHub(context: DemoContext, step: StepRecorder, hubId: string): void {
  const coordinator = context.roster.coordinator.email;
  step.run({ fn: "setUpHub", as: coordinator, kind: "menu", containerId: hubId });
  const alert = context.ws.ui.of(coordinator, "Sheets", hubId).alerts.at(-1) ?? "";
  if (!/^Set up hub: (Confer's hub is ready|The hub was already complete)/.test(alert)) {
    throw new Error(`Set up hub did not finish: ${alert || "it showed no alert"}`);
  }
}

/** Set up hub, then Settings with the school's name, term and grades (and the grades' tabs). */
export function setUpHub(context: DemoContext, step: StepRecorder): void {
  const hubId = requireHub(context);
  const { roster, ws } = context;
  runSetUpHub(context, step, hubId);
  const form = {
    schoolName: roster.schoolName,
    term: roster.term,
    webAppUrl: ws.webAppUrl,
    ...(roster.grades.length > 0 ? { grades: roster.grades.join(", ") } : {}),
  };
  const saved = step.run({
    fn: "saveSettings",
    args: [form],
    as: roster.coordinator.email,
    kind: "sidebar",
    containerId: hubId,
  }).value as { saved: boolean; problems?: { field: string; message: string }[] };
  if (!saved.saved) {
    const problems = (saved.problems ?? []).map((p) => `${p.field}: ${p.message}`);
    throw new Error(`Settings were refused: ${problems.join("; ")}`);
  }
  const tabs = new Set(sheetNames(ws, hubId));
  if (hubTabs(roster.grades).some((tab) => !tabs.has(tab.name))) runSetUpHub(context, step, hubId);
}

/** Import roster with the roster's files, as the coordinator: Preview, then Apply. */
export function importRoster(context: DemoContext, step: StepRecorder): void {
  const hubId = requireHub(context);
  const as = context.roster.coordinator.email;
  const preview = step.run({
    fn: "previewRoster",
    args: [context.roster.upload],
    as,
    kind: "sidebar",
    containerId: hubId,
  }).value as RosterPreview & { ok: boolean; fingerprint: string };
  if (!preview.ok) throw new RosterRejected(preview.problems);
  context.log?.(
    [
      "Roster preview, before applying it:",
      ...rosterPreviewLines(preview).map((l) => `  ${l}`),
    ].join("\n"),
  );
  const result = step.run({
    fn: "importRoster",
    args: [{ ...context.roster.upload, fingerprint: preview.fingerprint }],
    as,
    kind: "sidebar",
    containerId: hubId,
  }).value as {
    imported: boolean;
    problems?: string[];
    warnings?: string[];
    students?: number;
    stale?: string;
  };
  if (result.stale) throw new Error(result.stale);
  if (!result.imported) throw new RosterRejected(result.problems ?? []);
  context.students = result.students ?? 0;
  context.importWarnings = result.warnings ?? [];
}
