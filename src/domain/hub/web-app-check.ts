/*
 * Whether a URL pasted into Settings is the deployment it claims to be: the staff web app answers
 * Confer's ping to a signed-in caller and nobody else; the family sign-up page answers a browser
 * with no Google account. Each answer that is not right says what to do.
 */

export interface ProbeAnswer {
  readonly status: number;
  readonly body: string;
}

function confersPing(answer: ProbeAnswer): boolean {
  if (answer.status !== 200) return false;
  try {
    const envelope = JSON.parse(answer.body) as { ok?: unknown; data?: { app?: unknown } };
    return envelope.ok === true && envelope.data?.app === "Confer";
  } catch {
    return false;
  }
}

function what(answer: ProbeAnswer): string {
  if (answer.status === 401) return "Google's sign-in page";
  if (answer.status === 403) return "Google's access-denied page";
  if (answer.status === 404) return "Google's not-found page";
  return `HTTP ${answer.status}, not Confer's answer`;
}

const EXEC_URL = /^https:\/\/script\.google\.com\/(a\/[^/]+\/)?macros\/s\/[A-Za-z0-9_-]+\/exec$/;

/** Only a deployment's /exec URL serves everyone it admits; /dev answers the script's editors. */
export function execUrlProblem(url: string): string | undefined {
  if (EXEC_URL.test(url)) return undefined;
  return /\/dev$/.test(url)
    ? "is the /dev test URL, which answers only the script's editors: paste the deployment's /exec URL"
    : "is not an Apps Script web app /exec URL (https://script.google.com/macros/s/…/exec)";
}

/** The staff web app: answers a signed-in caller, and refuses anyone not signed in. */
export function staffUrlProblem(signedIn: ProbeAnswer, anonymous: ProbeAnswer): string | undefined {
  if (!confersPing(signedIn)) {
    return `answered ${what(signedIn)}: paste the /exec URL of the deployment that executes as you with access "Anyone within your domain"`;
  }
  if (confersPing(anonymous)) {
    return "answers people who are not signed in, so it is the family sign-up deployment: paste the staff deployment's URL here";
  }
  return undefined;
}

/** The family sign-up page: answers a browser with no Google sign-in. */
export function familyUrlProblem(anonymous: ProbeAnswer): string | undefined {
  if (confersPing(anonymous)) return undefined;
  return `answered a family's browser with ${what(anonymous)}, so every family would be asked to sign in to Google: deploy it with "Who has access: Anyone" (your admin may have to allow sharing outside the domain)`;
}
