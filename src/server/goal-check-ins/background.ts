/*
 * The hourly trigger's part in goal check-ins, as the hub owner: on the first run of each day in
 * the school's time zone, read the working round's docs for their goals' dates; on every run,
 * write the Check-in line in each doc whose day has come and whose line is not written yet (a
 * write the Docs API put off is tried again the next hour). A run with neither to do reads only
 * the Settings and Check-ins tabs. Docs that could not be read are reported in the run, not
 * thrown: a deleted doc must not fail every hour.
 */
import { checkInsByDoc, linesDue } from "../../domain/goal-check-ins/check-ins";
import { readCheckInRows } from "../../workspace/check-ins-tab";
import { openHub } from "../../workspace/hub-store";
import { readJson, writeJson } from "../../workspace/script-state";
import { readDocRecords } from "../conference-docs/doc-records";
import { loadHubContext, loadSettings } from "../hub/context";
import { todayIn } from "../rounds/working-round";
import { checkInContextOf, keepCheckIns } from "./keep";

const READ_DAY = "confer.checkInsReadDay";

export interface CheckInsRun {
  readonly read: number;
  readonly linesWritten: number;
  readonly problems: readonly string[];
}

const NOTHING: CheckInsRun = { read: 0, linesWritten: 0, problems: [] };

function nothingToDo(): boolean {
  const hub = openHub();
  const today = todayIn(loadSettings(hub).timeZone);
  if (readJson<string>(READ_DAY) !== today) return false;
  return linesDue([...checkInsByDoc(readCheckInRows(hub)).values()], today).length === 0;
}

export function keepGoalCheckIns(): CheckInsRun {
  if (nothingToDo()) return NOTHING;
  const context = checkInContextOf(loadHubContext());
  const readToday = readJson<string>(READ_DAY) === context.today;
  const records =
    readToday || context.working.name === ""
      ? []
      : [...readDocRecords(context, context.working.name).values()];
  const kept = keepCheckIns(context, records);
  if (!readToday) writeJson(READ_DAY, context.today);
  return { read: kept.read, linesWritten: kept.linesWritten, problems: kept.problems };
}
