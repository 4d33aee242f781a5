/* Turning a web-app response envelope into what Apps Script returns from doGet/doPost. */
import type { WebResponse } from "../domain/web-request";

export function jsonOutput(response: WebResponse): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(response)).setMimeType(
    ContentService.MimeType.JSON,
  );
}
