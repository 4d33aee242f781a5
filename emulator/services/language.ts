/*
 * LanguageApp.translate, offline and deterministic: the "translation" of a text into another
 * language is the text tagged with that language, "[es] Hello". Each call spends the daily
 * translations quota. Reference: developers.google.com/apps-script/reference/language/language-app
 * and developers.google.com/apps-script/guides/services/quotas ("Translations").
 */
import { Emulated, type Emulates } from "../core/emulated";
import { GoogleError } from "../core/errors";

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,4})?$/i;
const TAGGED = /^\[([a-z]{2,3}(?:-[a-z0-9]{2,4})?)\] /i;
/** Auto-detection: a text already tagged "[xx] " is in xx; anything else is taken as English. */
const UNTAGGED_LANGUAGE = "en";

function languageArg(value: unknown, name: string, allowEmpty: boolean): string {
  const code = value === undefined || value === null ? "" : String(value);
  if (code === "" && allowEmpty) return "";
  if (!LANGUAGE_CODE.test(code)) throw new GoogleError(`Invalid argument: ${name}`);
  return code;
}

function tagTextNodes(html: string, tag: string): string {
  return html.replace(/(^|>)([^<]+)/g, (match, open: string, text: string) =>
    text.trim() === "" ? match : `${open}${text.replace(/^(\s*)/, `$1${tag}`)}`,
  );
}

export class EmulatedLanguageApp
  extends Emulated
  implements Emulates<GoogleAppsScript.Language.LanguageApp, "translate">
{
  static override readonly className = "LanguageApp";
  static override readonly methods = ["translate"];

  translate(
    text: string,
    sourceLanguage: string,
    targetLanguage: string,
    advancedArgs?: { contentType?: string },
  ): string {
    const source = languageArg(sourceLanguage, "sourceLanguage", true);
    const target = languageArg(targetLanguage, "targetLanguage", false);
    const input = text === undefined || text === null ? "" : String(text);
    this.exec.workspace.quotas.spend(this.exec.effectiveUser, "translations");
    const detected = source || (TAGGED.exec(input)?.[1] ?? UNTAGGED_LANGUAGE);
    if (detected.toLowerCase() === target.toLowerCase() || input.trim() === "") return input;
    const tag = `[${target}] `;
    if (advancedArgs?.contentType === "html") return tagTextNodes(input, tag);
    return tag + input;
  }
}
