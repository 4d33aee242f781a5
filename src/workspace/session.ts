/* Who is using Confer right now, as Apps Script's Session reports it. */

/** The signed-in user's email, or "" when Google does not reveal it (outside the domain). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail();
}

/** The account the script runs as: the user, or the hub owner inside the web app. */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/** This execution's OAuth access token: the signed-in user's, in their own execution. */
export function ownOAuthToken(): string {
  return ScriptApp.getOAuthToken();
}
