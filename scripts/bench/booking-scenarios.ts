/*
 * The booking budgets on the built bundle: 600 families booking over a conference window, 50 of
 * them at the same moment, with no double booking and no lost booking; and a booking's round
 * trips the same whatever the size of the Schedule tab and the Booking Log.
 */
import { type ExecutionReport, type RunRequest, type RunResult, run } from "../../emulator";
import {
  naiveBooked,
  naiveBookRequest,
  naiveEvents,
  naiveSheet,
  naiveSlots,
} from "./booking-baseline";
import {
  adviseesByAdvisor,
  advisors,
  type Booking,
  type BookingHub,
  bookingHub,
  bookingLogRows,
  bookRequest,
  burst,
  DAYS,
  FAMILIES,
  familyTokens,
  guardianOf,
  publish,
  slotRows,
  slotsByHost,
  weekdays,
} from "./booking-hub";
import { atLeast, atMost, exactly, type Sides } from "./budget";
import { executionLimit } from "./limits";
import type { Measurement, Outcome, Side } from "./measure";
import type { Scenario } from "./scenario";
import { COORDINATOR } from "./school";

/* ---------- 600 families booking, 50 at once ---------- */

const AT_ONCE = 50;
const PAIRS = 10;
/** Two days of 12 slots (13:00 to 16:00): 24 slots for each advisor's 20 advisees. */
const WINDOW_DAYS = DAYS.slice(0, 2);
const WINDOW_END = "16:00";
const SLOTS_PER_ADVISOR = 24;
/** Advisees before this index book one after another before the rush, the rest after it. */
const EARLY = 9;
/**
 * The rush: advisees 18 and 19 of the first 25 advisors; of the first 10, both want slot 18 and
 * the loser then books slot 19.
 */
const RUSH_ADVISEES = [18, 19];
const RUSH_ADVISORS = AT_ONCE / RUSH_ADVISEES.length;
const CONFER_TIME_SCALE = 0.1;
const NAIVE_TIME_SCALE = 1;

interface WindowPlan {
  readonly early: Booking[];
  /** Racing pairs first, so that they start side by side. */
  readonly rush: Booking[];
  readonly late: Booking[];
  /** The pair's other slot, which a race's loser books next, by student. */
  readonly fallback: Map<string, Booking>;
}

/** Which family books which slot: advisee j of an advisor takes their advisor's slot j. */
function windowPlan(slotIdsOf: (advisor: string) => readonly string[]): WindowPlan {
  const byAdvisor = adviseesByAdvisor();
  const early: Booking[] = [];
  const pairs: Booking[] = [];
  const others: Booking[] = [];
  const late: Booking[] = [];
  const fallback = new Map<string, Booking>();
  advisors().forEach((advisor, a) => {
    const slots = slotIdsOf(advisor);
    byAdvisor.get(advisor)!.forEach((studentId, j) => {
      const own = { studentId, slotId: slots[j]!, guardianEmail: guardianOf(studentId) };
      if (a < RUSH_ADVISORS && RUSH_ADVISEES.includes(j)) {
        if (a < PAIRS) {
          pairs.push({ ...own, slotId: slots[RUSH_ADVISEES[0]!]! });
          fallback.set(studentId, { ...own, slotId: slots[RUSH_ADVISEES[1]!]! });
        } else others.push(own);
      } else if (j < EARLY) early.push(own);
      else late.push(own);
    });
  });
  return { early, rush: [...pairs, ...others], late, fallback };
}

interface Answer {
  readonly booking: Booking;
  readonly result: RunResult;
}

interface WindowRun {
  readonly answers: Answer[];
  /** The longest execution of the rush, retries included. */
  readonly longestRushMs: number;
  readonly started: ExecutionReport[];
  readonly platformRefused: number;
  readonly retried: number;
  readonly refusals: string[];
}

