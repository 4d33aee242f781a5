/*
 * Work that shares the hub owner's 60 Docs writes a minute, at the same time, on the built bundle:
 * the coordinator's docs run for the school while six advisors pull comments into their advisees'
 * docs and thirty families book (each booking rewrites the student's Conference line). Each person
 * carries on as their sidebar or page does (the docs sidebar calls again while the run continues,
 * a pull sidebar pulls again the advisees still waiting, after the wait it was told), and the
 * figures are each person's wait. The baseline is the same work one after another.
 */

import type { ExecutionReport } from "../../emulator";
import { type RunRequest, type RunResult, run, runDueTriggers } from "../../emulator";
import { readDoc } from "../../test/integration/doc-access";
import {
  adviseesByAdvisor,
  advisors,
  type BookingHub,
  bookingHub,
  bookRequest,
  burst,
  DAYS,
  FAMILIES,
  familyTokens,
  guardianOf,
  publish,
  slotRows,
  slotsByHost,
} from "./booking-hub";
import { atMost, exactly, type Sides } from "./budget";
import type { Measurement, Side } from "./measure";
import type { Scenario } from "./scenario";
import { COORDINATOR } from "./school";

const PULLING = 6;
const FAMILIES_BOOKING = 30;
const TIME_SCALE = 0.1;
const A_MINUTE = 60_000;
/** Enough rounds for the docs run and each pull to finish, at five minutes a round. */
const MAX_ROUNDS = 20;
/** How far above the Docs API's bound the whole run may end. */
const OVER_THE_BOUND = 1.05;

interface PullAnswer {
  readonly pulled: readonly unknown[];
  readonly problems: readonly string[];
  readonly waiting: readonly string[];
  readonly retryInMs: number;
}

interface DocsAnswer {
  readonly created: number;
  readonly remaining: number;
}

const sidebar = (fn: string, as: string, hub: BookingHub, arg: unknown): RunRequest => ({
  fn,
  args: [arg],
  as,
  containerId: hub.hubId,
  kind: "sidebar",
});

const docsRequest = (hub: BookingHub) =>
  sidebar("createConferenceDocs", COORDINATOR, hub, { kind: "all" });

function pullRequest(hub: BookingHub, advisor: string, only?: readonly string[]) {
  return sidebar("pullComments", advisor, hub, { kind: "advisees", ...(only ? { only } : {}) });
}

interface Prepared {
  readonly hub: BookingHub;
  readonly pullers: readonly string[];
  readonly bookings: readonly RunRequest[];
  /** Docs API writes the work makes: a doc each, a pull each, a Conference line each. */
  readonly writes: number;
}

/**
 * The school's hub with docs for the six advisors' advisees already made (a minute before), their
 * slots published, and the thirty bookings and six pulls ready.
 */
function prepare(): Prepared {
  const hub = bookingHub();
  const pullers = advisors().slice(0, PULLING);
  for (const advisor of pullers) {
    const made = run(
      hub.ws,
      sidebar("createConferenceDocs", COORDINATOR, hub, {
        kind: "advisor",
        advisorEmail: advisor,
      }),
    );
    if (!made.ok) throw new Error(`docs for ${advisor}: ${made.error?.message}`);
    publish(hub, advisor, DAYS.slice(0, 2), "16:00");
  }
  hub.ws.triggers.advanceTo(hub.ws.now() + 2 * A_MINUTE);
  const byAdvisor = adviseesByAdvisor();
  const slots = slotsByHost(hub);
  const perAdvisor = FAMILIES_BOOKING / PULLING;
  const bookings = pullers.flatMap((advisor) => {
    const tokens = familyTokens(hub, advisor);
    return byAdvisor
      .get(advisor)!
      .slice(0, perAdvisor)
      .map((studentId, j) =>
        bookRequest(hub, tokens.get(studentId)!, {
          studentId,
          slotId: slots.get(advisor)![j]!,
          guardianEmail: guardianOf(studentId),
        }),
      );
  });
  const advisees = pullers.reduce((n, a) => n + byAdvisor.get(a)!.length, 0);
  const writes = FAMILIES - advisees + advisees + bookings.length;
  return { hub, pullers, bookings, writes };
}

const isTryAgain = (message: string) => /try again/i.test(message);

