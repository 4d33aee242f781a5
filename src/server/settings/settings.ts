/*
 * The Settings sidebar's side on the hub, run as the hub owner for a coordinator: read the
 * school's settings, and save them only when every field is valid, saying which are not and why.
 */

import {
  checkTemplate,
  describeTemplateCheck,
  templateIsUsable,
} from "../../domain/conference-docs/template";
import { SETTINGS_TAB } from "../../domain/hub/tabs";
import { familyUrlProblem, staffUrlProblem } from "../../domain/hub/web-app-check";
import {
  describeProblem,
  SETTING_KEYS,
  type Settings,
  settingLabel,
  settingsToRows,
  settingText,
  withEarlierRowsRound,
} from "../../domain/settings/settings";
import { readSettingsText } from "../../domain/settings/settings-text";
import { termRoundProblem } from "../../domain/settings/term-round";
import { replaceRows, tabOf } from "../../workspace/hub-store";
import { recordStaffUrl } from "../../workspace/staff-url";
import { readTemplate } from "../../workspace/template-doc";
import { probeWebApp } from "../../workspace/web-app-probe";
import { loadHubContext } from "../hub/context";
import { roundsOf } from "../rounds/working-round";

export type SettingsForm = Partial<Record<keyof Settings, string>>;

export interface SettingsView {
  readonly settings: Record<keyof Settings, string>;
}

export type SaveSettingsResult =
  | { readonly saved: true; readonly settings: Record<keyof Settings, string> }
  | { readonly saved: false; readonly problems: readonly { field: string; message: string }[] };

function asForm(settings: Settings): Record<keyof Settings, string> {
  const form = {} as Record<keyof Settings, string>;
  for (const key of SETTING_KEYS) {
    form[key] = settingText(settings[key]);
  }
  return form;
}

/** A coordinator's own template must hold the placeholders and sections Confer fills. */
function checkChosenTemplate(docId: string): string | undefined {
  let template: ReturnType<typeof readTemplate>;
  try {
    template = readTemplate(docId);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `Template doc ID “${docId}”: Confer cannot open that doc (${reason}).`;
  }
  const check = checkTemplate(template.text, template.namedRanges);
  return templateIsUsable(check)
    ? undefined
    : `Template doc ID “${docId}”: ${describeTemplateCheck(check)}`;
}

/** Each changed web-app URL is asked for Confer's ping, signed in and not, before it is saved. */
function checkWebAppUrls(
  merged: Settings,
  current: Settings,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const say = (field: keyof Settings, url: string, problem: string | undefined) => {
    if (problem) problems.push({ field, message: `${settingLabel(field)} “${url}”: ${problem}.` });
  };
  if (merged.webAppUrl !== "" && merged.webAppUrl !== current.webAppUrl) {
    const url = merged.webAppUrl;
    say("webAppUrl", url, staffUrlProblem(probeWebApp(url, true), probeWebApp(url, false)));
  }
  if (merged.familySignupUrl !== "" && merged.familySignupUrl !== current.familySignupUrl) {
    const url = merged.familySignupUrl;
    say("familySignupUrl", url, familyUrlProblem(probeWebApp(url, false)));
  }
  return problems;
}

export function settingsViewFor(): SettingsView {
  return { settings: asForm(loadHubContext().settings) };
}

export function saveSettingsFor(form: SettingsForm): SaveSettingsResult {
  const context = loadHubContext();
  const current = asForm(context.settings);
  const reading = readSettingsText((key) => {
    const value: unknown = form[key];
    return value === undefined || value === null ? current[key] : String(value);
  });
  const merged = withEarlierRowsRound(reading.settings, context.settings);
  const problems = reading.problems.map((problem) => ({
    field: problem.field as string,
    message: describeProblem(problem),
  }));
  const termProblem =
    merged.term.trim() === context.settings.term.trim()
      ? undefined
      : termRoundProblem(merged.term, roundsOf(context.hub));
  if (termProblem) problems.push({ field: "term", message: describeProblem(termProblem) });
  const templateChanged =
    merged.templateDocId !== "" && merged.templateDocId !== context.settings.templateDocId;
  if (problems.length === 0 && templateChanged) {
    const templateProblem = checkChosenTemplate(merged.templateDocId);
    if (templateProblem) problems.push({ field: "templateDocId", message: templateProblem });
  }
  if (problems.length === 0) problems.push(...checkWebAppUrls(merged, context.settings));
  if (problems.length > 0) return { saved: false, problems };
  replaceRows(tabOf(context.hub, SETTINGS_TAB), SETTINGS_TAB, settingsToRows(merged));
  recordStaffUrl(merged.webAppUrl);
  return { saved: true, settings: asForm(merged) };
}
