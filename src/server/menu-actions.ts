/* What each Confer menu item runs. */
import { APP_NAME } from "../domain/app-info";
import { showSidebar } from "../workspace/editor-ui";

export function showAboutSidebar(): void {
  showSidebar("about", APP_NAME);
}
