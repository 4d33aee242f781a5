/*
 * The modelled latency of each Apps Script service call, in one table.
 * Every row names its public source; rows without a published measurement say "estimate".
 * Lookup order: "Class.method", then "Class.*", then the service's default, then 0.
 */

export interface LatencyRow {
  readonly key: string;
  readonly ms: number;
  readonly source: string;
}

const ZIRITIONE = "ziritione.org, 'Google Apps Script APIs performance' (averages)";
const POEHNELT =
  "justin.poehnelt.com, 'apps-script-key-value-stores' (~800 ms per write+read cycle)";
const SO_SCRIPTDB =
  "Stack Overflow, 'What is faster: ScriptDb or SpreadsheetApp?' (setValues of 4,000 cells < 50 ms, flush 610 ms)";
const PRE_PRACTICE =
  "pre-practice.net, 'UrlFetchApp.fetchAll' (3 x fetch 1.77 s, fetchAll of the same 3 0.93 s)";
const ESTIMATE = "estimate: no public measurement found";
const TANAIKE_FETCH_ALL =
  "tanaikech.github.io, 'Benchmark: fetchAll method in UrlFetch service' (2018): 5 web apps each sleeping 5 s ran at once";
const QIITA_CELLS =
  "qiita.com/shi-suzuki, getValues of 120,000 × 2 plain cells in 7.38 s (about 31 µs a cell)";
const BUGBUGNOW = "bugbugnow.net: 1,000 getRange().getValue() in 3.06 s (Apps Script caches reads)";
const BEST_PRACTICES =
  "developers.google.com/apps-script/guides/support/best-practices: its per-cell example of 10,000 writes takes about 70 s";

