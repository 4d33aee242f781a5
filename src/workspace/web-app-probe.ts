/*
 * Asking a web-app URL for Confer's ping, with the caller's OAuth token or with no credentials
 * at all, as a family's browser would: what it answered, for the domain to judge.
 */
import type { ProbeAnswer } from "../domain/hub/web-app-check";

export function probeWebApp(url: string, signedIn: boolean): ProbeAnswer {
  const response = UrlFetchApp.fetch(`${url}?action=ping`, {
    method: "get",
    muteHttpExceptions: true,
    ...(signedIn ? { headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` } } : {}),
  });
  return { status: response.getResponseCode(), body: response.getContentText() };
}
