/*
 * The editor the add-on is open in (Sheets or Docs), and what it shows there:
 * the Confer menu, sidebars and dialogs. Safe to call in AuthMode.NONE for the menu.
 */
import { AccessRefusedError } from "../domain/access/doors";
import type { EditorHost, MenuEntry } from "../domain/menu";

/**
 * Each host's getUi throws when called from the other host, which is how the host is told apart;
 * outside both (a served page, a trigger) there is no editor, and nothing is shown.
 */
export function activeEditorUi(): { host: EditorHost; ui: GoogleAppsScript.Base.Ui } {
  try {
    return { host: "Sheets", ui: SpreadsheetApp.getUi() };
  } catch {
    try {
      return { host: "Docs", ui: DocumentApp.getUi() };
    } catch {
      throw new AccessRefusedError(
        "wrong-door",
        "Confer's menu and sidebars open only inside Google Sheets or Docs.",
      );
    }
  }
}

export function addAddonMenu(ui: GoogleAppsScript.Base.Ui, entries: readonly MenuEntry[]): void {
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (entry === "separator") menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Opens one of the bundled sidebar pages (dist/<page>.html). */
export function showSidebar(page: string, title: string): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setTitle(title);
  activeEditorUi().ui.showSidebar(output);
}

/** Opens a bundled page in a dialog beside the editor, which stays usable while it is open. */
export function showWideView(page: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setWidth(width).setHeight(height);
  activeEditorUi().ui.showModelessDialog(output, title);
}
