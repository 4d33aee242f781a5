/* The advisees set in Assign advisors…, kept per advisor: read per student, and changed by a save. */
import { assignedByStudent, changedLists } from "../../../src/domain/advisors/assigned-lists";

const lists = new Map([
  ["ana@school.test", ["S1", "S2"]],
  ["ben@school.test", ["S3"]],
]);

describe("the advisees set in the sidebar", () => {
  it("read as each student's advisor", () => {
    expect(assignedByStudent(lists)).toEqual(
      new Map([
        ["S1", "ana@school.test"],
        ["S2", "ana@school.test"],
        ["S3", "ben@school.test"],
      ]),
    );
  });

  it("move a student off one advisor's list onto another's, emptying a list to remove it", () => {
    expect(
      changedLists(lists, [
        { studentId: "S3", advisorEmail: "ana@school.test" },
        { studentId: "S4", advisorEmail: "cy@school.test" },
      ]),
    ).toEqual(
      new Map([
        ["ana@school.test", ["S1", "S2", "S3"]],
        ["ben@school.test", []],
        ["cy@school.test", ["S4"]],
      ]),
    );
  });

  it("change nothing when a save sets the advisors they hold already", () => {
    expect(changedLists(lists, [{ studentId: "S2", advisorEmail: "ana@school.test" }])).toEqual(
      new Map(),
    );
  });
});
