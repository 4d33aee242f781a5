/*
 * The time-bound date in a SMART goal, as students write it. Read, in order of the text:
 * - ISO days: "2027-03-15";
 * - numeric days, month first as US schools write them: "3/15/2027", "3/15/27", "3-15", "3/15"
 *   (day first only when the first number cannot be a month: "15/3/2027");
 * - named months: "March 15", "Mar. 15th, 2027", "15 March", "the 15th of March 2027";
 * - parts of a month: "the end of January", "end of Jan 2027", "mid-February", "the middle of
 *   May", "the beginning of April", "early April" (the last, the 15th and the first day);
 * - a span from the conference day: "in 6 weeks", "within two weeks", "in 10 days", "in a
 *   month", "in 3 months".
 * A date without a year is the next such day after the conference. A date before the conference
 * day, or one that does not exist ("February 30"), is not the goal's date; when the text holds
 * only such dates, the answer says why.
 */
import { MONTH_NAMES } from "./month-names";

export type GoalDate =
  | { readonly kind: "found"; readonly date: string; readonly text: string }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: string }
  | { readonly kind: "none" };

export const NO_DATE_FOUND = "no date found";

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const COUNT = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, conference: string) => Candidate;
}

type Candidate = { readonly date: string } | { readonly invalid: string };

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((name) => name.startsWith(w.slice(0, 3))) + 1;
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** A day of a month, in `year` or, without one, the next such day after the conference. */
function dayOf(
  month: number,
  day: number,
  year: number | undefined,
  conference: string,
): Candidate {
  if (month < 1 || month > 12) return { invalid: `${month} is not a month` };
  if (day < 1 || day > 31) return { invalid: `${MONTH_NAMES[month - 1]} ${day} is not a day` };
  if (year !== undefined) {
    if (day > daysIn(year, month))
      return { invalid: `${MONTH_NAMES[month - 1]} ${day}, ${year} is not a day` };
    return { date: iso(year, month, day) };
  }
  const from = Number(conference.slice(0, 4));
  for (let y = from; y <= from + 8; y++) {
    if (day > daysIn(y, month)) continue;
    const date = iso(y, month, day);
    if (date > conference) return { date };
  }
  return { invalid: `${MONTH_NAMES[month - 1]} ${day} is not a day` };
}

function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  return iso(year, month, Math.min(Number(date.slice(8)), daysIn(year, month)));
}

function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** Which day of a month "end", "middle" or "beginning" names. */
function partDay(part: string, year: number, month: number): number {
  const p = part.toLowerCase();
  if (p === "end" || p === "late") return daysIn(year, month);
  if (p.startsWith("mid")) return 15;
  return 1;
}

function monthPart(
  part: string,
  monthWord: string,
  yearText: string | undefined,
  conference: string,
) {
  const month = monthOf(monthWord);
  const year = yearOf(yearText);
  if (year !== undefined) return dayOf(month, partDay(part, year, month), year, conference);
  const from = Number(conference.slice(0, 4));
  for (let y = from; y <= from + 1; y++) {
    const date = iso(y, month, partDay(part, y, month));
    if (date > conference) return { date };
  }
  return { invalid: `${monthWord} is not a month` };
}

const PATTERNS: readonly Pattern[] = [
  {
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gi,
    read: (m, c) => dayOf(Number(m[2]), Number(m[3]), Number(m[1]), c),
  },
  {
    re: /\b(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?\b/gi,
    read: (m, c) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
      return dayOf(month, day, yearOf(m[3]), c);
    },
  },
  {
    re: new RegExp(
      String.raw`\b(end|middle|mid|beginning|start|early|late)(?:\s+of)?[\s-]+(?:the\s+month\s+of\s+)?${MONTH}${YEAR}\b`,
      "gi",
    ),
    read: (m, c) => monthPart(m[1]!, m[2]!, m[3], c),
  },
  {
    re: new RegExp(String.raw`\b${MONTH}\s+${DAY}${YEAR}\b`, "gi"),
    read: (m, c) => dayOf(monthOf(m[1]!), Number(m[2]), yearOf(m[3]), c),
  },
  {
    re: new RegExp(String.raw`\b${DAY}(?:\s+of)?\s+${MONTH}${YEAR}\b`, "gi"),
    read: (m, c) => dayOf(monthOf(m[2]!), Number(m[1]), yearOf(m[3]), c),
  },
  {
    re: new RegExp(
      String.raw`\b(?:in|within|after)\s+(?:the\s+next\s+)?${COUNT}\s+(day|week|month)s?\b`,
      "gi",
    ),
    read: (m, c) => {
      const n = countOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (n < 1) return { invalid: `${m[0]} is no time at all` };
      const date = unit === "month" ? addMonths(c, n) : addDays(c, unit === "week" ? 7 * n : n);
      return { date };
    },
  },
];

interface Hit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
  readonly candidate: Candidate;
}

function hitsIn(text: string, conference: string): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (hits.some((h) => at < h.end && end > h.at)) continue;
      hits.push({ at, end, text: m[0].trim(), candidate: pattern.read(m, conference) });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

const BY_WORD = /\b(?:by|before|until|till|on|due)\s+(?:the\s+)?$/i;

/**
 * The goal's date in `text`, for a conference held on `conference` (YYYY-MM-DD). Of several
 * dates, one after "by", "before" or "until" is preferred, then the first.
 */
export function goalDateIn(text: string, conference: string): GoalDate {
  const hits = hitsIn(text, conference);
  if (hits.length === 0) return { kind: "none" };
  const valid = hits.flatMap((hit) =>
    "date" in hit.candidate && hit.candidate.date > conference
      ? [{ hit, date: hit.candidate.date }]
      : [],
  );
  const byFirst = valid.find(({ hit }) => BY_WORD.test(text.slice(0, hit.at))) ?? valid[0];
  if (byFirst) return { kind: "found", date: byFirst.date, text: byFirst.hit.text };
  const first = hits[0]!;
  const reason =
    "invalid" in first.candidate
      ? first.candidate.invalid
      : `${first.text} is not after the conference (${conference})`;
  return { kind: "invalid", text: first.text, reason };
}

/** The first text of these, in order, that names a date; else why none did. */
export function goalDateOf(texts: readonly string[], conference: string): GoalDate {
  let firstProblem: GoalDate | undefined;
  for (const text of texts) {
    const found = goalDateIn(text, conference);
    if (found.kind === "found") return found;
    if (found.kind === "invalid" && !firstProblem) firstProblem = found;
  }
  return firstProblem ?? { kind: "none" };
}

/** What the Check-ins tab's Goal Date cell shows. */
export function goalDateCell(found: GoalDate): string {
  if (found.kind === "found") return found.date;
  if (found.kind === "invalid") return `${NO_DATE_FOUND}: ${found.reason}`;
  return NO_DATE_FOUND;
}
