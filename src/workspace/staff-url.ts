/*
 * The staff web app's /exec URL, kept in script properties where every user's execution can read
 * it (the Settings tab is the hub owner's). It is recorded, never guessed:
 * ScriptApp.getService().getUrl() answers the /dev test URL outside a live web-app request, and
 * /dev answers only the project's editors.
 */
const KEY = "confer.staffWebAppUrl";

export function recordedStaffUrl(): string {
  return PropertiesService.getScriptProperties().getProperty(KEY) ?? "";
}

export function recordStaffUrl(url: string): void {
  const properties = PropertiesService.getScriptProperties();
  if (url === "") properties.deleteProperty(KEY);
  else properties.setProperty(KEY, url);
}
