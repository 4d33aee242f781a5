/* The roster looked up by key: the first staff member and student of each, and names by email. */
import type { Roster } from "../../../src/domain/roster/model";
import { rosterIndex } from "../../../src/domain/roster/roster-index";

const student = (id: string, givenName: string) => ({
  id,
  givenName,
  familyName: "Lund",
  preferredName: "",
  email: "",
  grade: "7",
  advisorEmail: "ada@school.test",
  guardians: [],
  active: true,
});

const roster: Roster = {
  students: [student("S1", "Zoë"), student("S1", "Again"), student("S2", "Kim")],
  staff: [
    { email: "ada@school.test", name: "Ada Lund", roles: ["advisor"] },
    { email: "ada@school.test", name: "Ada Again", roles: [] },
    { email: "nameless@school.test", name: "", roles: ["teacher"] },
  ],
  classes: [],
};

describe("rosterIndex", () => {
  it("finds the first staff member by email and the first student by ID", () => {
    const index = rosterIndex(roster);
    expect(index.staffByEmail.get("ada@school.test")?.name).toBe("Ada Lund");
    expect(index.studentById.get("S1")?.givenName).toBe("Zoë");
    expect(index.studentById.get("S3")).toBeUndefined();
  });

  it("names staff by email whatever its case, else gives the email as asked", () => {
    const { nameOf } = rosterIndex(roster);
    expect(nameOf("Ada@School.test")).toBe("Ada Lund");
    expect(nameOf("Nobody@school.test")).toBe("Nobody@school.test");
    expect(nameOf("nameless@school.test")).toBe("nameless@school.test");
  });

  it("is built once per roster", () => {
    expect(rosterIndex(roster)).toBe(rosterIndex(roster));
  });
});
