import {
  draftedAtOf,
  draftIdOf,
  draftKindOf,
  draftLanguageOf,
} from "../../../src/domain/guardian-updates/recorded-draft";

describe("the values a sidebar reports after drafting", () => {
  it("keeps Gmail draft IDs, ISO instants, language codes and kinds", () => {
    expect(draftIdOf("r-5179851373213335373")).toBe("r-5179851373213335373");
    expect(draftIdOf("r42")).toBe("r42");
    expect(draftedAtOf("2027-03-02T15:00:00.000Z")).toBe("2027-03-02T15:00:00.000Z");
    expect(draftLanguageOf("pt_br")).toBe("pt-BR");
    expect(draftKindOf("invite")).toBe("invite");
    expect(draftKindOf(undefined)).toBe("met");
  });

  it("refuses anything else, naming the field and a short form of the value", () => {
    expect(() => draftIdOf("=IMPORTXML(1)")).toThrow(
      "Draft ID “=IMPORTXML(1)”: is not a Gmail draft ID.",
    );
    expect(() => draftIdOf("r".repeat(5000))).toThrow(
      `Draft ID “${"r".repeat(40)}…”: is not a Gmail draft ID.`,
    );
    expect(() => draftIdOf(42)).toThrow("Draft ID “42”");
    expect(() => draftedAtOf("yesterday")).toThrow(
      "Drafted at “yesterday”: is not a time such as 2027-03-02T15:00:00.000Z.",
    );
    expect(() => draftedAtOf("2027-02-30T99:00:00Z")).toThrow("Drafted at");
    expect(() => draftedAtOf("2027-02-30T10:00:00Z")).toThrow("Drafted at");
    expect(() => draftedAtOf(`2027-03-02T15:00:00.000Z${"x".repeat(50_000)}`)).toThrow(
      "Drafted at",
    );
    expect(() => draftLanguageOf("<script>")).toThrow("Language “<script>”");
    expect(() => draftKindOf("all")).toThrow("Update kind “all”: is none of met, booked, invite.");
  });
});
