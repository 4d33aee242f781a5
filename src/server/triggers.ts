/*
 * Triggers: onOpen builds the Confer menu in Sheets or Docs, in every AuthMode (with
 * AuthMode.NONE it touches no service but the menu); onInstall does the same at install; and
 * the time-based triggers: continuing a docs run cut short, and the daily booking reminders.
 */
import { conferMenu } from "../domain/menu";
import { activeEditorUi, addAddonMenu } from "../workspace/editor-ui";
import { continueConferenceDocs } from "./conference-docs";
import { sendBookingReminders } from "./schedule-reminders";

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

export function sendBookingReminders_(): void {
  sendBookingReminders();
}
