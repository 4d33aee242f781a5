/*
 * The Settings sidebar's endpoints: read the school's settings, and save them only when every
 * field is valid, saying which are not and why.
 */
import {
  describeProblem,
  SETTING_KEYS,
  type Settings,
  settingsFromText,
  settingsToRows,
  validateSettings,
} from "../domain/hub/settings";
import { SETTINGS_TAB } from "../domain/hub/tabs";
import { requireRole } from "../domain/roles";
import { replaceRows, tabOf } from "../workspace/hub-store";
import { currentPerson, loadHubContext } from "./hub-context";

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
    const value = settings[key];
    form[key] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return form;
}

export function getSettings(): SettingsView {
  return { settings: asForm(loadHubContext().settings) };
}

export function saveSettings(form: SettingsForm): SaveSettingsResult {
  const context = loadHubContext();
  requireRole(currentPerson(context), "coordinator", "change Confer's settings");
  const merged = settingsFromText((key) => {
    const value = form[key];
    return typeof value === "string" ? value : asForm(context.settings)[key];
  });
  const problems = validateSettings(merged);
  if (problems.length > 0) {
    return {
      saved: false,
      problems: problems.map((problem) => ({
        field: problem.field,
        message: describeProblem(problem),
      })),
    };
  }
  replaceRows(tabOf(context.hub, SETTINGS_TAB), SETTINGS_TAB, settingsToRows(merged));
  return { saved: true, settings: asForm(merged) };
}
