/*
 * Confer ▸ Set up hub: makes the open spreadsheet Confer's hub, with every tab, and repairs an
 * existing hub without changing what is right. Also makes the default 4Ps template once. Once a
 * hub exists, only its recorded owner may set it up again, and moving it to another spreadsheet
 * is their explicit choice (Confer ▸ Move the hub here).
 */
import {
  DEFAULT_TEMPLATE_NAME,
  defaultTemplate,
} from "../../domain/conference-docs/default-template";
import { hubTabs, SETTINGS_TAB } from "../../domain/hub/tabs";
import { NotAllowedError } from "../../domain/roles";
import { DEFAULT_SETTINGS, type Settings, settingsToRows } from "../../domain/settings/settings";
import {
  readRows,
  rememberHub,
  replaceRows,
  storedHubId,
  storedHubOwner,
  tabOf,
} from "../../workspace/hub-store";
import { ensureTab, type TabRepair } from "../../workspace/hub-tabs";
import { signupSecret } from "../../workspace/signup-secret";
import { createTemplateDoc } from "../../workspace/template-doc";
import { loadSettings } from "./context";

export interface HubSetupReport {
  readonly hubUrl: string;
  readonly repairs: readonly TabRepair[];
  readonly templateCreated: boolean;
  /** The school's name is not saved yet, so Settings… must be filled in before anything else. */
  readonly schoolUnnamed: boolean;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Refuses anyone but the hub's recorded owner once a hub exists, whatever files they can open. */
function checkOwnership(spreadsheet: Spreadsheet, caller: string, moving: boolean): void {
  const existing = storedHubId();
  const owner = storedHubOwner();
  if (existing && owner !== "" && caller !== owner) {
    throw new NotAllowedError(
      `Confer's hub belongs to ${owner}; only they can set it up, repair it or move it. Ask them, or ask them to hand it over.`,
    );
  }
  const fileOwner = DriveApp.getFileById(spreadsheet.getId()).getOwner()?.getEmail() ?? "";
  if (fileOwner.toLowerCase() !== caller) {
    throw new NotAllowedError(
      `Confer's hub must be a spreadsheet you own; this one belongs to ${fileOwner || "a shared drive"}. Make a spreadsheet of your own and set it up there.`,
    );
  }
  if (existing && existing !== spreadsheet.getId() && !moving) {
    throw new Error(
      `Confer's hub is another spreadsheet (ID ${existing}). Open that one to repair it, or choose Confer ▸ Move the hub here to make this spreadsheet the hub instead.`,
    );
  }
}

/** Sets up (or, with `moving`, moves the hub to) the spreadsheet, for the signed-in caller. */
export function setUpHubIn(
  spreadsheet: Spreadsheet,
  caller: string,
  moving = false,
): HubSetupReport {
  checkOwnership(spreadsheet, caller, moving);
  const settingsTab = ensureTab(spreadsheet, SETTINGS_TAB);
  const hasSettings = readRows(tabOf(spreadsheet, SETTINGS_TAB), SETTINGS_TAB).length > 0;
  let settings: Settings = hasSettings ? loadSettings(spreadsheet) : DEFAULT_SETTINGS;
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
  rememberHub(spreadsheet.getId(), caller);
  signupSecret();
  SpreadsheetApp.flush();
  return {
    hubUrl: spreadsheet.getUrl(),
    repairs: repairs.filter((r) => r.changes.length > 0),
    templateCreated,
    schoolUnnamed: settings.schoolName === "",
  };
}

export function describeSetup(report: HubSetupReport): string {
  if (report.repairs.length === 0 && !report.templateCreated) {
    return "The hub was already complete; nothing was changed.";
  }
  const lines = report.repairs.map((repair) => `• ${repair.tab}: ${repair.changes.join(", ")}`);
  if (report.templateCreated) lines.push("• the default 4Ps conference template was created");
  const next = report.schoolUnnamed
    ? "\nNext: Confer ▸ Settings… asks for the school's name, which families see."
    : "";
  return `Confer's hub is ready.\n${lines.join("\n")}${next}`;
}
