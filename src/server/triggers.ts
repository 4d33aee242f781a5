/*
 * Triggers: onOpen builds the Confer menu in Sheets or Docs, in every AuthMode (with
 * AuthMode.NONE it touches no service but the menu); onInstall does the same at install; and
 * the time-based trigger that continues a docs run cut short.
 */
import { conferMenu } from "../domain/menu";
import { activeEditorUi, addAddonMenu } from "../workspace/editor-ui";
import { continueConferenceDocs } from "./conference-docs";

export function onOpen(_event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  const { host, ui } = activeEditorUi();
  addAddonMenu(ui, conferMenu(host));
}

export function onInstall(event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  onOpen(event);
}

export function continueConferenceDocs_(): void {
  continueConferenceDocs();
}
