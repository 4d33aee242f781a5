/*
 * What Google's own error messages mean for the person who meets them: each known message is
 * replaced by what happened and what to do, with Google's words kept at the end for whoever
 * reports it. Sources: developers.google.com/apps-script/guides/services/quotas (the daily,
 * per-run and storage limits and their messages) and the REST APIs' usage-limit errors.
 */
interface Explained {
  readonly pattern: RegExp;
  readonly explain: (match: RegExpMatchArray) => string;
}

const EXPLAINED: readonly Explained[] = [
  {
    pattern: /Argument too large/i,
    explain: () =>
      "Confer tried to keep more in one stored value than Google allows (9 KB a script property, 100 KB a cache entry), so nothing more was written. Please report this to your coordinator with what you were doing.",
  },
  {
    pattern: /exceeded the property storage quota/i,
    explain: () =>
      "Confer's stored state is full (Google allows 500 KB a project). Nothing more was written; ask your coordinator to run Confer ▸ Check installation and report it.",
  },
  {
    pattern: /Service invoked too many times for one day: (\w+)/i,
    explain: (m) =>
      `Google's daily quota for ${m[1]} is used up for this account today; it frees up within 24 hours. What was done is kept: try again tomorrow, or ask another staff member.`,
  },
  {
    pattern: /Service invoked too many times in a short time|too many simultaneous invocations/i,
    explain: () =>
      "Google is getting too many requests from Confer at once. Nothing was lost: wait a minute and try again.",
  },
  {
    pattern:
      /Quota exceeded for quota metric|User-rate limit exceeded|userRateLimitExceeded|Rate Limit Exceeded/i,
    explain: () =>
      "Google asked Confer to slow down (a per-minute limit). Nothing was lost: wait a minute and try again.",
  },
  {
    pattern: /Exceeded maximum execution time/i,
    explain: () =>
      "This ran into Google's 6-minute limit for one run. What was done is kept: run it again to carry on.",
  },
  {
    pattern: /Service (Spreadsheets|Documents|Drive) failed|Service unavailable|Backend Error/i,
    explain: () =>
      "A Google service did not answer this time. Nothing was half-written: try again in a moment.",
  },
];

/** The message a person should read for an error Google raised; others come back unchanged. */
export function explainGoogleError(message: string): string {
  for (const { pattern, explain } of EXPLAINED) {
    const match = message.match(pattern);
    if (match) return `${explain(match)} (Google said: “${message}”)`;
  }
  return message;
}
