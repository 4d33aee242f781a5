/* Language tags in one case everywhere, and which languages read right to left. */
import {
  isRightToLeft,
  normalizeLanguageTag,
} from "../../../src/domain/guardian-updates/language-tag";

describe("normalizeLanguageTag", () => {
  it.each([
    ["zh-cn", "zh-CN"],
    ["ZH-CN", "zh-CN"],
    ["zh-hant-tw", "zh-Hant-TW"],
    ["EN", "en"],
    ["pt_br", "pt-BR"],
    ["es-419", "es-419"],
    [" ar ", "ar"],
  ])("%s → %s", (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});

describe("isRightToLeft", () => {
  it("knows Arabic, Hebrew, Persian and Urdu, and a script subtag wins", () => {
    for (const tag of ["ar", "AR-eg", "he", "fa", "ur", "ku-Arab"])
      expect(isRightToLeft(tag)).toBe(true);
    for (const tag of ["en", "zh-CN", "vi", "az-Latn"]) expect(isRightToLeft(tag)).toBe(false);
  });
});
