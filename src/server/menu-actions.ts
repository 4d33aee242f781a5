/* The menu items that do their work in a dialog: set up or move the hub, rebuild comment tabs. */

import { counted } from "../domain/plural";
import { callAction, currentCaller } from "./actions/call";
import { describeSetup, setUpHubIn } from "./hub/setup";
import { answerInAlert } from "./menu-alert";

function setUpHere(title: string, moving: boolean): void {
  answerInAlert(SpreadsheetApp.getUi(), title, () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet();
    return describeSetup(setUpHubIn(sheet, currentCaller().email, moving));
  });
}

export function setUpHub(): void {
  setUpHere("Set up hub", false);
}

/** The hub's owner makes the open spreadsheet the hub in place of the one recorded. */
export function moveHubHere(): void {
  const ui = SpreadsheetApp.getUi();
  const title = "Move the hub here";
  const sure = ui.alert(
    title,
    "Make this spreadsheet Confer's hub? Confer will read and write this spreadsheet from now on; the old hub is left as it is.",
    ui.ButtonSet.OK_CANCEL,
  );
  if (sure !== ui.Button.OK) return;
  setUpHere(title, true);
}

export function rebuildCommentTabsFromLog(): void {
  answerInAlert(SpreadsheetApp.getUi(), "Rebuild comment tabs from the log", () => {
    const { grades } = callAction("rebuildCommentTabs");
    const lines = Object.entries(grades).map(
      ([grade, n]) => `• Grade ${grade}: ${counted(n, "comment")}`,
    );
    return `The comment tabs were rebuilt from the Comment Log.\n${lines.join("\n")}`;
  });
}
