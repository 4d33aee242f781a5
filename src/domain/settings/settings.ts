/*
 * The school's Confer settings: what they hold, their defaults, how they are validated before
 * they are saved, and how they are written as the Settings tab's rows.
 */

export interface Settings {
  readonly schoolName: string;
  readonly term: string;
  readonly grades: readonly string[];
  readonly periods: readonly string[];
  readonly timeZone: string;
  readonly defaultLanguage: string;
  readonly conferenceStart: string;
  readonly conferenceEnd: string;
  readonly slotMinutes: readonly number[];
  readonly studentsEmailFamilies: boolean;
  readonly guardianEmailSubject: string;
  readonly guardianEmailTemplate: string;
  readonly templateDocId: string;
  readonly webAppUrl: string;
  readonly familySignupUrl: string;
  readonly scheduleNotices: ScheduleNotices;
  readonly reminderHours: number;
  readonly officeHoursPerStudent: number;
  readonly signupLinkDays: number;
  /**
   * The round that rows written before Confer had rounds (their Round cell empty) belong to:
   * the term they were written in, kept here when the term first changes; "" until then, when
   * such rows belong to the term.
   */
  readonly earlierRowsRound: string;
}

/** Whether Confer drafts schedule notices for a person to send, or sends them itself. */
export type ScheduleNotices = "draft" | "send";

export interface SettingsProblem {
  readonly field: keyof Settings;
  readonly value: string;
  readonly reason: string;
}

export const DEFAULT_GUARDIAN_SUBJECT = "{{student_name}}'s conference: our plan for {{term}}";

export const DEFAULT_GUARDIAN_TEMPLATE = [
  "Dear {{guardian_names}},",
  "",
  "{{student_name}} and I met for their {{term}} conference. Here is the plan we made together.",
  "",
  "Goal: {{goal}}",
  "",
  "Next steps for {{student_name}}: {{next_steps}}",
  "",
  "How we will support them: {{teacher_support}}",
  "",
  "Please reply if you have any questions.",
  "",
  "{{advisor_name}}",
].join("\n");

export const DEFAULT_SETTINGS: Settings = {
  schoolName: "",
  term: "",
  grades: ["6", "7", "8"],
  periods: ["1", "2", "3", "4", "5", "6", "7"],
  timeZone: "America/New_York",
  defaultLanguage: "en",
  conferenceStart: "",
  conferenceEnd: "",
  slotMinutes: [15, 30],
  studentsEmailFamilies: false,
  guardianEmailSubject: DEFAULT_GUARDIAN_SUBJECT,
  guardianEmailTemplate: DEFAULT_GUARDIAN_TEMPLATE,
  templateDocId: "",
  webAppUrl: "",
  familySignupUrl: "",
  scheduleNotices: "draft",
  reminderHours: 24,
  officeHoursPerStudent: 2,
  signupLinkDays: 60,
  earlierRowsRound: "",
};

const LABELS: Readonly<Record<keyof Settings, string>> = {
  schoolName: "School name",
  term: "Term",
  grades: "Grades",
  periods: "Class periods",
  timeZone: "Time zone",
  defaultLanguage: "Default language",
  conferenceStart: "Conference window start",
  conferenceEnd: "Conference window end",
  slotMinutes: "Slot lengths (minutes)",
  studentsEmailFamilies: "Students may email their families",
  guardianEmailSubject: "Guardian email subject",
  guardianEmailTemplate: "Guardian email template",
  templateDocId: "Template doc ID",
  webAppUrl: "Staff web app URL",
  familySignupUrl: "Family sign-up URL",
  scheduleNotices: "Schedule notices (draft or send)",
  reminderHours: "Reminder hours before a conference",
  officeHoursPerStudent: "Office hours per student each semester",
  signupLinkDays: "Sign-up links last (days)",
  earlierRowsRound: "Round of rows from before rounds",
};

export const SETTING_KEYS = Object.keys(LABELS) as (keyof Settings)[];

export function settingLabel(key: keyof Settings): string {
  return LABELS[key];
}

/** Google Sheets holds at most 50,000 characters in one cell (support.google.com/docs/answer/37603). */
export const MAX_CELL_CHARACTERS = 50_000;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const TIME_ZONE = /^(UTC|GMT|[A-Z][A-Za-z_]+(\/[A-Z][A-Za-z0-9_+-]+){1,2})$/;

