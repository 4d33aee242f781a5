/* Opening a classroom round from a teacher's sidebar: the host's own classes, names of its own. */

import type { SchoolClass } from "../../../src/domain/roster/model";
import { parseClassroomRoundForm } from "../../../src/domain/rounds/classroom-round";
import type { Round } from "../../../src/domain/rounds/model";
import { describeRoundProblem } from "../../../src/domain/rounds/round-form";

const AT = "2027-01-20T12:00:00.000Z";
const HOST = "Ms.Rivera@school.org";
const schoolClass = (id: string, teacherEmail: string, period: string): SchoolClass => ({
  id,
  course: "Biology",
  period,
  grade: "9",
  teacherEmail,
  studentIds: [],
});
const CLASSES = [
  schoolClass("BIO-2", "ms.rivera@school.org", "2"),
  schoolClass("BIO-4", "ms.rivera@school.org", "4"),
  schoolClass("CHEM-1", "mr.okafor@school.org", "1"),
];
const FORM = {
  name: " Period 2 · Q3 conferences ",
  classIds: ["BIO-2", "BIO-4"],
  preparationFrom: "2027-01-25",
  preparationTo: "2027-02-05",
  conferenceFrom: "2027-02-01",
  conferenceTo: "2027-03-26",
};

const open = (form: object, rounds: readonly Round[] = [], others: string[] = []) =>
  parseClassroomRoundForm(form, HOST, CLASSES, rounds, others, AT);
const messages = (form: object, rounds: readonly Round[] = [], others: string[] = []) => {
  const result = open(form, rounds, others);
  return result.ok ? [] : result.problems.map(describeRoundProblem);
};

describe("parseClassroomRoundForm", () => {
  it("opens a round hosted by the teacher for their classes, its comment window the grading period", () => {
    expect(open(FORM)).toEqual({
      ok: true,
      round: {
        name: "Period 2 · Q3 conferences",
        kind: "classroom",
        hosts: "teacher",
        hostEmail: "ms.rivera@school.org",
        classIds: ["BIO-2", "BIO-4"],
        preparation: { from: "2027-01-25", to: "2027-02-05" },
        comments: { from: "2027-02-01", to: "2027-03-26" },
        conference: { from: "2027-02-01", to: "2027-03-26" },
        state: "open",
        openedAt: AT,
        closedAt: "",
        archivedAt: "",
      },
    });
  });

  it("takes the classes as a comma-separated list too, each once", () => {
    const result = open({ ...FORM, classIds: "BIO-2, BIO-4,BIO-2" });
    expect(result.ok && result.round.classIds).toEqual(["BIO-2", "BIO-4"]);
  });

  it("refuses a class the teacher does not teach, and one the Classes tab lacks, naming each", () => {
    expect(messages({ ...FORM, classIds: ["BIO-2", "CHEM-1", "ART-9"] })).toEqual([
      "Classes “CHEM-1”: Biology (period 1) is taught by mr.okafor@school.org, not by ms.rivera@school.org; a classroom round is for its host's own classes.",
      "Classes “ART-9”: there is no class with this ID in the Classes tab.",
    ]);
  });

  it("refuses a round with no class and one with no grading period", () => {
    expect(messages({ ...FORM, classIds: [], conferenceFrom: "", conferenceTo: "" })).toEqual([
      "Classes: is required: at least one of the teacher's classes, by class ID.",
      "Conference days from: is required.",
      "Conference days to: is required.",
    ]);
  });

  it("refuses the name of a round the hub knows outside the Rounds tab, in any case or spacing", () => {
    const result = parseClassroomRoundForm(
      { ...FORM, name: "  fall 2026 " },
      HOST,
      CLASSES,
      [],
      [],
      AT,
      ["Fall 2026", "Fall conferences"],
    );
    expect(result.ok ? [] : result.problems.map(describeRoundProblem)).toEqual([
      "Round name “fall 2026”: “Fall 2026” already names a round of the school's (its conference docs, slots or Settings' term); a classroom round needs a name of its own.",
    ]);
  });

  it("refuses a second open round of the teacher's with the same name, and any round's name", () => {
    const first = open(FORM);
    if (!first.ok) throw new Error("the first round should open");
    expect(messages({ ...FORM, name: "period 2 · q3 CONFERENCES" }, [first.round])).toEqual([
      "Round name “period 2 · q3 CONFERENCES”: you already have an open classroom round named “Period 2 · Q3 conferences”; close it first or give this one its own name, for example “Period 2 · Q3 conferences · 2”.",
    ]);
    expect(messages({ ...FORM, name: "Period 2 · Q4 conferences" }, [first.round])).toEqual([]);
    expect(messages({ ...FORM, name: "Fall 2026" }, [], ["Fall 2026"])).toEqual([
      "Round name “Fall 2026”: a round named “Fall 2026” already exists.",
    ]);
  });

  it("keeps the host as the teacher who asks, whatever the form says", () => {
    const result = open({ ...FORM, hostEmail: "mr.okafor@school.org", kind: "student-led" });
    expect(result.ok && [result.round.hostEmail, result.round.kind]).toEqual([
      "ms.rivera@school.org",
      "classroom",
    ]);
  });
});