/** The whole window: early families one after another, the rush at once, the rest, then losers. */
async function bookWindow(
  plan: WindowPlan,
  request: (booking: Booking) => RunRequest,
  ws: Parameters<typeof burst>[0],
  timeScale: number,
  retryWhen: (message: string) => boolean,
): Promise<WindowRun> {
  const answers: Answer[] = [];
  const started: ExecutionReport[] = [];
  const refusals: string[] = [];
  const oneByOne = (bookings: readonly Booking[]) => {
    for (const booking of bookings) {
      const result = run(ws, request(booking));
      started.push(result.report);
      if (!result.ok) refusals.push(result.error?.message ?? "");
      answers.push({ booking, result });
    }
  };
  oneByOne(plan.early);
  const rush = await burst(ws, plan.rush.map(request), timeScale, retryWhen);
  started.push(...rush.started);
  refusals.push(...rush.refusals);
  rush.final.forEach((result, i) => {
    answers.push({ booking: plan.rush[i]!, result });
  });
  oneByOne(plan.late);
  const losers = rush.final
    .map((result, i) => ({ result, booking: plan.rush[i]! }))
    .filter(({ result }) => !result.ok && /taken/i.test(result.error?.message ?? ""));
  oneByOne(losers.map(({ booking }) => plan.fallback.get(booking.studentId) ?? booking));
  return {
    answers,
    longestRushMs: Math.max(...rush.started.map((report) => report.modelledMs)),
    started,
    platformRefused: rush.platformRefused,
    retried: rush.retried,
    refusals,
  };
}

const isTaken = (message: string) => /taken/i.test(message);
const isTryAgain = (message: string) => /try again/i.test(message);

const conferWindow: Side = async () => {
  const hub = bookingHub();
  for (const advisor of advisors()) publish(hub, advisor, WINDOW_DAYS, WINDOW_END);
  const tokens = familyTokens(hub);
  const bySlot = slotsByHost(hub);
  const plan = windowPlan((advisor) => bySlot.get(advisor) ?? []);
  const request = (booking: Booking) => bookRequest(hub, tokens.get(booking.studentId)!, booking);
  return async () => {
    const window = await bookWindow(plan, request, hub.ws, CONFER_TIME_SCALE, isTryAgain);
    return { reports: window.started, facts: conferFacts(hub, window) };
  };
};

function conferFacts(hub: BookingHub, window: WindowRun): Record<string, number> {
  const rows = slotRows(hub);
  const booked = rows.filter((row) => row.status === "booked");
  const holder = new Map(booked.map((row) => [row.slotId, row.studentId]));
  const succeeded = window.answers.filter((answer) => answer.result.ok);
  const confirmed = hub.ws.calendar.all().filter((event) => event.status === "confirmed");
  const withEvent = booked.filter(
    (row) => hub.ws.calendar.find(COORDINATOR, row.eventId)?.status === "confirmed",
  );
  return {
    slots: rows.length,
    bookedRows: booked.length,
    students: new Set(booked.map((row) => row.studentId)).size,
    doubleBooked: booked.length - new Set(booked.map((row) => row.studentId)).size,
    succeeded: succeeded.length,
    lost: succeeded.filter(({ booking }) => holder.get(booking.slotId) !== booking.studentId)
      .length,
    taken: window.answers.filter(({ result }) => isTaken(result.error?.message ?? "")).length,
    unclear: window.refusals.filter((m) => !isTaken(m) && !isTryAgain(m)).length,
    tryAgain: window.retried,
    platformRefused: window.platformRefused,
    confirmedEvents: confirmed.length,
    longestRushS: window.longestRushMs / 1000,
    bookedWithoutEvent: booked.length - withEvent.length,
  };
}

