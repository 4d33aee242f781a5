/*
 * Confer ▸ Set up hub: makes the open spreadsheet Confer's hub, with every tab, and repairs an
 * existing hub without changing what is right. Also makes the default 4Ps template once.
 */
import { DEFAULT_TEMPLATE_NAME, defaultTemplate } from "../domain/conference-doc/default-template";
import { DEFAULT_SETTINGS, type Settings, settingsToRows } from "../domain/hub/settings";
import { hubTabs, SETTINGS_TAB } from "../domain/hub/tabs";
import { readRows, rememberHub, replaceRows, storedHubId, tabOf } from "../workspace/hub-store";
import { ensureTab, type TabRepair } from "../workspace/hub-tabs";
import { effectiveUserEmail } from "../workspace/session";
import { signupSecret } from "../workspace/signup-secret";
import { createTemplateDoc } from "../workspace/template-doc";
import { loadSettings } from "./hub-context";

export interface HubSetupReport {
  readonly hubUrl: string;
  readonly repairs: readonly TabRepair[];
  readonly templateCreated: boolean;
}

function otherHubStillOpen(id: string): string | undefined {
  try {
    return SpreadsheetApp.openById(id).getUrl();
  } catch {
    return undefined;
  }
}

export function setUpHubIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): HubSetupReport {
  const existing = storedHubId();
  if (existing && existing !== spreadsheet.getId()) {
    const url = otherHubStillOpen(existing);
    if (url) {
      throw new Error(
        `Confer's hub is already another spreadsheet (${url}). Open that one, or move it to the trash first to make this one the hub.`,
      );
    }
  }
  const settingsTab = ensureTab(spreadsheet, SETTINGS_TAB);
  const hasSettings = readRows(tabOf(spreadsheet, SETTINGS_TAB), SETTINGS_TAB).length > 0;
  let settings: Settings = hasSettings
    ? loadSettings(spreadsheet)
    : { ...DEFAULT_SETTINGS, schoolName: spreadsheet.getName() };
  const repairs = [
    settingsTab,
    ...hubTabs(settings.grades)
      .slice(1)
      .map((spec) => ensureTab(spreadsheet, spec)),
  ];
  let templateCreated = false;
  if (settings.templateDocId === "") {
    settings = {
      ...settings,
      templateDocId: createTemplateDoc(DEFAULT_TEMPLATE_NAME, defaultTemplate()),
    };
    templateCreated = true;
  }
  if (!hasSettings || templateCreated) {
    replaceRows(tabOf(spreadsheet, SETTINGS_TAB), SETTINGS_TAB, settingsToRows(settings));
  }
  rememberHub(spreadsheet.getId(), effectiveUserEmail());
  signupSecret();
  SpreadsheetApp.flush();
  return {
    hubUrl: spreadsheet.getUrl(),
    repairs: repairs.filter((r) => r.changes.length > 0),
    templateCreated,
  };
}

export function describeSetup(report: HubSetupReport): string {
  if (report.repairs.length === 0 && !report.templateCreated) {
    return "The hub was already complete; nothing was changed.";
  }
  const lines = report.repairs.map((repair) => `• ${repair.tab}: ${repair.changes.join(", ")}`);
  if (report.templateCreated) lines.push("• the default 4Ps conference template was created");
  return `Confer's hub is ready.\n${lines.join("\n")}`;
}
