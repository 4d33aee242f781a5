/* A preview's fingerprint: the same inputs give the same one; a change names what changed. */
import {
  fingerprintChanges,
  type Roster,
  rosterFingerprint,
  stalePreviewMessage,
} from "../../../src/domain/roster";

const settings = { grades: ["6", "7"], defaultLanguage: "en" };
const roster: Roster = {
  students: [
    {
      id: "S1",
      givenName: "Ana",
      familyName: "Ruiz",
      preferredName: "",
      email: "ana@students.school.test",
      grade: "6",
      advisorEmail: "mei@school.test",
      guardians: [],
      active: true,
    },
  ],
  staff: [{ email: "mei@school.test", name: "Mei Li", roles: ["advisor"] }],
  classes: [],
};
const upload = { format: "confer", students: "a", staff: "b", classes: "c" };

describe("rosterFingerprint", () => {
  const previewed = rosterFingerprint(upload, settings, roster);

  it("is the same for the same upload, roster and settings", () => {
    expect(rosterFingerprint({ ...upload }, { ...settings }, structuredClone(roster))).toBe(
      previewed,
    );
    expect(fingerprintChanges(previewed, previewed)).toEqual([]);
  });

  it("names the upload, the hub's roster or Settings when one of them changed", () => {
    const renamed = { ...roster, students: [{ ...roster.students[0]!, givenName: "Anna" }] };
    const changes = (now: string) => fingerprintChanges(previewed, now);
    expect(changes(rosterFingerprint({ ...upload, students: "a2" }, settings, roster))).toEqual([
      "the uploaded files",
    ]);
    expect(changes(rosterFingerprint(upload, settings, renamed))).toEqual(["the hub's roster"]);
    expect(changes(rosterFingerprint(upload, { ...settings, grades: ["6"] }, roster))).toEqual([
      "Settings' grades or default language",
    ]);
    expect(changes("garbled")).toEqual(["the uploaded files"]);
  });

  it("words the refusal of a stale apply", () => {
    expect(stalePreviewMessage(["the hub's roster"])).toBe(
      "The roster changed since your preview (the hub's roster); preview again. Nothing was written.",
    );
  });

  it("says so when the hub reads as an import that stopped part-way", () => {
    expect(stalePreviewMessage(["the hub's roster"], true)).toBe(
      "The roster changed since your preview (the hub's roster): an earlier import stopped part-way and the hub reads as its roster until an import finishes it; preview again. Nothing was written.",
    );
    expect(stalePreviewMessage(["the uploaded files"], true)).toBe(
      "The roster changed since your preview (the uploaded files); preview again. Nothing was written.",
    );
  });
});
