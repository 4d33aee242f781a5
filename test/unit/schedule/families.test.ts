/* Families by guardian email, and the students who still need a booking. */
import { familiesOf, notYetBooked } from "../../../src/domain/schedule/families";
import { ADA, BO, bookedSlot, DEC1_1PM, plus, ROUND, roster, slot } from "./school";

describe("familiesOf", () => {
  it("groups siblings by guardian email, case-insensitively, sorted by the first student's family name", () => {
    const families = familiesOf(roster);
    expect(
      families.map((f) => ({
        key: f.key,
        email: f.guardianEmail,
        names: f.guardianNames,
        language: f.language,
        students: f.students.map((s) => s.id),
      })),
    ).toEqual([
      { key: "student:S4", email: "", names: [], language: "en", students: ["S4"] },
      {
        key: "tom@home.test",
        email: "tom@home.test",
        names: ["Tom Lee"],
        language: "en",
        students: ["S2"],
      },
      {
        key: "mai@home.test",
        email: "mai@home.test",
        names: ["Mai Nguyễn"],
        language: "vi",
        students: ["S1", "S2", "S6"],
      },
      { key: "student:S3", email: "", names: ["Ngozi Okafor"], language: "fr", students: ["S3"] },
    ]);
  });

  it("keeps only an advisor's families, with all their siblings", () => {
    const families = familiesOf(roster, "BO@school.test");
    expect(families.map((f) => [f.key, f.students.map((s) => s.id)])).toEqual([
      ["mai@home.test", ["S1", "S2", "S6"]],
      ["student:S3", ["S3"]],
    ]);
  });

  it("leaves out inactive students", () => {
    expect(familiesOf(roster).some((f) => f.key === "lin@home.test")).toBe(false);
  });
});

describe("notYetBooked", () => {
  const slots = [
    bookedSlot(DEC1_1PM, "S1"),
    bookedSlot(plus(DEC1_1PM, 15), "S2", { status: "held" }),
    bookedSlot(plus(DEC1_1PM, 30), "S4", { status: "no-show" }),
    bookedSlot(plus(DEC1_1PM, 45), "S4", { round: "Spring 2027" }),
    slot(plus(DEC1_1PM, 60)),
  ];

  it("lists an advisor's active students with no live booking in a conference round", () => {
    const rows = notYetBooked(roster, slots, {
      advisorEmail: ADA,
      round: ROUND,
      kind: "conference",
      minimumOfficeHours: 2,
    });
    expect(rows).toEqual([
      {
        studentId: "S4",
        studentName: "Noah Berg",
        advisorEmail: ADA,
        guardians: [],
        booked: 0,
        needed: 1,
      },
    ]);
  });

  it("lists every advisor's students when no advisor is given", () => {
    const rows = notYetBooked(roster, slots, {
      advisorEmail: null,
      round: ROUND,
      kind: "conference",
      minimumOfficeHours: 2,
    });
    expect(rows.map((r) => r.studentId)).toEqual(["S4", "S6", "S3"]);
    expect(rows.find((r) => r.studentId === "S3")?.guardians).toEqual([
      { name: "Ngozi Okafor", email: "", language: "fr" },
    ]);
  });

  it("counts office hours against the minimum", () => {
    const office = [
      bookedSlot(DEC1_1PM, "S1", { round: "OH", kind: "office-hours", minutes: 10 }),
      bookedSlot(plus(DEC1_1PM, 10), "S1", { round: "OH", kind: "office-hours", status: "held" }),
      bookedSlot(plus(DEC1_1PM, 20), "S2", { round: "OH", kind: "office-hours" }),
      bookedSlot(plus(DEC1_1PM, 30), "S4", {
        round: "OH",
        kind: "office-hours",
        status: "cancelled",
      }),
    ];
    const rows = notYetBooked(roster, office, {
      advisorEmail: ADA,
      round: "OH",
      kind: "office-hours",
      minimumOfficeHours: 2,
    });
    expect(rows.map((r) => [r.studentId, r.studentName, r.booked, r.needed])).toEqual([
      ["S4", "Noah Berg", 0, 2],
      ["S2", "Kimmy Nguyễn", 1, 2],
    ]);
  });

  it("is empty when every student of the advisor has booked", () => {
    expect(
      notYetBooked(roster, [bookedSlot(DEC1_1PM, "S3", { hostEmail: BO })], {
        advisorEmail: BO,
        round: ROUND,
        kind: "conference",
        minimumOfficeHours: 2,
      }).map((r) => r.studentId),
    ).toEqual(["S6"]);
  });
});
