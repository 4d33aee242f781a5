/*
 * Confer ▸ Check installation, for the hub's owner on real Google: every precondition Confer can
 * test from their account, each passed or failed with what to do. Staff reaching the web app is
 * read from the script project's sharing; only a project bound to a file leaves it to be tested
 * by hand.
 */
import { composeMessage } from "../../domain/guardian-updates/mime";
import { execUrlProblem, familyUrlProblem, staffUrlProblem } from "../../domain/hub/web-app-check";
import { projectSharingVerdict } from "../../domain/install/project-sharing";
import { type CheckResult, checked, failed, installReport } from "../../domain/install/report";
import { NotAllowedError } from "../../domain/roles";
import { ensureBackgroundTrigger } from "../../workspace/background-trigger";
import { DAILY_LIMITS, usedToday } from "../../workspace/daily-use";
import { storedHubOwner } from "../../workspace/hub-store";
import {
  copyAndRemove,
  draftAndRemove,
  eventAndRemove,
  scriptProjectPermissions,
  translateOnce,
} from "../../workspace/install-probes";
import { recordedStaffUrl } from "../../workspace/staff-url";
import { probeWebApp } from "../../workspace/web-app-probe";
import { currentCaller } from "../actions/call";
import { loadHubContext } from "../hub/context";
import { answerInAlert } from "../menu-alert";

function urlChecks(familyUrl: string): CheckResult[] {
  const staff = recordedStaffUrl();
  return [
    staff === ""
      ? failed(
          "Staff web app URL",
          "not recorded: paste the staff deployment's /exec URL into Settings",
        )
      : checked("Staff web app URL", () => {
          const problem =
            execUrlProblem(staff) ??
            staffUrlProblem(probeWebApp(staff, true), probeWebApp(staff, false));
          if (problem) throw new Error(`${staff} ${problem}`);
          return `${staff} answers you, and nobody who is not signed in`;
        }),
    familyUrl === ""
      ? failed(
          "Family sign-up URL",
          "not set: deploy the sign-up page and paste its URL into Settings",
        )
      : checked("Family sign-up URL", () => {
          const problem = familyUrlProblem(probeWebApp(familyUrl, false));
          if (problem) throw new Error(`${familyUrl} ${problem}`);
          return `${familyUrl} answers a browser with no Google sign-in`;
        }),
  ];
}

function testEvent(owner: string) {
  const start = new Date(Date.now() + 7 * 86_400_000);
  const end = new Date(start.getTime() + 15 * 60_000);
  return {
    id: `confercheck${Utilities.getUuid()
      .replace(/[^0-9a-f]/g, "")
      .slice(0, 20)}`,
    summary: "Confer installation check (removed at once)",
    description: "",
    location: "",
    start: { dateTime: start.toISOString(), timeZone: "UTC" },
    end: { dateTime: end.toISOString(), timeZone: "UTC" },
    attendees: [{ email: owner }],
    extendedProperties: { private: { confer: "check" } },
    guestsCanModify: false,
  };
}

const SHARING = "Script project shared with staff";
const BY_HAND =
  "Drive does not list this project (it is bound to a file): share it with the school's domain (Viewer), then ask a teacher to open Confer ▸ Enter comments; an answer of HTTP 403 means it is not shared yet";

function runChecks(owner: string): CheckResult[] {
  const context = loadHubContext();
  const used = usedToday();
  return [
    ...urlChecks(context.settings.familySignupUrl),
    checked(SHARING, () => {
      const permissions = scriptProjectPermissions();
      if (permissions === null) return { name: SHARING, state: "by hand", detail: BY_HAND };
      const staff = context.roster.staff.filter((m) => m.active !== false && m.email !== owner);
      const verdict = projectSharingVerdict(
        permissions,
        staff.map((m) => m.email),
        owner.slice(owner.lastIndexOf("@") + 1),
      );
      if (verdict.state === "failed") throw new Error(verdict.detail);
      return verdict.state === "passed"
        ? verdict.detail
        : { name: SHARING, state: "by hand", detail: verdict.detail };
    }),
    checked("Confer's hourly trigger", () =>
      ensureBackgroundTrigger() === "made" ? "made, and kept" : "in place",
    ),
    checked("The conference template can be copied", () => {
      copyAndRemove(context.settings.templateDocId);
      return "copied and the copy removed";
    }),
    checked("A Gmail draft can be made", () => {
      const raw = composeMessage(
        {
          from: { name: "", email: owner },
          to: [{ name: "", email: owner }],
          subject: "Confer installation check (removed at once)",
          text: "Confer checked that it can draft mail.",
          html: "<p>Confer checked that it can draft mail.</p>",
        },
        `confer-${Utilities.getUuid()}`,
      );
      draftAndRemove(raw);
      return "drafted and removed";
    }),
    checked("A Calendar event can be made", () => {
      eventAndRemove(testEvent(owner));
      return "made and removed";
    }),
    checked("Translation answers", () => {
      const text = translateOnce("Hello", "es");
      if (text.trim() === "") throw new Error("LanguageApp answered nothing");
      return `“Hello” in Spanish: “${text}”`;
    }),
    checked("Today's quotas", () => {
      const translations = used.translations ?? 0;
      const recipients = used.recipients ?? 0;
      const line = `${translations} of ${DAILY_LIMITS.translations} translations and ${recipients} of ${DAILY_LIMITS.recipients} email recipients used today`;
      if (translations >= DAILY_LIMITS.translations || recipients >= DAILY_LIMITS.recipients) {
        return { name: "Today's quotas", state: "failed", detail: `${line}: wait for tomorrow` };
      }
      return line;
    }),
  ];
}

export function checkInstallation(): void {
  answerInAlert(SpreadsheetApp.getUi(), "Check installation", () => {
    const caller = currentCaller().email;
    const owner = storedHubOwner();
    if (caller === "" || caller !== owner) {
      throw new NotAllowedError(
        `Only the hub's owner (${owner || "nobody yet: run Set up hub first"}) can check Confer's installation.`,
      );
    }
    return installReport(runChecks(owner));
  });
}