const naiveWindow: Side = async () => {
  const slots = naiveSlots(advisors(), WINDOW_DAYS, SLOTS_PER_ADVISOR / WINDOW_DAYS.length);
  const sheet = naiveSheet(slots);
  const plan = windowPlan((advisor) =>
    slots.filter((s) => s.host === advisor).map((s) => s.slotId),
  );
  const request = (booking: Booking) => naiveBookRequest(sheet, booking);
  return async () => {
    const window = await bookWindow(plan, request, sheet.ws, NAIVE_TIME_SCALE, () => false);
    const holder = naiveBooked(sheet);
    const events = naiveEvents(sheet);
    const succeeded = window.answers.filter((answer) => answer.result.ok);
    return {
      reports: window.started,
      facts: {
        succeeded: succeeded.length,
        bookedRows: holder.size,
        lost: succeeded.filter(({ booking }) => holder.get(booking.slotId) !== booking.studentId)
          .length,
        doubleBooked: [...events.values()].filter((n) => n > 1).length,
        longestRushS: window.longestRushMs / 1000,
        confirmedEvents: [...events.values()].reduce((sum, n) => sum + n, 0),
      },
    };
  };
};

/* ---------- a booking's round trips vs schedule size ---------- */

/** 13:00 to 18:00 in 15 minutes: 20 slots a day. */
const PER_DAY = 20;
const SIZE_END = "18:00";
interface Size {
  readonly advisors: number;
  readonly days: number;
}
/** 100, 5,000 and 20,000 slots; the first is the one the others are held to. */
const SIZES: readonly Size[] = [
  { advisors: 5, days: 1 },
  { advisors: 25, days: 10 },
  { advisors: 25, days: 40 },
];
const slotsOf = (size: Size) => size.advisors * size.days * PER_DAY;
const sized = (size: Size) => slotsOf(size).toLocaleString("en-US");

/** What each kind of call is called in the rules. */
const LABELS: Readonly<Record<string, string>> = {
  sheetsValues: "Sheets value",
  urlFetch: "UrlFetchApp",
  properties: "Properties",
  cache: "Cache",
};
/** A booking's calls by kind: the Class.method prefixes each kind counts. */
const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  sheetsValues: [
    "Range.getValues",
    "Range.setValues",
    "Range.getValue",
    "Range.setValue",
    "Range.getDisplayValues",
  ],
  urlFetch: ["UrlFetchApp."],
  properties: ["PropertiesService.", "Properties."],
  cache: ["CacheService.", "Cache."],
};

function categoryCalls(counts: Readonly<Record<string, number>>, prefixes: readonly string[]) {
  return Object.entries(counts)
    .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
    .reduce((sum, [, n]) => sum + n, 0);
}

function callFacts(suffix: string, reports: readonly ExecutionReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const report of reports) {
    for (const [key, n] of Object.entries(report.counts)) counts[key] = (counts[key] ?? 0) + n;
  }
  const facts: Record<string, number> = {
    [`calls${suffix}`]: reports.reduce((sum, r) => sum + r.calls, 0),
    [`lockMs${suffix}`]: Math.round(Math.max(0, ...reports.map((r) => r.lockHeldMs))),
  };
  for (const [name, prefixes] of Object.entries(CATEGORIES)) {
    facts[`${name}${suffix}`] = categoryCalls(counts, prefixes);
  }
  return facts;
}

interface SizedHub {
  readonly hub: BookingHub;
  readonly measured: RunRequest;
  readonly measuredBooking: Booking;
}

/**
 * A hub whose Schedule tab holds the size's slots (and the Booking Log one "publish" entry for
 * each), with one family of teacher0 already booked, and the next family's booking to measure.
 */
