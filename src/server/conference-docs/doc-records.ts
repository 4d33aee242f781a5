/*
 * The Conference Docs tab's rows as doc records: all of them (every round's), or the docs of one
 * round by student ID, by default the round the hub works on.
 */
import { type DocRecord, recordFromRow } from "../../domain/conference-docs/records";
import { recordsOfRound } from "../../domain/conference-docs/rounds";
import { CONFERENCE_DOCS_TAB } from "../../domain/hub/tabs";
import { roundOfUnmarkedRows } from "../../domain/settings/settings";
import { readRows, tabOf } from "../../workspace/hub-store";
import type { HubReading } from "../hub/context";
import { workingRoundOf } from "../rounds/working-round";

export function readAllDocRecords(context: HubReading): DocRecord[] {
  return readRows(tabOf(context.hub, CONFERENCE_DOCS_TAB), CONFERENCE_DOCS_TAB).flatMap((row) => {
    const record = recordFromRow(row, roundOfUnmarkedRows(context.settings));
    return record ? [record] : [];
  });
}

export function readDocRecords(
  context: HubReading,
  round: string = workingRoundOf(context).name,
): Map<string, DocRecord> {
  return recordsOfRound(readAllDocRecords(context), round);
}
