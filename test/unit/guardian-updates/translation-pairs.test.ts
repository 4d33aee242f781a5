/* Drafts ask for their subject and text in turn, and the answers pair back with their draft. */
import {
  translatedTexts,
  translationRequests,
} from "../../../src/domain/guardian-updates/translation-pairs";
import { withOriginal } from "../../../src/domain/guardian-updates/update";

const draft = (language: string, translate: boolean) => ({
  subject: `Subject ${language}`,
  text: `Text ${language}`,
  language,
  translate,
});

describe("translating drafts", () => {
  const drafts = [draft("vi", true), draft("en", false), draft("es", true)];

  it("asks for the subject then the text of each draft that needs it", () => {
    expect(translationRequests(drafts, "en")).toEqual([
      { text: "Subject vi", from: "en", to: "vi" },
      { text: "Text vi", from: "en", to: "vi" },
      { text: "Subject es", from: "en", to: "es" },
      { text: "Text es", from: "en", to: "es" },
    ]);
  });

  it("gives each draft its answers, the text with the original, and keeps the rest as they are", () => {
    expect(translatedTexts(drafts, ["Chủ đề", "Văn bản", "Asunto", "Texto"])).toEqual([
      { subject: "Chủ đề", text: withOriginal("Văn bản", "Text vi") },
      { subject: "Subject en", text: "Text en" },
      { subject: "Asunto", text: withOriginal("Texto", "Text es") },
    ]);
  });
});