function sizedHub(size: Size): SizedHub {
  const hub = bookingHub();
  const hosts = advisors().slice(0, size.advisors);
  for (const host of hosts) publish(hub, host, weekdays(size.days), SIZE_END);
  if (slotRows(hub).length !== slotsOf(size)) {
    throw new Error(`the Schedule holds ${slotRows(hub).length} slots, not ${slotsOf(size)}`);
  }
  const tokens = familyTokens(hub, hosts[0]);
  const slots = slotsByHost(hub).get(hosts[0]!)!;
  const [first, second] = adviseesByAdvisor().get(hosts[0]!)!;
  const booking = (studentId: string, slotId: string) => ({
    studentId,
    slotId,
    guardianEmail: guardianOf(studentId),
  });
  const warm = run(hub.ws, bookRequest(hub, tokens.get(second!)!, booking(second!, slots[1]!)));
  if (!warm.ok) throw new Error(`the first booking failed: ${warm.error?.message}`);
  const measuredBooking = booking(first!, slots[0]!);
  return {
    hub,
    measured: bookRequest(hub, tokens.get(first!)!, measuredBooking),
    measuredBooking,
  };
}

function bookOnce(sized: SizedHub): { report: ExecutionReport; booked: number } {
  const result = run(sized.hub.ws, sized.measured);
  if (!result.ok) throw new Error(`the measured booking failed: ${result.error?.message}`);
  const row = slotRows(sized.hub).find((r) => r.slotId === sized.measuredBooking.slotId);
  return {
    report: result.report,
    booked: row?.studentId === sized.measuredBooking.studentId ? 1 : 0,
  };
}

/** The smallest size's booking, as measured first (or here, when it did not run). */
let smallest: { report: ExecutionReport; booked: number } | undefined;
const smallestBooking = () => (smallest ??= bookOnce(sizedHub(SIZES[0]!)));

function conferBySize(size: Size): Side {
  return async () => {
    const small = smallestBooking();
    const hub = size === SIZES[0] ? undefined : sizedHub(size);
    return async (): Promise<Outcome> => {
      const measured = hub ? bookOnce(hub) : small;
      const target = hub ?? undefined;
      return {
        reports: [measured.report],
        facts: {
          ...callFacts("Small", [small.report]),
          ...callFacts("Large", [measured.report]),
          bookedLarge: measured.booked,
          ...(target
            ? { slotsLarge: slotRows(target.hub).length, logLarge: bookingLogRows(target.hub) }
            : {}),
        },
      };
    };
  };
}

function naiveSized(size: Size) {
  const hosts = advisors().slice(0, size.advisors);
  const sheet = naiveSheet(naiveSlots(hosts, weekdays(size.days), PER_DAY));
  const [first] = adviseesByAdvisor().get(hosts[0]!)!;
  const booking = { studentId: first!, slotId: "N-0-0-0", guardianEmail: guardianOf(first!) };
  return { sheet, booking };
}

function naiveBySize(size: Size): Side {
  return async () => {
    const { sheet, booking } = naiveSized(size);
    return async () => {
      const result = run(sheet.ws, naiveBookRequest(sheet, booking));
      if (!result.ok) throw new Error(`bookUnlocked failed: ${result.error?.message}`);
      return {
        reports: [result.report],
        facts: {
          bookedLarge: naiveBooked(sheet).get(booking.slotId) === booking.studentId ? 1 : 0,
        },
      };
    };
  };
}

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const confer = (name: string) => (s: Sides) => fact(name)(s.optimized);
const naive = (name: string) => (s: Sides) => fact(name)(s.baseline);
const grown = (name: string, side: (s: Sides) => Measurement) => (s: Sides) =>
  fact(`${name}Large`)(side(s)) - fact(`${name}Small`)(side(s));

