/*
 * What Confer's hourly trigger does, as the hub owner: carries on a docs run cut short, tries
 * again the Calendar events and Outbox messages that failed, and on the first run from the
 * reminder hour sends the day's booking reminders, and keeps the goal check-ins (their dates read
 * once a day, their doc lines written when their day comes), and tells the classroom students a
 * change did not reach. Each part runs even when another fails; the
 * failures are thrown together at the end, so the execution shows as failed in Apps Script.
 */
import { explainGoogleError } from "../domain/limits/google-messages";
import { remindersDueNow } from "../domain/schedule/reminders";
import { openHub, storedHubId } from "../workspace/hub-store";
import { readJson, writeJson } from "../workspace/script-state";
import { type ClassroomTellRun, tellWaitingClassroomStudents } from "./classroom-cycle/background";
import { continueConferenceDocs, type DocsProgress } from "./conference-docs/run";
import { type CheckInsRun, keepGoalCheckIns } from "./goal-check-ins/background";
import { loadSettings } from "./hub/context";
import {
  type RemindersRun,
  type RetryRun,
  retryScheduleDeliveries,
  retryWaiting,
  sendBookingReminders,
} from "./schedule/background";
import { loadScheduleContext } from "./schedule/writer";

const REMINDERS_DAY = "confer.remindersDay";

export interface BackgroundRun {
  readonly docs: DocsProgress | null;
  readonly retry: RetryRun | null;
  readonly reminders: RemindersRun | null;
  readonly checkIns: CheckInsRun | null;
  readonly classroom: ClassroomTellRun | null;
}

function attempt<T>(what: string, failures: string[], work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    failures.push(
      `${what}: ${explainGoogleError(error instanceof Error ? error.message : String(error))}`,
    );
    return null;
  }
}

type ScheduleRun = Pick<BackgroundRun, "retry" | "reminders">;

function scheduleWork(failures: string[]): ScheduleRun {
  const hub = openHub();
  const zone = loadSettings(hub).timeZone;
  const now = new Date();
  const today = Utilities.formatDate(now, zone, "yyyy-MM-dd");
  const remind = remindersDueNow(
    readJson<string>(REMINDERS_DAY) ?? "",
    today,
    Number(Utilities.formatDate(now, zone, "H")),
  );
  if (!remind && !retryWaiting(hub)) return { retry: null, reminders: null };
  const context = loadScheduleContext();
  const retry = attempt("Retrying Calendar events and the Outbox", failures, () =>
    retryScheduleDeliveries(context),
  );
  const reminders = remind
    ? attempt("Sending booking reminders", failures, () => sendBookingReminders(context))
    : null;
  if (reminders) writeJson(REMINDERS_DAY, today);
  return { retry, reminders };
}

export function runBackgroundWork(): BackgroundRun {
  const failures: string[] = [];
  const docs = attempt("Continuing conference docs", failures, continueConferenceDocs);
  const schedule = !storedHubId()
    ? { retry: null, reminders: null }
    : (attempt("Schedule work", failures, () => scheduleWork(failures)) ?? {
        retry: null,
        reminders: null,
      });
  const checkIns = storedHubId() ? attempt("Goal check-ins", failures, keepGoalCheckIns) : null;
  const classroom = storedHubId()
    ? attempt("Telling classroom students", failures, tellWaitingClassroomStudents)
    : null;
  if (failures.length > 0) throw new Error(failures.join("\n"));
  return { docs, ...schedule, checkIns, classroom };
}
