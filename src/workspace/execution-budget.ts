/*
 * How long this execution may keep working: a little under Apps Script's 6-minute limit, or,
 * for a staff web-app request, under the 60 seconds after which the caller's UrlFetchApp stops
 * waiting (the web app would carry on, but nobody would hear its answer). Long work stops inside
 * the budget and the next call, or Confer's trigger, carries on.
 */
const EXECUTION_MS = 330_000;
const WEB_REQUEST_MS = 45_000;

const startedAt = Date.now();
let budgetMs = EXECUTION_MS;

/** A staff web-app request answers within the caller's fetch timeout. */
export function answerWithinFetchTimeout(): void {
  budgetMs = WEB_REQUEST_MS;
}

export function msLeft(): number {
  return budgetMs - (Date.now() - startedAt);
}

export function budgetOfThisExecution(): number {
  return budgetMs;
}
