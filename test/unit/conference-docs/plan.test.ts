/* A docs run makes docs only for active students in scope who have none, in batches it can resume. */
import {
  batches,
  describeScope,
  parseClassroomScope,
  parseScope,
  planDocs,
  scopeMembers,
} from "../../../src/domain/conference-docs/plan";

const student = (id: string, grade: string, advisorEmail: string, active = true) => ({
  id,
  grade,
  advisorEmail,
  familyName: `F${id}`,
  givenName: `G${id}`,
  active,
});

const roster = [
  student("3", "7", "b@school.test"),
  student("1", "6", "a@school.test"),
  student("2", "6", "a@school.test", false),
  student("4", "7", "a@school.test"),
];

describe("planDocs", () => {
  it("skips inactive students and those who already have a doc", () => {
    const plan = planDocs(roster, { kind: "all" }, (id) => id === "4");
    expect(plan.toCreate.map((s) => s.id)).toEqual(["1", "3"]);
    expect(plan).toMatchObject({ inScope: 3, alreadyDone: 1 });
  });

  it("limits an advisor's run to their advisees, whatever the case of the email", () => {
    const plan = planDocs(roster, { kind: "advisor", advisorEmail: "A@School.test" }, () => false);
    expect(plan.toCreate.map((s) => s.id)).toEqual(["1", "4"]);
  });

  it("limits a grade run to that grade", () => {
    expect(planDocs(roster, { kind: "grade", grade: "7" }, () => false).toCreate).toHaveLength(2);
  });
});

describe("batches", () => {
  it("cuts a list into batches of at most the size", () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("refuses a batch size below 1", () => {
    expect(() => batches([1], 0)).toThrow("Batch size must be at least 1, not 0.");
  });
});

describe("a classroom round's scope", () => {
  it("is named by its round, and takes the active students it is given, whoever advises them", () => {
    const scope = parseClassroomScope("  Period 2 · Q3 ");
    expect(scope).toEqual({ kind: "classroom", round: "Period 2 · Q3" });
    const given = [
      student("1", "9", "a@s.t"),
      student("2", "10", "b@s.t"),
      student("3", "9", "a@s.t", false),
    ];
    expect(planDocs(given, scope, () => false).toCreate.map((s) => s.id)).toEqual(["1", "2"]);
    expect(describeScope(scope)).toBe("the classes of “Period 2 · Q3”");
    expect(scopeMembers(scope)).toBe("students in the classes of “Period 2 · Q3”");
  });

  it("needs a round name, and is not a scope of Create conference docs", () => {
    expect(() => parseClassroomScope(" ")).toThrow(
      "Say which classroom round: the round name is empty.",
    );
    expect(() => parseScope({ kind: "classroom", round: "Q3" })).toThrow(/Unknown scope/);
  });
});
