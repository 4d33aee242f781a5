/* Who sees whose conferences on Status: coordinators the school, advisors their advisees. */

import { personOf } from "../../../src/domain/roles";
import type { Roster, Student } from "../../../src/domain/roster/model";
import { statusAudience } from "../../../src/domain/status/status-audience";

const student = (id: string, grade: string, advisorEmail: string, active = true): Student => ({
  id,
  givenName: `G${id}`,
  familyName: `F${id}`,
  preferredName: "",
  email: `${id}@school.test`,
  grade,
  advisorEmail,
  guardians: [],
  active,
});

const ANA = "ana@school.test";
const BEN = "ben@school.test";
const roster: Roster = {
  students: [
    student("1", "6", ANA),
    student("2", "7", ANA),
    student("3", "7", BEN),
    student("4", "6", ANA, false),
  ],
  staff: [
    { email: ANA, name: "Ana", roles: ["advisor"] },
    { email: BEN, name: "Ben", roles: ["advisor"] },
    { email: "tom@school.test", name: "Tom", roles: ["teacher"] },
    { email: "cy@school.test", name: "Cy", roles: ["coordinator", "advisor"] },
  ],
  classes: [],
};
const ids = (audience: { students: readonly Student[] }) => audience.students.map((s) => s.id);

describe("statusAudience", () => {
  const cy = personOf("cy@school.test", roster, "");

  it("shows a coordinator every active student, by grade and advisor when filtered", () => {
    expect(statusAudience(cy, roster, {}).isCoordinator).toBe(true);
    expect(ids(statusAudience(cy, roster, {}))).toEqual(["1", "2", "3"]);
    expect(ids(statusAudience(cy, roster, { grade: "7" }))).toEqual(["2", "3"]);
    expect(ids(statusAudience(cy, roster, { grade: "7", advisorEmail: ANA }))).toEqual(["2"]);
  });

  it("shows an advisor their active advisees, whatever the filter", () => {
    const ana = statusAudience(personOf(ANA, roster, ""), roster, { advisorEmail: BEN });
    expect(ana.isCoordinator).toBe(false);
    expect(ids(ana)).toEqual(["1", "2"]);
  });

  it("refuses anyone else, saying what the roster holds of them", () => {
    expect(() => statusAudience(personOf("tom@school.test", roster, ""), roster, {})).toThrow(
      "Status is for advisors and coordinators: you (tom@school.test) are in Confer's roster as a teacher.",
    );
  });
});
