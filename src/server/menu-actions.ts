/* What each Confer menu item runs. */
import { APP_NAME } from "../domain/app-info";
import { showSidebar } from "../workspace/editor-ui";
import { rebuildCommentTabs } from "./comment-endpoints";
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

export function showCommentsSidebar(): void {
  showSidebar("comments", "Enter comments");
}

export function showMissingCommentsSidebar(): void {
  showSidebar("missing", "Missing comments");
}

export function showPullSidebar(): void {
  showSidebar("pull", "Pull teacher comments");
}

export function showMyConferenceSidebar(): void {
  showSidebar("conference", "My conference");
}

export function showStatusSidebar(): void {
  showSidebar("status", "Conference status");
}

export function rebuildCommentTabsFromLog(): void {
  const ui = SpreadsheetApp.getUi();
  const title = "Rebuild comment tabs from the log";
  try {
    const { grades } = rebuildCommentTabs();
    const lines = Object.entries(grades).map(([grade, n]) => `• Grade ${grade}: ${n} comments`);
    ui.alert(
      title,
      `The comment tabs were rebuilt from the Comment Log.\n${lines.join("\n")}`,
      ui.ButtonSet.OK,
    );
  } catch (error) {
    ui.alert(title, error instanceof Error ? error.message : String(error), ui.ButtonSet.OK);
  }
}

export function showUpdatesSidebar(): void {
  showSidebar("updates", "Guardian updates");
}

export function showScheduleSidebar(): void {
  showSidebar("schedule", "Conference schedule");
}

export function showNotBookedSidebar(): void {
  showSidebar("not-booked", "Not yet booked");
}