export const LATENCY_TABLE: readonly LatencyRow[] = [
  {
    key: "Execution.start",
    ms: 500,
    source: `${ESTIMATE}: the time from a request reaching Apps Script to the script's first line (loading the project and starting V8), charged once per execution`,
  },
  { key: "PropertiesService.*", ms: 0, source: "local: getting a store makes no round trip" },
  { key: "Properties.getProperty", ms: 30, source: ZIRITIONE },
  { key: "Properties.getProperties", ms: 30, source: ZIRITIONE },
  { key: "Properties.getKeys", ms: 30, source: ZIRITIONE },
  { key: "Properties.setProperty", ms: 62, source: ZIRITIONE },
  { key: "Properties.setProperties", ms: 62, source: ZIRITIONE },
  { key: "Properties.deleteProperty", ms: 62, source: `${ZIRITIONE} (as setProperty)` },
  { key: "Properties.deleteAllProperties", ms: 62, source: `${ZIRITIONE} (as setProperty)` },
  { key: "CacheService.*", ms: 0, source: "local: getting a cache makes no round trip" },
  { key: "Cache.get", ms: 3, source: ZIRITIONE },
  { key: "Cache.getAll", ms: 3, source: `${ZIRITIONE} (as get)` },
  { key: "Cache.put", ms: 93, source: ZIRITIONE },
  { key: "Cache.putAll", ms: 93, source: `${ZIRITIONE} (as put)` },
  { key: "Cache.remove", ms: 93, source: `${ZIRITIONE} (as put)` },
  { key: "Range.setValues", ms: 45, source: SO_SCRIPTDB },
  {
    key: "Range.setValues.perCell",
    ms: 0.031,
    source: `${ESTIMATE} for writes; as getValues' per cell (${QIITA_CELLS})`,
  },
  { key: "Range.setValue", ms: 7, source: BEST_PRACTICES },
  {
    key: "Range.getValues",
    ms: 150,
    source: `${POEHNELT}, less the write and flush of ${SO_SCRIPTDB}`,
  },
  { key: "Range.getValues.perCell", ms: 0.031, source: QIITA_CELLS },
  { key: "Range.getValue", ms: 3, source: BUGBUGNOW },
  { key: "Range.getDisplayValues", ms: 150, source: "as getValues (estimate)" },
  { key: "Range.getDisplayValues.perCell", ms: 0.031, source: `as getValues (${QIITA_CELLS})` },
  {
    key: "Sheet.getRange",
    ms: 0,
    source: `${BUGBUGNOW}: held in the 3.06 ms a getRange().getValue()`,
  },
  { key: "SpreadsheetApp.flush", ms: 610, source: SO_SCRIPTDB },
  { key: "SpreadsheetApp.openById", ms: 300, source: ESTIMATE },
  { key: "SpreadsheetApp.openByUrl", ms: 300, source: `${ESTIMATE} (as openById)` },
  { key: "SpreadsheetApp.create", ms: 1200, source: `${ESTIMATE} (as DocumentApp.create)` },
  {
    key: "SpreadsheetApp.newDataValidation",
    ms: 0,
    source: "local: a builder makes no round trip",
  },
  { key: "DataValidationBuilder.*", ms: 0, source: "local: a builder makes no round trip" },
  { key: "DataValidation.*", ms: 0, source: "local: reads the built rule" },
  { key: "User.*", ms: 0, source: "local: reads the returned user object" },
  { key: "SpreadsheetApp.*", ms: 20, source: ESTIMATE },
  { key: "Spreadsheet.*", ms: 20, source: ESTIMATE },
  { key: "Sheet.*", ms: 20, source: ESTIMATE },
  { key: "Range.*", ms: 20, source: ESTIMATE },
  { key: "Protection.*", ms: 40, source: ESTIMATE },
  {
    key: "UrlFetchApp.fetch",
    ms: 0,
    source:
      "charged by the request itself: a Google REST request by its service row (the whole round trip), a request to the script's own web app by UrlFetchApp.webAppHop plus the execution it runs",
  },
  {
    key: "UrlFetchApp.webAppHop",
    ms: 590,
    source: `${PRE_PRACTICE}: 1.77 s / 3, a whole round trip to a Google API, taken as the hop to a web app and back (the web app's own execution is charged on top)`,
  },
  {
    key: "UrlFetchApp.fetchAll",
    ms: 340,
    source: `${PRE_PRACTICE}: 0.93 s - 0.59 s, on top of the slowest request; ${TANAIKE_FETCH_ALL}; growth with more than 5 requests is unmeasured (estimate: none)`,
  },

  { key: "DriveApp.*", ms: 200, source: ESTIMATE },
  { key: "File.makeCopy", ms: 1500, source: ESTIMATE },
  { key: "File.*", ms: 100, source: ESTIMATE },
  { key: "Folder.*", ms: 100, source: ESTIMATE },
  { key: "FileIterator.*", ms: 50, source: ESTIMATE },
  { key: "FolderIterator.*", ms: 50, source: ESTIMATE },
  { key: "Drive.files.copy", ms: 1500, source: `${ESTIMATE} (as File.makeCopy)` },
  { key: "Drive.files.create", ms: 400, source: ESTIMATE },
  { key: "Drive.permissions.create", ms: 600, source: ESTIMATE },
  { key: "Drive.*", ms: 250, source: ESTIMATE },
  { key: "Gmail.users.drafts.create", ms: 500, source: ESTIMATE },
  { key: "Gmail.users.drafts.update", ms: 500, source: ESTIMATE },
  { key: "Gmail.users.messages.send", ms: 700, source: ESTIMATE },
  { key: "Gmail.*", ms: 250, source: ESTIMATE },
  { key: "Calendar.events.insert", ms: 500, source: ESTIMATE },
  { key: "Calendar.events.patch", ms: 450, source: ESTIMATE },
  { key: "Calendar.events.delete", ms: 400, source: ESTIMATE },
  { key: "Calendar.*", ms: 250, source: ESTIMATE },
  { key: "Classroom.*", ms: 250, source: ESTIMATE },
  { key: "OAuth2.*", ms: 100, source: ESTIMATE },
  { key: "DocumentApp.openById", ms: 800, source: ESTIMATE },
  { key: "DocumentApp.create", ms: 1200, source: ESTIMATE },
  { key: "DocumentApp.*", ms: 20, source: ESTIMATE },
  { key: "Document.saveAndClose", ms: 400, source: ESTIMATE },
  { key: "Document.*", ms: 20, source: ESTIMATE },
  { key: "Body.*", ms: 20, source: ESTIMATE },
  { key: "Paragraph.*", ms: 15, source: ESTIMATE },
  { key: "ListItem.*", ms: 15, source: ESTIMATE },
  { key: "Text.*", ms: 15, source: ESTIMATE },
  { key: "Table.*", ms: 15, source: ESTIMATE },
  { key: "TableRow.*", ms: 15, source: ESTIMATE },
  { key: "TableCell.*", ms: 15, source: ESTIMATE },
  { key: "HorizontalRule.*", ms: 5, source: ESTIMATE },
  { key: "NamedRange.*", ms: 15, source: ESTIMATE },
  { key: "Range.getRangeElements", ms: 15, source: ESTIMATE },
  { key: "RangeElement.*", ms: 2, source: ESTIMATE },
  { key: "RangeBuilder.*", ms: 5, source: ESTIMATE },
  { key: "Docs.documents.get", ms: 250, source: ESTIMATE },
  { key: "Docs.documents.batchUpdate", ms: 400, source: ESTIMATE },
  { key: "LockService.*", ms: 0, source: "local: getting a lock object makes no round trip" },
  { key: "Lock.*", ms: 50, source: ESTIMATE },
  { key: "Session.*", ms: 5, source: ESTIMATE },
  { key: "LanguageApp.translate", ms: 250, source: ESTIMATE },
  { key: "Logger.*", ms: 0, source: "local" },
  { key: "console.*", ms: 0, source: "local" },
  { key: "Utilities.*", ms: 0, source: "local: computed in the V8 runtime" },
  { key: "HtmlService.*", ms: 5, source: ESTIMATE },
  { key: "ContentService.*", ms: 0, source: "local" },
];

export class LatencyModel {
  private readonly byKey = new Map<string, number>();

  constructor(rows: readonly LatencyRow[] = LATENCY_TABLE) {
    for (const row of rows) this.byKey.set(row.key, row.ms);
  }

  /** Overrides one row, so a test can make a call slow (to reach the execution limit, say). */
  set(key: string, ms: number): void {
    this.byKey.set(key, ms);
  }

  /** A per-unit row (per cell, per request), or 0 when the table has none: no fallback. */
  perUnitMs(key: string): number {
    return this.byKey.get(key) ?? 0;
  }

  msFor(className: string, method: string): number {
    return (
      this.byKey.get(`${className}.${method}`) ??
      this.byKey.get(`${className}.*`) ??
      this.byKey.get("*") ??
      0
    );
  }
}