interface Waits {
  readonly reports: ExecutionReport[];
  readonly facts: Record<string, number>;
}

/** Each advisor pulls again the advisees still waiting, after the wait the pull said. */
function finishPulls(
  hub: BookingHub,
  answers: Map<string, PullAnswer>,
  reports: ExecutionReport[],
) {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const waiting = [...answers].filter(([, a]) => a.waiting.length > 0);
    if (waiting.length === 0) return;
    const wait = Math.max(...waiting.map(([, a]) => a.retryInMs));
    hub.ws.triggers.advanceTo(hub.ws.now() + wait);
    for (const [advisor, answer] of waiting) {
      const again = run(hub.ws, pullRequest(hub, advisor, answer.waiting));
      reports.push(again.report);
      if (!again.ok) throw new Error(`pull as ${advisor}: ${again.error?.message}`);
      const next = again.value as PullAnswer;
      answers.set(advisor, { ...next, pulled: [...answer.pulled, ...next.pulled] });
    }
  }
}

function finishDocs(hub: BookingHub, first: DocsAnswer, reports: ExecutionReport[]): DocsAnswer {
  let answer = first;
  for (let round = 0; answer.remaining > 0 && round < MAX_ROUNDS; round++) {
    const next = run(hub.ws, docsRequest(hub));
    reports.push(next.report);
    if (!next.ok) throw new Error(`createConferenceDocs: ${next.error?.message}`);
    answer = next.value as DocsAnswer;
  }
  return answer;
}

/** Booked students whose doc does not show their conference yet. */
function linesWaiting(hub: BookingHub, booked: number): number {
  const students = slotRows(hub)
    .filter((row) => row.status === "booked")
    .map((row) => row.studentId);
  const shown = students.filter((studentId) => {
    const doc = hub.ws.drive
      .all()
      .find(
        (f) =>
          f.appProperties.conferStudentId !== undefined &&
          f.appProperties.conferStudentId === studentId,
      );
    if (!doc) return false;
    const line = readDoc(hub.ws, COORDINATOR, doc.id)
      .text.split("\n")
      .find((l) => l.startsWith("Conference:"));
    return line !== undefined && !line.includes("not scheduled");
  });
  return booked - shown.length;
}

function outcomeFacts(
  hub: BookingHub,
  pulls: Map<string, PullAnswer>,
  docs: DocsAnswer,
  bookings: readonly RunResult[],
  started: number,
): Record<string, number> {
  const booked = slotRows(hub).filter((row) => row.status === "booked").length;
  const docsMade = hub.ws.drive
    .all()
    .filter((f) => f.appProperties.conferStudentId !== undefined).length;
  return {
    docsMade,
    docsRemaining: docs.remaining,
    pulled: [...pulls.values()].reduce((n, a) => n + a.pulled.length, 0),
    pullProblems: [...pulls.values()].reduce((n, a) => n + a.problems.length, 0),
    booked,
    failedBookings: bookings.filter((r) => !r.ok).length,
    longestBookingS: Math.max(...bookings.map((r) => r.report.modelledMs)) / 1000,
    wholeRunS: (hub.ws.now() - started) / 1000,
  };
}

const together: Side = async () => {
  const prepared = prepare();
  const { hub, pullers, bookings } = prepared;
  return async (): Promise<Waits & { error?: string }> => {
    const started = hub.ws.now();
    const requests = [
      docsRequest(hub),
      ...pullers.map((advisor) => pullRequest(hub, advisor)),
      ...bookings,
    ];
    const first = await burst(hub.ws, requests, TIME_SCALE, isTryAgain);
    const reports = [...first.started];
    const docsFirst = first.final[0]!;
    if (!docsFirst.ok) throw new Error(`createConferenceDocs: ${docsFirst.error?.message}`);
    const pulls = new Map(
      pullers.map((advisor, i) => {
        const result = first.final[1 + i]!;
        if (!result.ok) throw new Error(`pull as ${advisor}: ${result.error?.message}`);
        return [advisor, result.value as PullAnswer] as const;
      }),
    );
    const pullEnds = new Map<string, number>();
    finishPulls(hub, pulls, reports);
    for (const advisor of pullers) pullEnds.set(advisor, hub.ws.now());
    const docs = finishDocs(hub, docsFirst.value as DocsAnswer, reports);
    const booked = first.final.slice(1 + pullers.length);
    const facts = outcomeFacts(hub, pulls, docs, booked, started);
    runDueTriggers(hub.ws, hub.ws.now() + 61 * A_MINUTE);
    return {
      reports,
      facts: {
        ...facts,
        linesWaiting: linesWaiting(hub, bookings.length),
        longestPullS: Math.max(...[...pullEnds.values()].map((end) => end - started)) / 1000,
        writes: prepared.writes,
        tryAgain: first.retried,
      },
    };
  };
};

