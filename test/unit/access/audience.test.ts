/* Who may run an action: decided from the caller and the roster's roles, never the account it runs as. */
import { admit } from "../../../src/domain/access/audience";
import type { Person, Role } from "../../../src/domain/roles";

const OWNER = "owner@school.test";
const person = (email: string, ...roles: Role[]): Person => ({ email, roles: new Set(roles) });
const refusal = (run: () => void) => {
  try {
    run();
    return "admitted";
  } catch (error) {
    const e = error as { code: string; message: string };
    return `${e.code}: ${e.message}`;
  }
};

describe("admit", () => {
  it("lets anyone run an action for anyone, and a family action for a link-holder", () => {
    expect(refusal(() => admit("anyone", "open About", { email: "", hubOwner: OWNER }))).toBe(
      "admitted",
    );
    expect(refusal(() => admit("family", "book", { email: "", hubOwner: OWNER }))).toBe("admitted");
  });

  it("refuses an anonymous caller anything that needs a name", () => {
    expect(
      refusal(() => admit("signed-in", "use My conference", { email: "", hubOwner: OWNER })),
    ).toBe(
      "not-signed-in: Confer needs a signed-in school account to use My conference; this request came without one.",
    );
  });

  it("admits only the hub's recorded owner to owner actions", () => {
    expect(
      refusal(() => admit("hub-owner", "send reminders", { email: OWNER, hubOwner: OWNER })),
    ).toBe("admitted");
    expect(
      refusal(() =>
        admit("hub-owner", "send reminders", { email: "t@school.test", hubOwner: OWNER }),
      ),
    ).toBe(
      "not-allowed: Only the hub's owner (owner@school.test) can send reminders; t@school.test is not.",
    );
  });

  it("admits a role list by the caller's roles, and words the refusal for one role or several", () => {
    const teacher = person("t@school.test", "teacher");
    expect(
      refusal(() =>
        admit(["teacher", "coordinator"], "enter comments", {
          email: teacher.email,
          hubOwner: OWNER,
          person: teacher,
        }),
      ),
    ).toBe("admitted");
    expect(
      refusal(() =>
        admit(["coordinator"], "import the roster", {
          email: teacher.email,
          hubOwner: OWNER,
          person: teacher,
        }),
      ),
    ).toBe(
      "not-allowed: Only a coordinator can import the roster: you (t@school.test) are in Confer's roster as a teacher.",
    );
    expect(
      refusal(() =>
        admit(["advisor", "coordinator"], "pull comments", {
          email: teacher.email,
          hubOwner: OWNER,
          person: teacher,
        }),
      ),
    ).toBe(
      "not-allowed: Only advisors and coordinators can pull comments: you (t@school.test) are in Confer's roster as a teacher.",
    );
  });
});
