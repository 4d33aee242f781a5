/*
 * Settings read from text, a sidebar form's fields or the Settings tab's cells: each field is
 * parsed strictly, and one that is not among its choices, not a number or not a list of minutes
 * is named with its value and why, its default standing in until it is fixed.
 */
import {
  DEFAULT_SETTINGS,
  NOTICE_MODES,
  NUMBER_RANGES,
  type NumberSetting,
  type ScheduleNotices,
  SETTING_KEYS,
  type Settings,
  type SettingsProblem,
  SLOT_MINUTES_RANGE,
  settingLabel,
  validateSettings,
  YES_NO,
} from "./settings";

export interface SettingsReading {
  readonly settings: Settings;
  readonly problems: readonly SettingsProblem[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Splits "6, 7; 8" into ["6","7","8"], dropping blanks and duplicates. */
export function splitList(value: string): string[] {
  const items = value
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}

/** Reads every field, naming each bad one; the problems cover the settings as a whole. */
export function readSettingsText(
  field: (key: keyof Settings) => string | undefined,
): SettingsReading {
  const problems: SettingsProblem[] = [];
  const refuse = (key: keyof Settings, value: string, reason: string) =>
    problems.push({ field: key, value, reason });
  const textOf = (key: keyof Settings, fallback: string) => (field(key) ?? fallback).trim();
  const listOf = (key: keyof Settings, fallback: readonly string[]) => {
    const value = field(key);
    return value === undefined ? [...fallback] : splitList(value);
  };
  const choiceOf = <T extends string>(key: keyof Settings, choices: readonly T[], fallback: T) => {
    const value = textOf(key, fallback);
    const choice = choices.find((item) => item === value.toLowerCase());
    if (choice === undefined) refuse(key, value, `must be ${choices.join(" or ")}`);
    return choice ?? fallback;
  };
  const numberOf = (key: NumberSetting) => {
    const value = textOf(key, String(DEFAULT_SETTINGS[key]));
    if (NUMBER.test(value)) return Number(value);
    const [min, max] = NUMBER_RANGES[key];
    refuse(key, value, `must be a whole number from ${min} to ${max}`);
    return DEFAULT_SETTINGS[key];
  };
  const minutesOf = () => {
    const items = listOf("slotMinutes", DEFAULT_SETTINGS.slotMinutes.map(String));
    const [fewest, most] = SLOT_MINUTES_RANGE;
    const bad = items.filter((item) => !NUMBER.test(item));
    for (const item of bad) {
      refuse("slotMinutes", item, `must be a whole number of minutes from ${fewest} to ${most}`);
    }
    const numbers = items.filter((item) => NUMBER.test(item)).map(Number);
    if (bad.length > 0 && numbers.length === 0) return [...DEFAULT_SETTINGS.slotMinutes];
    return numbers;
  };
  const settings: Settings = {
    schoolName: textOf("schoolName", DEFAULT_SETTINGS.schoolName),
    term: textOf("term", DEFAULT_SETTINGS.term),
    grades: listOf("grades", DEFAULT_SETTINGS.grades),
    periods: listOf("periods", DEFAULT_SETTINGS.periods),
    timeZone: textOf("timeZone", DEFAULT_SETTINGS.timeZone),
    defaultLanguage: textOf("defaultLanguage", DEFAULT_SETTINGS.defaultLanguage),
    conferenceStart: textOf("conferenceStart", ""),
    conferenceEnd: textOf("conferenceEnd", ""),
    slotMinutes: minutesOf(),
    studentsEmailFamilies: choiceOf<string>("studentsEmailFamilies", YES_NO, "no") === "yes",
    guardianEmailSubject: textOf("guardianEmailSubject", DEFAULT_SETTINGS.guardianEmailSubject),
    guardianEmailTemplate: field("guardianEmailTemplate") ?? DEFAULT_SETTINGS.guardianEmailTemplate,
    templateDocId: textOf("templateDocId", ""),
    webAppUrl: textOf("webAppUrl", ""),
    familySignupUrl: textOf("familySignupUrl", ""),
    scheduleNotices: choiceOf<ScheduleNotices>("scheduleNotices", NOTICE_MODES, "draft"),
    reminderHours: numberOf("reminderHours"),
    officeHoursPerStudent: numberOf("officeHoursPerStudent"),
    signupLinkDays: numberOf("signupLinkDays"),
    earlierRowsRound: textOf("earlierRowsRound", ""),
  };
  const refused = new Set(problems.map((problem) => problem.field));
  refused.delete("slotMinutes");
  const rest = validateSettings(settings).filter((problem) => !refused.has(problem.field));
  const order = (problem: SettingsProblem) => SETTING_KEYS.indexOf(problem.field);
  return { settings, problems: [...problems, ...rest].sort((a, b) => order(a) - order(b)) };
}

/** Builds settings from text fields, defaults filling the gaps and standing in for bad fields. */
export function settingsFromText(field: (key: keyof Settings) => string | undefined): Settings {
  return readSettingsText(field).settings;
}

/** Reads the Settings tab's rows; unknown rows are ignored and missing ones take defaults. */
export function settingsFromRows(rows: readonly (readonly unknown[])[]): Settings {
  const byLabel = new Map(rows.map((row) => [String(row[0] ?? "").trim(), String(row[1] ?? "")]));
  return settingsFromText((key) => byLabel.get(settingLabel(key)));
}
