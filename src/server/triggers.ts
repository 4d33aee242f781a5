/*
 * onOpen builds the Confer menu in Sheets or Docs, in every AuthMode (with AuthMode.NONE it
 * touches no service but the menu); onInstall does the same at install.
 */
import { conferMenu } from "../domain/menu";
import { activeEditorUi, addAddonMenu } from "../workspace/editor-ui";

export function onOpen(): void {
  const { host, ui } = activeEditorUi();
  addAddonMenu(ui, conferMenu(host));
}