/** A real IANA time zone name, as the runtime's time zone database knows it. */
function isTimeZone(name: string): boolean {
  if (!TIME_ZONE.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
const GRADE = /^(K|PK|TK|[0-9]{1,2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOC_ID = /^[A-Za-z0-9_-]{20,}$/;
const WEB_APP_URL = /^https:\/\/script\.google\.com\/(a\/[^/]+\/)?macros\/s\/[A-Za-z0-9_-]+\/exec$/;
export const NOTICE_MODES: readonly ScheduleNotices[] = ["draft", "send"];
export const YES_NO: readonly string[] = ["yes", "no"];

/** The whole numbers a numeric setting may hold. */
export const NUMBER_RANGES = {
  reminderHours: [1, 168],
  officeHoursPerStudent: [0, 20],
  signupLinkDays: [1, 365],
} as const;
export type NumberSetting = keyof typeof NUMBER_RANGES;

/** The slot lengths a school may allow, in minutes. */
export const SLOT_MINUTES_RANGE = [5, 120] as const;

/** A YYYY-MM-DD date that is on the calendar: not 2026-13-01 or 2027-02-30. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function listText(list: readonly (string | number)[]): string {
  return list.join(", ");
}

export function validateSettings(settings: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: keyof Settings, value: string, reason: string) =>
    problems.push({ field, value, reason });
  const wholeNumber = (field: NumberSetting) => {
    const value = settings[field];
    const [min, max] = NUMBER_RANGES[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      add(field, String(value), `must be a whole number from ${min} to ${max}`);
    }
  };
  for (const key of SETTING_KEYS) {
    const text = settingText(settings[key]);
    if (text.length > MAX_CELL_CHARACTERS) {
      add(
        key,
        `${text.slice(0, 40)}…`,
        `is ${text.length} characters; a Settings cell holds at most ${MAX_CELL_CHARACTERS}`,
      );
    }
  }

  if (settings.schoolName.trim() === "") add("schoolName", "", "is required");
  if (settings.schoolName.length > 120)
    add("schoolName", settings.schoolName, "is over 120 characters");
  if (settings.term.trim() === "") add("term", "", "is required, for example “Fall 2026”");
  if (/[/\\]/.test(settings.term))
    add("term", settings.term, "cannot contain / or \\ (it names folders)");
  if (settings.grades.length === 0) add("grades", "", "needs at least one grade");
  for (const grade of settings.grades) {
    if (!GRADE.test(grade)) add("grades", grade, "is not a grade (use 6, 7, 8 … or K)");
  }
  if (settings.periods.length === 0) add("periods", "", "needs at least one class period");
  for (const period of settings.periods) {
    if (period.length > 20) add("periods", period, "is over 20 characters");
  }
  if (!isTimeZone(settings.timeZone)) {
    add("timeZone", settings.timeZone, "is not a time zone name such as America/New_York");
  }
  if (!LANGUAGE.test(settings.defaultLanguage)) {
    add("defaultLanguage", settings.defaultLanguage, "is not a language code such as en or pt-BR");
  }
  for (const field of ["conferenceStart", "conferenceEnd"] as const) {
    const value = settings[field];
    if (value === "") continue;
    if (!ISO_DATE.test(value)) add(field, value, "is not a date (YYYY-MM-DD)");
    else if (!isRealDate(value)) add(field, value, "is not a real date");
  }
  if ((settings.conferenceStart === "") !== (settings.conferenceEnd === "")) {
    const missing = settings.conferenceStart === "" ? "conferenceStart" : "conferenceEnd";
    add(missing, "", "is needed too: a window has a start and an end, or neither");
  }
  if (
    isRealDate(settings.conferenceStart) &&
    isRealDate(settings.conferenceEnd) &&
    settings.conferenceEnd < settings.conferenceStart
  ) {
    add("conferenceEnd", settings.conferenceEnd, "is before the window's start");
  }
  if (settings.slotMinutes.length === 0) {
    add("slotMinutes", "", "needs at least one length, for example 15, 30");
  }
  const [fewestMinutes, mostMinutes] = SLOT_MINUTES_RANGE;
  for (const minutes of settings.slotMinutes) {
    if (!Number.isInteger(minutes) || minutes < fewestMinutes || minutes > mostMinutes) {
      add(
        "slotMinutes",
        String(minutes),
        `must be a whole number of minutes from ${fewestMinutes} to ${mostMinutes}`,
      );
    }
  }
  if (settings.webAppUrl !== "" && !WEB_APP_URL.test(settings.webAppUrl)) {
    add(
      "webAppUrl",
      settings.webAppUrl,
      "is not an Apps Script web app /exec URL (https://script.google.com/macros/s/…/exec); a /dev URL answers only the script's editors",
    );
  }
  if (settings.familySignupUrl !== "" && settings.familySignupUrl === settings.webAppUrl) {
    add(
      "familySignupUrl",
      settings.familySignupUrl,
      "is the staff web app's URL: the family page needs its own deployment",
    );
  }
  if (settings.familySignupUrl !== "" && !WEB_APP_URL.test(settings.familySignupUrl)) {
    add(
      "familySignupUrl",
      settings.familySignupUrl,
      "is not an Apps Script web app URL (https://script.google.com/macros/s/…/exec)",
    );
  }
  if (!NOTICE_MODES.includes(settings.scheduleNotices)) {
    add("scheduleNotices", settings.scheduleNotices, "must be draft or send");
  }
  for (const field of Object.keys(NUMBER_RANGES) as NumberSetting[]) wholeNumber(field);
  if (settings.templateDocId !== "" && !DOC_ID.test(settings.templateDocId)) {
    add("templateDocId", settings.templateDocId, "is not a Google Doc ID");
  }
  return problems;
}

export function describeProblem(problem: SettingsProblem): string {
  const value = problem.value === "" ? "" : ` “${problem.value}”`;
  return `${settingLabel(problem.field)}${value}: ${problem.reason}.`;
}

/** A setting as text: lists joined with commas, yes/no for switches. */
export function settingText(value: Settings[keyof Settings]): string {
  if (Array.isArray(value)) return listText(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** The Settings tab's rows: [label, value]. */
export function settingsToRows(settings: Settings): string[][] {
  return SETTING_KEYS.map((key) => {
    const value = settings[key];
    return [settingLabel(key), settingText(value)];
  });
}

/** The round of a Conference Docs or comment row whose Round cell is empty. */
export function roundOfUnmarkedRows(settings: Pick<Settings, "term" | "earlierRowsRound">): string {
  return settings.earlierRowsRound.trim() || settings.term.trim();
}

/** A change of term keeps the term that unmarked rows were written in, the first time. */
export function withEarlierRowsRound(saved: Settings, current: Settings): Settings {
  const changed = saved.term.trim() !== current.term.trim() && current.term.trim() !== "";
  return changed && current.earlierRowsRound.trim() === ""
    ? { ...saved, earlierRowsRound: current.term.trim() }
    : saved;
}
