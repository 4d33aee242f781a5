/*
 * A 10,000-student district export in OneRoster 1.2 (roles.csv, a bulk manifest, then a
 * delta manifest changing some people), previewed and applied through the built bundle: what each
 * preview counts (added, updated, made inactive; guardians' languages by source) is what the
 * Students, Staff and Classes tabs hold afterwards, and a preview writes nothing.
 */
import { run } from "../../emulator";
import {
  bulkUpload,
  DELTA,
  DISTRICT_STUDENTS,
  deltaUpload,
  districtExport,
} from "../../scripts/bench/district";
import { COORDINATOR, emptyHub, type Hub } from "../../scripts/bench/school";
import type { Roster } from "../../src/domain/roster";
import { mixedLanguage } from "../unit/roster/generate";
import { guardianLanguages, rosterChanges, rosterInHub, rosterTabsCsv } from "./roster-tabs";

interface Preview {
  ok: boolean;
  fingerprint: string;
  summary: { imported: unknown } & Record<string, unknown>;
  languages: { language: string; total: number; from: Record<string, number> }[];
  warnings: string[];
  problems: string[];
}

jest.setTimeout(300_000);

const totals = (languages: Preview["languages"]) =>
  Object.fromEntries(languages.map((l) => [l.language, l.total]));

function call(hub: Hub, fn: string, arg: object) {
  const result = run(hub.ws, {
    fn,
    args: [arg],
    as: COORDINATOR,
    containerId: hub.hubId,
    kind: "sidebar",
  });
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value;
}

/** Previews, reads the tabs, then applies with the preview's fingerprint. */
function previewThenApply(hub: Hub, upload: object) {
  const preview = call(hub, "previewRoster", upload) as Preview;
  const tabsAfterPreview = rosterTabsCsv(hub);
  const apply = call(hub, "importRoster", { ...upload, fingerprint: preview.fingerprint });
  return { preview, tabsAfterPreview, apply };
}

function expectWritten(preview: Preview, before: Roster, after: Roster) {
  const { imported: _, ...changes } = preview.summary;
  expect(rosterChanges(before, after)).toEqual(changes);
}

describe("a 10,000-student OneRoster 1.2 district export, previewed and applied", () => {
  const set = districtExport();
  const hub = emptyHub();
  const empty = rosterInHub(hub);
  const tabsEmpty = rosterTabsCsv(hub);
  const upload = bulkUpload(set);
  const bulk = previewThenApply(hub, upload);
  const bulkPreview = bulk.preview;
  const afterBulk = rosterInHub(hub);

  it("previews the bulk set whole, with no problem and nothing written by the preview", () => {
    expect(bulkPreview).toMatchObject({ ok: true, problems: [] });
    expect(bulkPreview.summary).toMatchObject({
      added: DISTRICT_STUDENTS,
      guardians: { added: set.counts.guardians },
    });
    expect(bulk.tabsAfterPreview).toBe(tabsEmpty);
  });

  it("writes exactly what the bulk preview counted", () => {
    expect(bulk.apply).toMatchObject({ imported: true, students: DISTRICT_STUDENTS });
    expectWritten(bulkPreview, empty, afterBulk);
  });

  it("gives guardians the languages the preview named, from the sources it named", () => {
    expect(guardianLanguages(afterBulk)).toEqual(totals(bulkPreview.languages));
    const expected: Record<string, Record<string, number>> = {};
    for (let s = 0; s < DISTRICT_STUDENTS; s++) {
      const { language, from } = mixedLanguage(s);
      const code = language || "en";
      const sources = expected[code] ?? {};
      expected[code] = sources;
      sources[from] = (sources[from] ?? 0) + (s % 2 === 0 ? 2 : 1);
    }
    expect(Object.fromEntries(bulkPreview.languages.map((l) => [l.language, l.from]))).toEqual(
      expected,
    );
  });

  const deltaSet = deltaUpload(afterBulk);
  const tabsBeforeDelta = rosterTabsCsv(hub);
  const delta = previewThenApply(hub, deltaSet);
  const deltaPreview = delta.preview;
  const afterDelta = rosterInHub(hub);

  it("previews the delta: renamed students updated, removed ones made inactive, the rest unchanged", () => {
    expect(deltaPreview).toMatchObject({ ok: true, problems: [] });
    expect(deltaPreview.summary).toMatchObject({
      added: 0,
      updated: DELTA.renamed,
      deactivated: DELTA.removed,
      unchanged: DISTRICT_STUDENTS - DELTA.renamed - DELTA.removed,
    });
    expect(deltaPreview.languages).toEqual([
      { language: DELTA.language, total: DELTA.relanguaged, from: { guardian: DELTA.relanguaged } },
    ]);
  });

  it("writes exactly what the delta preview counted, and the preview alone wrote nothing", () => {
    expect(delta.tabsAfterPreview).toBe(tabsBeforeDelta);
    expect(delta.apply).toMatchObject({ imported: true });
    expectWritten(deltaPreview, afterBulk, afterDelta);
    const relanguaged = new Set(afterBulk.students.slice(0, DELTA.relanguaged).map((s) => s.id));
    expect(guardianLanguages(afterDelta, relanguaged)).toEqual({
      [DELTA.language]: DELTA.relanguaged,
    });
  });

  it("refuses the bulk preview applied now that the hub's roster changed, writing nothing", () => {
    const tabs = rosterTabsCsv(hub);
    const again = call(hub, "importRoster", { ...upload, fingerprint: bulkPreview.fingerprint });
    expect(again).toMatchObject({
      imported: false,
      stale:
        "The roster changed since your preview (the hub's roster); preview again. Nothing was written.",
    });
    expect(rosterTabsCsv(hub)).toBe(tabs);
  });
});
