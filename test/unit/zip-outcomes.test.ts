/* Each request of a batch call is paired with its outcome, in order. */
import { zipOutcomes } from "../../src/domain/zip-outcomes";

describe("zipOutcomes", () => {
  it("pairs each request with the outcome at its place", () => {
    expect(zipOutcomes(["a", "b"], [1, 2])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(zipOutcomes([], [])).toEqual([]);
  });

  it("refuses outcomes that do not answer every request", () => {
    expect(() => zipOutcomes(["a", "b"], [1])).toThrow("1 outcomes came back for 2 requests.");
  });
});
