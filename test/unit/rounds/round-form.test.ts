/* Reading a round from the sidebar's form: each bad field is named with its value and why. */
import { describeRoundProblem, parseRoundForm } from "../../../src/domain/rounds/round-form";

const AT = "2026-09-01T12:00:00.000Z";
const GOOD = {
  name: "  Fall 2026 student-led ",
  kind: "student-led",
  hosts: "advisors",
  preparationFrom: "2026-10-01",
  preparationTo: "2026-10-20",
  commentsFrom: "2026-10-05",
  commentsTo: "2026-10-25",
  conferenceFrom: "2026-11-02",
  conferenceTo: "2026-11-06",
};

const messages = (form: object, names: string[] = []) => {
  const result = parseRoundForm(form, names, AT);
  return result.ok ? [] : result.problems.map(describeRoundProblem);
};

describe("parseRoundForm", () => {
  it("opens a good round, its name trimmed", () => {
    expect(parseRoundForm(GOOD, [], AT)).toEqual({
      ok: true,
      round: {
        name: "Fall 2026 student-led",
        kind: "student-led",
        hosts: "advisors",
        preparation: { from: "2026-10-01", to: "2026-10-20" },
        comments: { from: "2026-10-05", to: "2026-10-25" },
        conference: { from: "2026-11-02", to: "2026-11-06" },
        state: "open",
        openedAt: AT,
        closedAt: "",
        archivedAt: "",
        hostEmail: "",
        classIds: [],
      },
    });
  });

  it("takes advisors as the hosts when none are given, for office hours too", () => {
    const result = parseRoundForm({ ...GOOD, kind: "office-hours", hosts: "" }, [], AT);
    expect(result.ok && result.round.hosts).toBe("advisors");
  });

  it("refuses a name another round has, whatever its case", () => {
    expect(messages({ ...GOOD, name: "fall 2026 STUDENT-LED" }, ["Fall 2026 student-led"])).toEqual(
      ["Round name “fall 2026 STUDENT-LED”: a round named “Fall 2026 student-led” already exists."],
    );
  });

  it("refuses an empty name, one over 100 characters and one with a slash", () => {
    expect(messages({ ...GOOD, name: "   " })).toEqual([
      "Round name: is required, for example “Fall 2026 student-led”.",
    ]);
    const long = "x".repeat(101);
    expect(messages({ ...GOOD, name: long })).toEqual([
      `Round name “${long}”: is 101 characters; a round name has at most 100.`,
    ]);
    expect(messages({ ...GOOD, name: "x".repeat(100) })).toEqual([]);
    expect(messages({ ...GOOD, name: "Fall/Spring" })).toEqual([
      "Round name “Fall/Spring”: cannot contain / or \\ (it names folders and docs).",
    ]);
  });

  it("refuses a kind it does not know, or none", () => {
    expect(messages({ ...GOOD, kind: "picnic" })).toEqual([
      "Kind “picnic”: must be student-led, classroom or office-hours.",
    ]);
    expect(messages({ ...GOOD, kind: "" })).toEqual([
      "Kind: is required: student-led, classroom or office-hours.",
    ]);
  });

  it("refuses hosts it does not know, and teachers for a round that is not a classroom round", () => {
    expect(messages({ ...GOOD, hosts: "teachers" })).toEqual([
      "Hosted by “teachers”: must be advisors or teacher.",
    ]);
    expect(messages({ ...GOOD, hosts: "teacher" })).toEqual([
      "Hosted by “teacher”: must be advisors for a student-led round (only a classroom round is hosted by a teacher).",
    ]);
  });

  it("refuses a host teacher or classes on a round that is not a classroom round", () => {
    expect(messages({ ...GOOD, hostEmail: "t@school.org", classIds: ["BIO-2"] })).toEqual([
      "Host teacher “t@school.org”: is only for a classroom round, not a student-led round.",
      "Classes “BIO-2”: are only for a classroom round, not a student-led round.",
    ]);
  });

  it("names every bad date with its value: missing, not a date, not on the calendar", () => {
    expect(
      messages({
        ...GOOD,
        preparationFrom: "",
        commentsFrom: "10/05/2026",
        conferenceTo: "2026-11-31",
      }),
    ).toEqual([
      "Preparation from: is required.",
      "Comments from “10/05/2026”: is not a date (YYYY-MM-DD).",
      "Conference days to “2026-11-31”: is not a real date.",
    ]);
  });

  it("refuses a window that ends before it starts", () => {
    expect(messages({ ...GOOD, commentsTo: "2026-10-04" })).toEqual([
      "Comments to “2026-10-04”: is before Comments from (2026-10-05).",
    ]);
  });

  it("refuses conference days that start before preparation does", () => {
    expect(messages({ ...GOOD, conferenceFrom: "2026-09-30", conferenceTo: "2026-10-02" })).toEqual(
      ["Conference days from “2026-09-30”: is before preparation starts (2026-10-01)."],
    );
  });

  it("reads a missing or non-object form as every field missing but the hosts, which default to advisors", () => {
    expect(messages(null as unknown as object)).toHaveLength(8);
  });
});
