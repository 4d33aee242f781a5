/*
 * The web app's doGet and doPost. It executes as the hub owner; each request names an action,
 * and the answer is always a JSON envelope, never an HTML error page.
 */
import { APP_NAME, CONFER_VERSION } from "../domain/app-info";
import { BadRequestError, parseSaveRequest } from "../domain/comments/request";
import { ForgedRequestError } from "../domain/comments/save";
import { parseScope } from "../domain/conference-doc/plan";
import { parsePullScope } from "../domain/pull/scope";
import { NotAllowedError } from "../domain/roles";
import { BookingRefusedError, ScheduleInputError } from "../domain/schedule/errors";
import { parseStaffChange } from "../domain/schedule/staff-change";
import {
  failure,
  parseWebRequest,
  success,
  type WebRequest,
  WebRequestError,
  type WebRequestInput,
  type WebResponse,
} from "../domain/web-request";
import { activeUserEmail } from "../workspace/session";
import { jsonOutput } from "../workspace/web-output";
import {
  BusyError,
  commentGridFor,
  missingCommentsFor,
  rebuildCommentTabsFor,
  saveCommentsFor,
} from "./comment-layer";
import { runConferenceDocs } from "./conference-docs";
import { saveConferenceNotesFor } from "./conference-notes";
import { conferenceAccessFor } from "./conference-role";
import { parseStatusFilter, statusFor } from "./doc-status";
import { docsSidebarInfoFor } from "./docs-endpoints";
import { familySignupPage } from "./family-signup";
import { draftContextFor, parseDraftsMade, recordDraftsFor } from "./guardian-context";
import { pullCommentsFor, pullInfoFor } from "./pull-comments";
import {
  bookingRemindersFor,
  changeBookingFor,
  noShowFollowUpFor,
  notYetBookedFor,
  publishSlotsFor,
  scheduleViewFor,
} from "./schedule-staff";
import { studentDraftContextFor } from "./student-update";

type ActionHandler = (request: WebRequest, caller: string) => unknown;

const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  ping: (_request, caller) => ({ app: APP_NAME, version: CONFER_VERSION, caller }),
  createDocs: (request, caller) => runConferenceDocs(parseScope(request.payload.scope), caller),
  docsSidebarInfo: (_request, caller) => docsSidebarInfoFor(caller),
  commentGrid: (request, caller) => commentGridFor(caller, optionalText(request.payload.classId)),
  saveComments: (request, caller) =>
    saveCommentsFor(caller, parseSaveRequest(request.payload.request)),
  missingComments: (_request, caller) => missingCommentsFor(caller),
  rebuildComments: (_request, caller) => rebuildCommentTabsFor(caller),
  pullInfo: (request, caller) => pullInfoFor(caller, optionalText(request.payload.docId) ?? ""),
  pullComments: (request, caller) => pullCommentsFor(caller, parsePullScope(request.payload.scope)),
  status: (request, caller) => statusFor(caller, parseStatusFilter(request.payload.filter)),
  studentDraftContext: (request, caller) =>
    studentDraftContextFor(caller, optionalText(request.payload.docId) ?? ""),
  draftContext: (request, caller) => draftContextFor(caller, parsePullScope(request.payload.scope)),
  conferenceAccess: (request, caller) =>
    conferenceAccessFor(caller, optionalText(request.payload.docId) ?? ""),
  saveConferenceNotes: (request, caller) =>
    saveConferenceNotesFor(
      caller,
      optionalText(request.payload.docId) ?? "",
      String(request.payload.notes ?? ""),
    ),
  publishSlots: (request, caller) => publishSlotsFor(caller, request.payload.request),
  schedule: (request, caller) =>
    scheduleViewFor(caller, {
      round: optionalText(request.payload.round),
      hostEmail: optionalText(request.payload.hostEmail),
    }),
  changeBooking: (request, caller) =>
    changeBookingFor(caller, parseStaffChange(request.payload.change)),
  notYetBooked: (request, caller) =>
    notYetBookedFor(caller, {
      round: optionalText(request.payload.round) ?? "",
      advisorEmail: optionalText(request.payload.advisorEmail),
    }),
  bookingReminders: (request, caller) =>
    bookingRemindersFor(caller, {
      round: optionalText(request.payload.round) ?? "",
      advisorEmail: optionalText(request.payload.advisorEmail),
    }),
  noShowFollowUp: (request, caller) =>
    noShowFollowUpFor(caller, {
      slotId: optionalText(request.payload.slotId) ?? "",
      feedback: String(request.payload.feedback ?? ""),
    }),
  recordDrafts: (request, caller) =>
    recordDraftsFor(
      caller,
      parseDraftsMade(request.payload.records),
      String(request.payload.at ?? ""),
    ),
};

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function answer(input: WebRequestInput): WebResponse {
  try {
    const request = parseWebRequest(input);
    const handler = ACTIONS[request.action];
    if (!handler) return failure("unknown-action", `Confer has no action "${request.action}".`);
    const caller = activeUserEmail();
    if (caller === "" && request.action !== "ping") {
      return failure(
        "not-signed-in",
        "Confer's staff actions need a signed-in school account; this request came without one.",
      );
    }
    return success(handler(request, caller));
  } catch (error) {
    if (error instanceof WebRequestError) return failure(error.code, error.message);
    if (error instanceof NotAllowedError) return failure("not-allowed", error.message);
    if (error instanceof ForgedRequestError) return failure("forged", error.message);
    if (error instanceof BusyError) return failure("busy", error.message);
    if (error instanceof BadRequestError) return failure("bad-request", error.message);
    if (error instanceof ScheduleInputError) return failure("bad-request", error.message);
    if (error instanceof BookingRefusedError) return failure("refused", error.message);
    const message = error instanceof Error ? error.message : String(error);
    return failure("server-error", message);
  }
}

export function doGet(
  event: GoogleAppsScript.Events.DoGet,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  const signup = event.parameter?.signup;
  if (typeof signup === "string") return familySignupPage(signup);
  return jsonOutput(answer({ parameter: event.parameter }));
}

export function doPost(event: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return jsonOutput(answer({ parameter: event.parameter, postData: event.postData }));
}
