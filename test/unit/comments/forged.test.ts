/* checkRequest: a save that could not have come from the caller's own sidebar throws ForgedRequestError. */
import { checkRequest, decideSave, ForgedRequestError } from "../../../src/domain/comments/save";
import { ANA, BEN, COORDINATOR, context, request } from "./school";

describe("a forged save", () => {
  it("is thrown when the request writes as another teacher", () => {
    const forged = request([{ studentId: "S1", text: "x" }], ANA);
    expect(() => decideSave(forged, context(BEN))).toThrow(ForgedRequestError);
    expect(() => checkRequest(forged, context(BEN))).toThrow(
      "ben@school.test cannot write comments as ana@school.test.",
    );
  });

  it("is thrown when the caller does not teach the class", () => {
    const notMine = request([{ studentId: "S1", text: "x" }], BEN, "MATH7-2");
    expect(() => decideSave(notMine, context(BEN))).toThrow(
      new ForgedRequestError("ben@school.test does not teach Math 7 (MATH7-2)."),
    );
  });

  it("is thrown for a class that does not exist and for an unknown caller", () => {
    expect(() => checkRequest(request([], ANA, "NOPE"), context(ANA))).toThrow(
      "There is no class “NOPE”.",
    );
    expect(() => checkRequest(request([], ANA), context(""))).toThrow(
      "An unknown caller cannot write comments as ana@school.test.",
    );
  });

  it("accepts the teacher's own class, whatever the case of the email, and a coordinator anywhere", () => {
    expect(checkRequest(request([], "  Ana@School.TEST "), context(ANA)).id).toBe("MATH7-2");
    expect(checkRequest(request([], COORDINATOR), context(COORDINATOR, [], true)).id).toBe(
      "MATH7-2",
    );
  });
});
