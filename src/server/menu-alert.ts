/*
 * How a menu item that works in a dialog answers: what it did, or why not. A refusal says so in
 * the dialog's title, so the person sees at once that they may not, rather than that it broke.
 */
import { AccessRefusedError } from "../domain/access/doors";
import { NotAllowedError } from "../domain/roles";

export function answerInAlert(
  ui: GoogleAppsScript.Base.Ui,
  title: string,
  work: () => string,
): void {
  let heading = title;
  let text: string;
  try {
    text = work();
  } catch (error) {
    if (error instanceof AccessRefusedError || error instanceof NotAllowedError) {
      heading = `${title}: not allowed`;
    }
    text = error instanceof Error ? error.message : String(error);
  }
  ui.alert(heading, text, ui.ButtonSet.OK);
}
