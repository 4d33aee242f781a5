/* parseSaveRequest: a save must have the right shape before any rule is applied to it. */
import { BadRequestError, parseSaveRequest } from "../../../src/domain/comments/request";

const good = {
  classId: "MATH7-2",
  teacherEmail: "ana@school.test",
  entries: [
    { studentId: "S1", text: "New." },
    { studentId: "S2", text: "Edit.", commentId: "C-1", version: 2 },
    { studentId: "S3", text: "", commentId: "C-2", version: 1, withdraw: true },
  ],
};

describe("reading a save as it arrives", () => {
  it("keeps a well-formed save's fields, and only those", () => {
    const parsed = parseSaveRequest({
      ...good,
      extra: "ignored",
      entries: [...good.entries, { studentId: "S4", text: "x", withdraw: "yes", admin: true }],
    });
    expect(parsed).toEqual({
      ...good,
      entries: [...good.entries, { studentId: "S4", text: "x" }],
    });
  });

  it.each([
    ["nothing at all", undefined, "The save names no class."],
    ["no class", { ...good, classId: "" }, "The save names no class."],
    ["no teacher", { ...good, teacherEmail: 42 }, "The save names no teacher."],
    ["entries that are not a list", { ...good, entries: "S1" }, "The save has no comments."],
    [
      "an entry with no student",
      { ...good, entries: [{ text: "x" }] },
      "The save's entry 1 names no student.",
    ],
    ["a null entry", { ...good, entries: [null] }, "The save's entry 1 names no student."],
    [
      "an entry with no text",
      { ...good, entries: [{ studentId: "S1" }] },
      "The save's entry 1 has no text.",
    ],
    [
      "a bad comment ID",
      { ...good, entries: [good.entries[0], { studentId: "S2", text: "x", commentId: 7 }] },
      "The save's entry 2 has a bad comment ID.",
    ],
    [
      "a fractional version",
      { ...good, entries: [{ studentId: "S1", text: "x", version: 1.5 }] },
      "The save's entry 1 has a bad version.",
    ],
    [
      "a version given as text",
      { ...good, entries: [{ studentId: "S1", text: "x", version: "2" }] },
      "The save's entry 1 has a bad version.",
    ],
  ])("refuses %s", (_what, value, message) => {
    expect(() => parseSaveRequest(value)).toThrow(new BadRequestError(message));
  });

  it("refuses more than 200 entries in one save, and takes exactly 200", () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ studentId: `S${i}`, text: "x" }));
    expect(parseSaveRequest({ ...good, entries: entries(200) }).entries).toHaveLength(200);
    expect(() => parseSaveRequest({ ...good, entries: entries(201) })).toThrow(
      "A save holds at most 200 comments, not 201.",
    );
  });
});