const oneAfterAnother: Side = async () => {
  const prepared = prepare();
  const { hub, pullers, bookings } = prepared;
  return async () => {
    const started = hub.ws.now();
    const reports: ExecutionReport[] = [];
    const firstDocs = run(hub.ws, docsRequest(hub));
    reports.push(firstDocs.report);
    if (!firstDocs.ok) throw new Error(`createConferenceDocs: ${firstDocs.error?.message}`);
    const docs = finishDocs(hub, firstDocs.value as DocsAnswer, reports);
    const pulls = new Map<string, PullAnswer>();
    for (const advisor of pullers) {
      const pulled = run(hub.ws, pullRequest(hub, advisor));
      reports.push(pulled.report);
      if (!pulled.ok) throw new Error(`pull as ${advisor}: ${pulled.error?.message}`);
      pulls.set(advisor, pulled.value as PullAnswer);
      finishPulls(hub, pulls, reports);
    }
    const booked = bookings.map((request) => {
      const result = run(hub.ws, request);
      reports.push(result.report);
      return result;
    });
    return { reports, facts: outcomeFacts(hub, pulls, docs, booked, started) };
  };
};

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const confer = (name: string) => (s: Sides) => fact(name)(s.optimized);

export const CONCURRENT_SCENARIOS: readonly Scenario[] = [
  {
    name: `docs run, ${PULLING} pulls and ${FAMILIES_BOOKING} bookings at once`,
    about: `The generated ${FAMILIES}-student school on dist/, with docs already made for ${PULLING} advisors' advisees and their slots published. At the same moment (runConcurrently, timeScale ${TIME_SCALE}) the coordinator's createConferenceDocs starts on the others, each of the ${PULLING} advisors runs pullComments for their advisees, and ${FAMILIES_BOOKING} of those advisees' families book through their links; all of it writes Docs as the hub owner. The docs sidebar then calls again while the run continues, and each pull sidebar pulls its waiting advisees again after the wait it was told. Confer's row is every execution; the figures are the whole run's modelled time (from the start to the docs run's end), the longest pull (to its last advisee) and the longest booking. The baseline is the same work one after another: no competing, so no one waits for anyone.`,
    limit: {
      what: "Docs API, 60 writes a minute per user (developers.google.com/docs/api/limits): one per doc made, per pull and per Conference line",
      seconds: (m) => fact("writes")(m),
      measured: fact("wholeRunS"),
    },
    budget: [
      exactly("confer docs remaining", 0, confer("docsRemaining")),
      exactly("confer docs made", FAMILIES, confer("docsMade")),
      exactly(
        "confer advisees pulled minus their number",
        0,
        (s) => confer("pulled")(s) - pulledExpected(),
      ),
      exactly("confer pull problems", 0, confer("pullProblems")),
      exactly("confer bookings booked", FAMILIES_BOOKING, confer("booked")),
      exactly("confer bookings failed", 0, confer("failedBookings")),
      exactly(
        "confer Conference lines still waiting after the hourly run",
        0,
        confer("linesWaiting"),
      ),
      atMost("confer longest booking modelled s", 60, confer("longestBookingS")),
      atMost(
        "confer longest pull (to its last advisee) / the Docs write bound",
        OVER_THE_BOUND,
        (s) => confer("longestPullS")(s) / confer("writes")(s),
      ),
      atMost(
        "confer whole run / the Docs write bound",
        OVER_THE_BOUND,
        (s) => confer("wholeRunS")(s) / confer("writes")(s),
      ),
    ],
    optimized: together,
    baseline: oneAfterAnother,
  },
];

function pulledExpected(): number {
  const byAdvisor = adviseesByAdvisor();
  return advisors()
    .slice(0, PULLING)
    .reduce((n, a) => n + byAdvisor.get(a)!.length, 0);
}
