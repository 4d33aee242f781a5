/*
 * LanguageApp.translate (developers.google.com/apps-script/reference/language/language-app),
 * offline and deterministic: a text translated into another language comes back tagged with
 * that language ("[es] Hello"); each call spends the daily translations quota
 * (developers.google.com/apps-script/guides/services/quotas).
 */
import { run } from "..";
import { EXECUTION_START_MS, OWNER, schoolWorkspace, TEACHER } from "./harness";

const translate = (ws = schoolWorkspace("language"), ...args: unknown[]) =>
  run(ws, { fn: "translate", args, as: TEACHER });

describe("LanguageApp.translate", () => {
  it("translates into the target language", () => {
    expect(translate(undefined, "Conference on Tuesday", "en", "es").value).toBe(
      "[es] Conference on Tuesday",
    );
  });

  it("returns the text unchanged when source and target are the same language", () => {
    expect(translate(undefined, "Hello", "fr", "fr").value).toBe("Hello");
  });

  it("detects the source language when it is empty (language-app#translate: '' auto-detects)", () => {
    expect(translate(undefined, "Hello", "", "vi").value).toBe("[vi] Hello");
    expect(translate(undefined, "Hello", "", "en").value).toBe("Hello");
    expect(translate(undefined, "[es] Hola", "", "es").value).toBe("[es] Hola");
  });

  it("keeps HTML markup intact with advancedArgs contentType 'html'", () => {
    expect(
      translate(undefined, '<p class="x">Hi <b>there</b></p>', "en", "pt-BR", {
        contentType: "html",
      }).value,
    ).toBe('<p class="x">[pt-BR] Hi <b>[pt-BR] there</b></p>');
  });

  it("rejects a target that is not a language code", () => {
    expect(translate(undefined, "Hello", "en", "").error?.message).toBe(
      "Invalid argument: targetLanguage",
    );
  });

  it("spends one translation per call and throws Google's quota error past the daily limit", () => {
    const ws = schoolWorkspace("language");
    ws.quotas.setLimit("translations", 3);
    const result = run(ws, { fn: "translateMany", args: [4, "es"], as: TEACHER });
    expect(result.error?.message).toBe("Service invoked too many times for one day: translate.");
    expect(ws.quotas.usedBy(TEACHER, "translations")).toBe(3);
    expect(run(ws, { fn: "translateMany", args: [2, "es"], as: OWNER }).ok).toBe(true);
  });

  it("charges the modelled latency of each call", () => {
    const result = run(schoolWorkspace("language"), {
      fn: "translateMany",
      args: [4, "es"],
      as: TEACHER,
    });
    expect(result.report.counts["LanguageApp.translate"]).toBe(4);
    expect(result.report.modelledMs).toBe(EXECUTION_START_MS + 4 * 250);
  });
});
