/*
 * Preview, then apply, on the built bundle: a preview writes nothing to the hub; applying it with
 * the preview's fingerprint writes exactly what the preview counted; and once the hub's roster
 * changes after a preview, applying that preview is refused by name and writes nothing.
 */
import { type DemoSchool, toConferCsv } from "../../scripts/demo-school";
import { type DemoHub, readyHub, runIn } from "./harness";
import { rosterChanges, rosterInHub, rosterTabsCsv } from "./roster-tabs";

interface Preview {
  ok: boolean;
  fingerprint: string;
  summary: Record<string, unknown>;
  languages: { language: string; total: number; from: Record<string, number> }[];
  warnings: string[];
  problems: string[];
}

const uploadOf = (school: DemoSchool) => {
  const files = toConferCsv(school);
  return {
    format: "confer",
    students: files["students.csv"],
    staff: files["staff.csv"],
    classes: files["classes.csv"],
  };
};

const preview = (hub: DemoHub, upload: object) =>
  runIn(hub, "previewRoster", hub.coordinator, upload).value as Preview;

/** The school with one student gone, one renamed, one guardian speaking Somali, one added. */
function nextYear(school: DemoSchool): DemoSchool {
  const [gone, renamed, relanguaged, model] = school.students;
  const added = {
    ...model!,
    id: "S-NEW-1",
    givenName: "Nadia",
    email: "nadia.new@students.school.test",
    guardians: model!.guardians.slice(0, 1).map((g) => ({
      ...g,
      id: "g-new",
      email: "new.family@mail.test",
      studentId: "S-NEW-1",
    })),
  };
  return {
    ...school,
    classes: school.classes.map((c) => ({
      ...c,
      studentIds: c.studentIds.filter((id) => id !== gone!.id),
    })),
    students: [
      ...school.students
        .filter((s) => s !== gone)
        .map((s) =>
          s === renamed
            ? { ...s, givenName: `${s.givenName}-Renamed` }
            : s === relanguaged
              ? { ...s, guardians: s.guardians.map((g) => ({ ...g, language: "so" })) }
              : s,
        ),
      added,
    ],
  };
}

describe("previewing and applying a roster import", () => {
  const hub = readyHub();
  const upload = uploadOf(nextYear(hub.school));
  const before = rosterInHub(hub);
  const tabsBefore = rosterTabsCsv(hub);
  const previewed = preview(hub, upload);

  it("previews what would change and writes nothing", () => {
    expect(previewed).toMatchObject({ ok: true, problems: [] });
    expect(previewed.summary).toMatchObject({ added: 1, updated: 2, deactivated: 1 });
    expect(rosterTabsCsv(hub)).toBe(tabsBefore);
  });

  it("applies exactly what it previewed", () => {
    const result = runIn(hub, "importRoster", hub.coordinator, {
      ...upload,
      fingerprint: previewed.fingerprint,
    }).value as { imported: boolean; summary: unknown };
    expect(result.imported).toBe(true);
    expect(result.summary).toEqual(previewed.summary);
    const after = rosterInHub(hub);
    const { imported: _, ...counted } = previewed.summary;
    expect(rosterChanges(before, after)).toEqual(counted);
    const somali = after.students.flatMap((s) => s.guardians).filter((g) => g.language === "so");
    expect(previewed.languages.find((l) => l.language === "so")?.total).toBe(somali.length);
  });

  it("refuses to apply a preview once the hub's roster changed, and writes nothing", () => {
    const stale = preview(hub, upload);
    runIn(hub, "importRoster", hub.coordinator, uploadOf(hub.school));
    const tabs = rosterTabsCsv(hub);
    const result = runIn(hub, "importRoster", hub.coordinator, {
      ...upload,
      fingerprint: stale.fingerprint,
    }).value;
    expect(result).toEqual({
      imported: false,
      problems: [],
      warnings: [],
      stale:
        "The roster changed since your preview (the hub's roster); preview again. Nothing was written.",
    });
    expect(rosterTabsCsv(hub)).toBe(tabs);
  });

  it("refuses to apply a preview with other files than it previewed", () => {
    const fresh = preview(hub, upload);
    const changed = { ...upload, staff: `${upload.staff}\r\n` };
    const result = runIn(hub, "importRoster", hub.coordinator, {
      ...changed,
      fingerprint: fresh.fingerprint,
    }).value as { stale?: string };
    expect(result.stale).toContain("(the uploaded files)");
  });
});
