import { projectSharingVerdict } from "../../../src/domain/install/project-sharing";

const STAFF = ["a@school.test", "b@school.test", "c@school.test"];
const owner = { type: "user", role: "owner", emailAddress: "coord@school.test" };

describe("projectSharingVerdict", () => {
  it("passes a project shared with the school's domain, at any role", () => {
    const verdict = projectSharingVerdict(
      [owner, { type: "domain", role: "reader", domain: "School.test" }],
      STAFF,
      "school.test",
    );
    expect(verdict).toEqual({ state: "passed", detail: "shared with school.test (reader)" });
  });

  it("does not count another domain's share", () => {
    const verdict = projectSharingVerdict(
      [owner, { type: "domain", role: "reader", domain: "other.test" }],
      STAFF,
      "school.test",
    );
    expect(verdict.state).toBe("failed");
    expect(verdict.detail).toMatch(/^3 of 3 staff cannot reach/);
  });

  it("passes when every staff member is shared one by one, whatever the case of their email", () => {
    const verdict = projectSharingVerdict(
      [
        owner,
        ...STAFF.map((e) => ({ type: "user", role: "reader", emailAddress: e.toUpperCase() })),
      ],
      STAFF,
      "school.test",
    );
    expect(verdict).toEqual({
      state: "passed",
      detail: "shared with each of the 3 staff in the roster",
    });
  });

  it("names the first five staff left out, and counts the rest", () => {
    const many = Array.from({ length: 8 }, (_, i) => `t${i}@school.test`);
    const verdict = projectSharingVerdict([owner], many, "school.test");
    expect(verdict.state).toBe("failed");
    expect(verdict.detail).toContain(
      "(t0@school.test, t1@school.test, t2@school.test, t3@school.test, t4@school.test and 3 more)",
    );
    expect(verdict.detail).toMatch(/give school\.test Viewer access$/);
  });

  it("cannot tell for staff reached only through a group, and says how to test it", () => {
    const verdict = projectSharingVerdict(
      [owner, { type: "group", role: "reader", emailAddress: "staff@school.test" }],
      STAFF,
      "school.test",
    );
    expect(verdict.state).toBe("unknown");
    expect(verdict.detail).toMatch(
      /^shared with staff@school\.test, whose members Confer cannot see/,
    );
  });
});
