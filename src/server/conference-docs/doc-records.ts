/*
 * The Conference Docs tab's rows as doc records: all of them (every round's), or the docs of one
 * round by student ID, by default the round the hub works on. A classroom round's docs are its
 * teacher's: they are left out of what student-led features read (status, pull, guardian updates,
 * check-ins, carry-forward), told apart by their round's kind in the Rounds tab.
 */
import { type DocRecord, recordFromRow } from "../../domain/conference-docs/records";
import { recordsOfRound } from "../../domain/conference-docs/rounds";
import { CONFERENCE_DOCS_TAB } from "../../domain/hub/tabs";
import { classroomRoundNames } from "../../domain/rounds/rows";
import { readRows, tabOf } from "../../workspace/hub-store";
import { readRoundsTab } from "../../workspace/rounds-tab";
import type { HubReading } from "../hub/context";
import { workingRoundOf } from "../rounds/working-round";

/** Every round's docs, classroom rounds' too. */
export function readEveryDocRecord(context: HubReading): DocRecord[] {
  return readRows(tabOf(context.hub, CONFERENCE_DOCS_TAB), CONFERENCE_DOCS_TAB).flatMap((row) => {
    const record = recordFromRow(row, context.settings.term);
    return record ? [record] : [];
  });
}

/** Every round's docs but classroom rounds'. */
export function readAllDocRecords(context: HubReading): DocRecord[] {
  const classroom = classroomRoundNames(readRoundsTab(context.hub));
  return readEveryDocRecord(context).filter((record) => !classroom.has(record.round.toLowerCase()));
}

export function readDocRecords(
  context: HubReading,
  round: string = workingRoundOf(context).name,
): Map<string, DocRecord> {
  return recordsOfRound(readAllDocRecords(context), round);
}
