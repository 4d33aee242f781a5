/* What each Confer menu item runs. */
import { APP_NAME } from "../domain/app-info";
import { showSidebar } from "../workspace/editor-ui";
import { describeSetup, setUpHubIn } from "./hub-setup";

export function showAboutSidebar(): void {
  showSidebar("about", APP_NAME);
}

export function setUpHub(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert(
      "Set up hub",
      describeSetup(setUpHubIn(SpreadsheetApp.getActiveSpreadsheet())),
      ui.ButtonSet.OK,
    );
  } catch (error) {
    ui.alert("Set up hub", error instanceof Error ? error.message : String(error), ui.ButtonSet.OK);
  }
}

export function showSettingsSidebar(): void {
  showSidebar("settings", "Confer settings");
}

export function showImportSidebar(): void {
  showSidebar("import", "Import roster");
}

export function showDocsSidebar(): void {
  showSidebar("docs", "Conference docs");
}
