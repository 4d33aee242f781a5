/* A run skips students already drafted for the update, unless asked to replace their drafts. */
import { draftedAlready, draftsToMake } from "../../../src/domain/guardian-updates/replace-rule";

const ready = (studentId: string, studentName: string, alreadyDrafted: boolean) => ({
  studentId,
  studentName,
  alreadyDrafted,
});

describe("draftedAlready", () => {
  it("matches the kind, taking records without one for plans after the conference", () => {
    expect(draftedAlready([{}], "met")).toBe(true);
    expect(draftedAlready([{ kind: "invite" }], "met")).toBe(false);
    expect(draftedAlready([{ kind: "invite" }], "invite")).toBe(true);
    expect(draftedAlready([], "met")).toBe(false);
  });
});

describe("draftsToMake", () => {
  const zoeEn = ready("S1", "Zoë", true);
  const zoeVi = ready("S1", "Zoë", true);
  const kim = ready("S2", "Kim", false);
  const drafted = new Map([
    ["S1", ["d1", "d2"]],
    ["S2", ["d3"]],
  ]);

  it("skips students drafted already, naming each once, and deletes nothing of theirs", () => {
    expect(draftsToMake([zoeEn, zoeVi, kim], false, drafted)).toEqual({
      toMake: [kim],
      skippedAsDrafted: ["Zoë"],
      toDelete: ["d3"],
    });
  });

  it("on replace makes every draft and deletes each student's earlier ones once", () => {
    expect(draftsToMake([zoeEn, zoeVi, kim], true, drafted)).toEqual({
      toMake: [zoeEn, zoeVi, kim],
      skippedAsDrafted: [],
      toDelete: ["d1", "d2", "d3"],
    });
  });
});
