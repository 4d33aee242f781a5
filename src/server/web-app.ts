/*
 * The web app's doGet and doPost. It executes as the hub owner; each request names a row of the
 * action table that lists the staff web app as its door, the caller is whoever Google says sent
 * it, and the answer is always a JSON envelope, never an HTML error page. doGet also serves the
 * family sign-up page, whose calls are checked at the page door.
 */
import { AccessRefusedError } from "../domain/access/doors";
import { ConferError } from "../domain/errors";
import { explainGoogleError } from "../domain/limits/google-messages";
import {
  failure,
  parseWebRequest,
  success,
  type WebRequestInput,
  type WebResponse,
} from "../domain/web-request";
import { answerWithinFetchTimeout } from "../workspace/execution-budget";
import { storedHubOwner } from "../workspace/hub-store";
import { activeUserEmail, effectiveUserEmail } from "../workspace/session";
import { jsonOutput } from "../workspace/web-output";
import type { AnyAction } from "./actions/action";
import { admitCaller, enterAs } from "./actions/call";
import { ACTION_TABLE } from "./actions/table";
import { familySignupPage } from "./schedule/family-signup";

function errorEnvelope(error: unknown): WebResponse {
  if (error instanceof ConferError) return failure(error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failure("server-error", explainGoogleError(message));
}

export function answer(input: WebRequestInput): WebResponse {
  try {
    const request = parseWebRequest(input);
    const row = (ACTION_TABLE as Record<string, AnyAction | undefined>)[request.action];
    if (!row?.doors.includes("web") || row.entry) {
      return failure("unknown-action", `Confer has no action "${request.action}".`);
    }
    const caller = { email: activeUserEmail().toLowerCase(), door: "web" as const };
    const hubOwner = storedHubOwner();
    const effective = effectiveUserEmail().toLowerCase();
    if (hubOwner !== "" && effective !== hubOwner) {
      throw new AccessRefusedError(
        "wrong-door",
        "Confer's staff web app answers only when it runs as the hub's owner; deploy it to execute as the owner.",
      );
    }
    enterAs(caller, hubOwner, effective);
    answerWithinFetchTimeout();
    admitCaller(row, caller, hubOwner);
    const args = Array.isArray(request.payload.args) ? request.payload.args : [];
    return success(row.run(row.parse(...args), caller));
  } catch (error) {
    return errorEnvelope(error);
  }
}

export function doGet(
  event: GoogleAppsScript.Events.DoGet,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  const signup = event?.parameter?.signup;
  if (typeof signup === "string") return familySignupPage(signup);
  return jsonOutput(answer({ parameter: event?.parameter ?? {} }));
}

export function doPost(event: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return jsonOutput(
    answer({
      parameter: event?.parameter ?? {},
      ...(event?.postData ? { postData: event.postData } : {}),
    }),
  );
}
