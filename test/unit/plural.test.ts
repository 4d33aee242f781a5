/* The counted noun used in every sidebar's and menu's summary line. */
import { counted } from "../../src/domain/plural";

describe("counted", () => {
  it("keeps one in the singular and every other count in the plural, zero included", () => {
    expect(counted(1, "comment")).toBe("1 comment");
    expect(counted(0, "comment")).toBe("0 comments");
    expect(counted(2, "doc")).toBe("2 docs");
  });

  it("takes an irregular plural", () => {
    expect(counted(1, "class", "classes")).toBe("1 class");
    expect(counted(3, "family", "families")).toBe("3 families");
  });
});
