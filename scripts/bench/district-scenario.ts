/*
 * A 10,000-student district export (OneRoster 1.2, roles.csv, guardians' languages from four
 * sources) previewed and applied through the built bundle, then a delta changing 150 of its
 * students, previewed and applied: four executions. Beside it, the same two sets imported
 * without a preview (two executions), for what previewing first costs.
 */
import { isDeepStrictEqual } from "node:util";
import type { ExecutionReport } from "../../emulator";
import { run } from "../../emulator";
import type { Roster } from "../../src/domain/roster";
import { readOneRoster, validateRoster } from "../../src/domain/roster";
import { atMost, exactly } from "./budget";
import { bulkUpload, DELTA, DISTRICT_STUDENTS, deltaUpload, districtExport } from "./district";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";
import { COORDINATOR, emptyHub, type Hub } from "./school";

interface Answer {
  readonly summary?: unknown;
  readonly students?: number;
  readonly fingerprint?: string;
}

function call(hub: Hub, fn: string, arg: object, reports: ExecutionReport[]): Answer {
  const result = run(hub.ws, {
    fn,
    args: [arg],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  reports.push(result.report);
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value as Answer;
}

/** The roster the bulk set gives, for writing the delta against (not measured). */
function bulkRoster(
  upload: ReturnType<typeof bulkUpload>,
  settings: { grades: string[]; defaultLanguage: string },
): Roster {
  const result = validateRoster(readOneRoster(upload), settings);
  if (!result.ok) throw new Error(`the district export is invalid: ${result.problems[0]?.reason}`);
  return result.roster;
}

const facts = (reports: readonly ExecutionReport[], students: number, matching: boolean) => ({
  students,
  longestExecutionS: Math.max(...reports.map((r) => r.modelledMs)) / 1000,
  mostSheetCallsInOne: Math.max(...reports.map(sheetCalls)),
  previewsMatched: matching ? 1 : 0,
});

const SHEETS = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

const sheetsIn = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .filter(([key]) => SHEETS.test(key))
    .reduce((sum, [, n]) => sum + n, 0);

const sheetCalls = (report: ExecutionReport) => sheetsIn(report.counts);

function sides(preview: boolean): Side {
  return async () => {
    const set = districtExport();
    const bulk = bulkUpload(set);
    const delta = deltaUpload(bulkRoster(bulk, set.settings));
    const hub = emptyHub();
    return async (): Promise<Outcome> => {
      const reports: ExecutionReport[] = [];
      let matching = true;
      let students = 0;
      for (const upload of [bulk, delta]) {
        const previewed = preview ? call(hub, "previewRoster", upload, reports) : undefined;
        const applied = call(
          hub,
          "importRoster",
          { ...upload, fingerprint: previewed?.fingerprint },
          reports,
        );
        if (preview) matching &&= isDeepStrictEqual(previewed?.summary, applied.summary);
        students = applied.students ?? 0;
      }
      return { reports, facts: facts(reports, students, matching) };
    };
  };
}

const fact = (key: string) => (m: Measurement) => m.facts[key] ?? Number.NaN;

export const DISTRICT_SCENARIO: Scenario = {
  name: `preview and apply a ${DISTRICT_STUDENTS.toLocaleString("en-US")}-student district export and delta`,
  about: `districtExport() (OneRoster 1.2 with roles.csv, languages.csv and a bulk manifest.csv; ${DELTA.renamed} renamed and ${DELTA.removed} removed in the delta) through dist/'s previewRoster, then importRoster with the preview's fingerprint, for the bulk set and then the delta: 4 executions. The "baseline" row is no naive rival: the same two sets through importRoster alone (2 executions), for what the preview adds.`,
  budget: [
    exactly("confer students in the hub", DISTRICT_STUDENTS, (s) => fact("students")(s.optimized)),
    exactly("confer previews equal to what was applied", 1, (s) =>
      fact("previewsMatched")(s.optimized),
    ),
    atMost("confer longest execution, modelled s (Apps Script stops at 360)", 360, (s) =>
      fact("longestExecutionS")(s.optimized),
    ),
    atMost(
      "confer most Sheets calls in one execution, beyond the import alone's (they do not grow with the roster)",
      0,
      (s) => fact("mostSheetCallsInOne")(s.optimized) - fact("mostSheetCallsInOne")(s.baseline),
    ),
    atMost("confer Sheets calls in all (4 executions)", 200, (s) => sheetTotal(s.optimized)),
    atMost(
      "confer CPU ms (the 2,000-student import's 1 ms a student, for 10,000 previewed and applied, and the delta)",
      15_000,
      (s) => s.optimized.cpuMs,
    ),
    atMost("confer peak heap MB", 1024, (s) => s.optimized.peakHeapMb),
  ],
  optimized: sides(true),
  baseline: sides(false),
};

function sheetTotal(m: Measurement): number {
  return sheetsIn(m.counts);
}