export const BOOKING_SCENARIOS: readonly Scenario[] = [
  {
    name: `${FAMILIES} families booking, ${AT_ONCE} at once`,
    about: `The generated ${FAMILIES}-student school (one family each, 30 advisors of 20) on dist/, each advisor publishing ${SLOTS_PER_ADVISOR} slots over two days; each family books through its own signed link with bookFamilySlot on the anonymous sign-up deployment. ${FAMILIES - AT_ONCE} families book one after another (advisees 0–${EARLY - 1} of every advisor before the rush, the others after it) and ${AT_ONCE} at the same moment (runConcurrently, timeScale ${CONFER_TIME_SCALE}), ${PAIRS} pairs of them racing for the same slot; a family Google refuses to start (over 30 at once) or told to try again retries with the others, and each race's loser then books the pair's other slot. The baseline is a naive sign-up sheet: the same families through a plain web app that reads the sheet, checks the slot is open and the student unbooked, sends the Calendar invitation and then writes the row, with no lock (timeScale ${NAIVE_TIME_SCALE}).`,
    limit: executionLimit(
      "each family's booking, so the longest in the rush is compared with it",
      (m) => m.facts.longestRushS ?? Number.NaN,
    ),
    budget: [
      exactly("confer booked rows", FAMILIES, confer("bookedRows")),
      exactly("confer students booked", FAMILIES, confer("students")),
      exactly("confer double-booked students", 0, confer("doubleBooked")),
      exactly(
        "confer successful bookings minus booked rows",
        0,
        (s) => confer("succeeded")(s) - confer("bookedRows")(s),
      ),
      exactly("confer bookings lost", 0, confer("lost")),
      exactly("confer race losers told the slot is taken", PAIRS, confer("taken")),
      exactly("confer refusals neither taken nor try again", 0, confer("unclear")),
      exactly("confer confirmed Calendar events", FAMILIES, confer("confirmedEvents")),
      exactly("confer booked rows without their confirmed event", 0, confer("bookedWithoutEvent")),
      atMost("confer longest booking in the rush, modelled s", 360, confer("longestRushS")),
      atLeast("baseline double-booked slots", 1, naive("doubleBooked")),
      atLeast("baseline bookings lost", 1, naive("lost")),
    ],
    optimized: conferWindow,
    baseline: naiveWindow,
  },
  ...SIZES.map(sizedScenario),
];

function sizedScenario(size: Size): Scenario {
  const first = size === SIZES[0];
  const small = sized(SIZES[0]!);
  const kinds = `Sheets values: ${CATEGORIES.sheetsValues!.join(", ")}; UrlFetchApp.*; Properties*; Cache*`;
  return {
    name: `a booking with ${sized(size)} slots in the Schedule`,
    about: `One family's bookFamilySlot on dist/ with ${sized(size)} slots in the Schedule tab (${size.advisors} advisors' 15-minute slots over ${size.days} weekdays, and as many "publish" entries in the Booking Log), after one earlier booking so that the roster and translations are cached alike. Confer reads the Schedule before the script lock${first ? "" : `; the rules hold its calls by kind (${kinds}) and the time it keeps the lock to the ${small}-slot booking's`}. The baseline is a competent unlocked booking on a sign-up sheet of the same size: it reads the tab once with getDataRange, checks the slot is open and the student unbooked, sends the Calendar invitation and writes the row.`,
    limit: executionLimit("the family page's call to the sign-up web app"),
    budget: [
      ...(first
        ? []
        : [
            exactly(
              `confer all service calls minus the ${small}-slot booking's`,
              0,
              grown("calls", (s) => s.optimized),
            ),
            ...Object.keys(CATEGORIES).map((name) =>
              exactly(
                `confer ${LABELS[name]} calls minus the ${small}-slot booking's`,
                0,
                grown(name, (s) => s.optimized),
              ),
            ),
            exactly(
              `confer lock held ms minus the ${small}-slot booking's`,
              0,
              grown("lockMs", (s) => s.optimized),
            ),
            exactly(`confer Schedule rows`, slotsOf(size), confer("slotsLarge")),
            atLeast(`confer Booking Log rows`, slotsOf(size), confer("logLarge")),
          ]),
      exactly("confer booked", 1, confer("bookedLarge")),
      exactly("baseline booked", 1, naive("bookedLarge")),
    ],
    optimized: conferBySize(size),
    baseline: naiveBySize(size),
  };
}
