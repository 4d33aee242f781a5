/*
 * The comment scenarios on the built bundle: a class of comments saved through the locked layer
 * with 1,000, 20,000 and 100,000 comments in the tabs, in the same Sheets value calls and the same
 * time under the script lock, the read behind a teacher's grid on 20,000, and 40 teachers saving
 * at once with nothing lost.
 */
import { run, runConcurrently } from "../../emulator";
import { commentToRow } from "../../src/domain/comments/rows";
import { classGrid } from "../../src/domain/comments/views";
import { readGradeComments } from "../../src/workspace/comment-store";
import { atLeast, atMost, exactly, type Sides } from "./budget";
import { naiveSheet, naiveStored, tabName } from "./comments-baseline";
import {
  CLASS_SIZE,
  classesOfDistinctTeachers,
  commentSchool,
  commentTabs,
  newComment,
  openRound,
  outcomesOf,
  PREFILLED,
  prefill,
  prefillComments,
  runAsTeacher,
  STUDENTS,
  saveRequest,
  storedComments,
  valuesOf,
} from "./comments-hub";
import { webAppFetchLimit } from "./limits";
import { type Measurement, measure, type Side } from "./measure";
import type { Scenario } from "./scenario";
import { type Hub, readyHub } from "./school";

const TEACHERS = 40;
const CLASS_SIZE_FULL = 40;
const VALUE_KEYS = [
  "Range.getValues",
  "Range.setValues",
  "Range.getValue",
  "Range.setValue",
  "Range.getDisplayValues",
];

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const figure = (name: string) => (s: Sides) => fact(name)(s.optimized);
const saved = (value: unknown) => outcomesOf(value).filter((o) => o === "saved").length;

/** The comments in the tabs of each sized save; the first is the one the others are held to. */
const SIZES = [1_000, PREFILLED, 100_000] as const;

let full:
  | { hub: Hub; measuredClass: ReturnType<typeof classesOfDistinctTeachers>[number] }
  | undefined;

/** The hub with PREFILLED comments in its grade tabs, and a class that has none yet. */
function fullHub() {
  if (full) return full;
  full = hubWith(PREFILLED);
  return full;
}

/** A hub whose grade tabs hold `count` comments, and a class of a teacher's that has none yet. */
function hubWith(count: number) {
  const [measuredClass] = classesOfDistinctTeachers(1);
  const hub = readyHub(commentSchool());
  openRound(hub);
  prefill(hub, prefillComments(new Set([measuredClass!.id]), count));
  return { hub, measuredClass: measuredClass! };
}

/** The smallest size's save, as measured (first, or here when it did not run). */
let smallest: Measurement | undefined;

function conferClassSave(count: number): Side {
  return async () => {
    const reference = count === SIZES[0] ? undefined : await smallestSave();
    const { hub, measuredClass } = count === PREFILLED ? fullHub() : hubWith(count);
    const request = saveRequest(hub, measuredClass, CLASS_SIZE);
    return async () => {
      const { sidebar, webApp, value } = runAsTeacher(hub, request);
      const doPosts = webApp.map((r) => ({ ...r, modelledMs: 0 }));
      const facts: Record<string, number> = {
        saved: saved(value),
        webAppValueCalls: VALUE_KEYS.reduce(
          (n, k) => n + webApp.reduce((m, r) => m + (r.counts[k] ?? 0), 0),
          0,
        ),
        doPostS: Math.max(0, ...webApp.map((r) => r.modelledMs)) / 1000,
      };
      if (reference) {
        facts.smallestLockS = reference.longestLockSeconds;
        facts.smallestValueCalls = fact("webAppValueCalls")(reference);
      }
      return { reports: [sidebar, ...doPosts], facts };
    };
  };
}

async function smallestSave(): Promise<Measurement> {
  smallest ??= await measure(conferClassSave(SIZES[0]));
  return smallest;
}

function naiveClassSave(count: number): Side {
  return async () => {
    const [schoolClass] = classesOfDistinctTeachers(1);
    const sheet = naiveSheet(prefillComments(new Set([schoolClass!.id]), count));
    const rows = schoolClass!.studentIds
      .slice(0, CLASS_SIZE)
      .map((id, i) => commentToRow(newComment(schoolClass!, id, count + i)));
    return async () => {
      const result = run(sheet.ws, {
        fn: "appendComments",
        args: [sheet.id, tabName(schoolClass!.grade), rows],
        as: schoolClass!.teacherEmail,
      });
      if (!result.ok) throw new Error(`appendComments: ${result.error?.message}`);
      return {
        reports: [result.report],
        facts: { saved: naiveStored(sheet).length - count },
      };
    };
  };
}

const lockHeld = (s: Sides) => s.optimized.longestLockSeconds;
const wholeMs = (seconds: number) => Math.round(seconds * 1000);

function classSaveScenario(count: number): Scenario {
  const size = count.toLocaleString("en-US");
  const held =
    count === SIZES[0]
      ? []
      : [
          atMost(
            `confer lock held ms minus the ${SIZES[0].toLocaleString("en-US")}-comment save's`,
            0,
            (s: Sides) => wholeMs(lockHeld(s)) - wholeMs(fact("smallestLockS")(s.optimized)),
          ),
          atMost(
            `confer value calls minus the ${SIZES[0].toLocaleString("en-US")}-comment save's`,
            0,
            (s: Sides) =>
              fact("webAppValueCalls")(s.optimized) - fact("smallestValueCalls")(s.optimized),
          ),
        ];
  return {
    name: `save a class of ${CLASS_SIZE} with ${size} comments in the tabs`,
    about: `A generated school of ${STUDENTS.toLocaleString("en-US")} students imported into a hub on dist/, whose grade tabs hold ${size} comments (written as "create" rows into the Comment Log, one per enrolment and then an earlier, withdrawn round, and laid into the tabs by the bundle's rebuildCommentTabsFromLog before measuring); a round is open (its comment window holding the bench's day), so the save reads Settings and the Rounds tab, before the lock, for the round it goes into; a teacher runs saveComments for ${CLASS_SIZE} students of a class with no comment yet, which reaches the web app's doPost as the hub owner. Confer's row is the teacher's sidebar execution, whose modelled time is what the teacher waits (the 590 ms hop to the web app and the doPost inside it), with the doPost's calls counted too; the doPost reads the tabs before the script lock, so the rules hold the time it keeps the lock, and its ${VALUE_KEYS.join(", ")} calls, to the ${SIZES[0].toLocaleString("en-US")}-comment save's. The baseline is a competent script on a shared comment sheet holding the same rows: it appends the ${CLASS_SIZE} rows in one setValues, with no lock.`,
    limit: webAppFetchLimit(fact("doPostS")),
    budget: [
      atMost("confer web-app Sheets value calls", 5, figure("webAppValueCalls")),
      ...held,
      atMost("confer lock held s", 2, lockHeld),
      exactly("confer comments saved", CLASS_SIZE, figure("saved")),
      exactly("baseline comments written", CLASS_SIZE, (s) => fact("saved")(s.baseline)),
    ],
    optimized: conferClassSave(count),
    baseline: naiveClassSave(count),
  };
}

const conferGridRead: Side = async () => {
  const { hub, measuredClass } = fullHub();
  const { roster } = commentSchool();
  const schoolClass = roster.classes.find(
    (c) => c.id !== measuredClass.id && c.studentIds.length >= CLASS_SIZE,
  )!;
  const values = new Map(commentTabs(hub).map((sheet) => [sheet.name, valuesOf(sheet)]));
  const stub = {
    getSheetByName: (name: string) => ({
      getDataRange: () => ({ getValues: () => values.get(name) }),
    }),
  } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const grades = [
    ...new Set(schoolClass.studentIds.map((id) => roster.students.find((s) => s.id === id)!.grade)),
  ];
  return async () => {
    const comments = grades.flatMap((grade) => readGradeComments(stub, grade).comments);
    const grid = classGrid(roster, schoolClass.id, schoolClass.teacherEmail, comments);
    return {
      reports: [],
      facts: { rows: comments.length, filled: grid.rows.filter((row) => row.comment).length },
    };
  };
};

const bundleGridRead: Side = async () => {
  const { hub, measuredClass } = fullHub();
  const schoolClass = commentSchool().roster.classes.find(
    (c) => c.id !== measuredClass.id && c.studentIds.length >= CLASS_SIZE,
  )!;
  return async () => {
    const { webApp, value } = runAsTeacher(hub, {
      fn: "getCommentGrid",
      args: [schoolClass.id],
      as: schoolClass.teacherEmail,
      containerId: hub.hubId,
      kind: "sidebar",
    });
    const grid = (value as { grid: { rows: { comment: unknown }[] } }).grid;
    return { reports: webApp, facts: { filled: grid.rows.filter((row) => row.comment).length } };
  };
};

const conferAtOnce: Side = async () => {
  const hub = readyHub(commentSchool());
  openRound(hub);
  const classes = classesOfDistinctTeachers(TEACHERS);
  const requests = classes.map((c) => saveRequest(hub, c, c.studentIds.length));
  const expected = classes.flatMap((c) => c.studentIds.map((id) => `${c.id} ${id}`));
  return async () => {
    const before = hub.ws.history.length;
    const results = await runConcurrently(hub.ws, requests, { timeScale: 0.1 });
    const failed = results.filter(
      (r, i) => !r.ok || saved(r.value) !== classes[i]!.studentIds.length,
    ).length;
    const stored = storedComments(hub);
    const unique = new Set(stored);
    return {
      reports: hub.ws.history.slice(before).filter((r) => r.kind === "webapp"),
      facts: {
        failed,
        expected: expected.length,
        stored: stored.length,
        duplicates: stored.length - unique.size,
        lost: expected.filter((key) => !unique.has(key)).length,
        longestSidebarS: Math.max(...results.map((r) => r.report.modelledMs)) / 1000,
        longestDoPostS:
          Math.max(
            ...hub.ws.history
              .slice(before)
              .filter((r) => r.kind === "webapp")
              .map((r) => r.modelledMs),
          ) / 1000,
      },
    };
  };
};

const naiveAtOnce: Side = async () => {
  const sheet = naiveSheet();
  const classes = classesOfDistinctTeachers(TEACHERS);
  let n = 0;
  const requests = classes.map((c) => ({
    fn: "writeCommentsUnlocked",
    args: [
      sheet.id,
      tabName(c.grade),
      c.studentIds.map((id) => commentToRow(newComment(c, id, n++))),
    ],
    as: c.teacherEmail,
  }));
  const expected = classes.flatMap((c) => c.studentIds.map((id) => `${c.id} ${id}`));
  return async () => {
    const results = await runConcurrently(sheet.ws, requests, { timeScale: 0.1 });
    const unique = new Set(naiveStored(sheet));
    return {
      reports: results.map((r) => r.report),
      facts: {
        failed: results.filter((r) => !r.ok).length,
        lost: expected.filter((key) => !unique.has(key)).length,
        longestDoPostS: Math.max(...results.map((r) => r.report.modelledMs)) / 1000,
      },
    };
  };
};

export const COMMENT_SCENARIOS: readonly Scenario[] = [
  ...SIZES.map(classSaveScenario),
  {
    name: `teacher's grid over ${PREFILLED.toLocaleString("en-US")} comments`,
    about: `The read behind a teacher's grid on the ${PREFILLED.toLocaleString("en-US")}-comment hub. Confer's row is the pure read in Node, measured for CPU: src/workspace/comment-store readGradeComments on every row of the class's grade tab (the values its getValues returns, copied out of the emulator before measuring) and src/domain/comments/views classGrid. The "baseline" row is no naive rival: it is the bundle's getCommentGrid as that teacher, end to end on the emulator (the sidebar execution and the doPost it calls, in this process), its calls and modelled time those of the doPost.`,
    budget: [
      atMost("confer grid read CPU ms", 200, (s) => s.optimized.cpuMs),
      atLeast("confer comments read from the grade tab", 6000, figure("rows")),
      exactly("confer grid rows with a comment", CLASS_SIZE_FULL, figure("filled")),
      exactly("getCommentGrid rows with a comment", CLASS_SIZE_FULL, (s) =>
        fact("filled")(s.baseline),
      ),
    ],
    optimized: conferGridRead,
    baseline: bundleGridRead,
  },
  {
    name: `${TEACHERS} teachers saving at once`,
    about: `A fresh hub (empty tabs) of the same school; ${TEACHERS} distinct teachers each run saveComments for a whole class of ${CLASS_SIZE_FULL} at the same moment (runConcurrently, timeScale 0.1), all through the one web app, which may take under 30 executions at once, so the sidebars retry with backoff. Confer's row sums the doPost executions. The baseline is the naive unlocked read-modify-write (read the grade tab, add the class's rows, write the tab back) by the same ${TEACHERS} teachers at once on a shared sheet: its row counts the comments lost.`,
    limit: {
      ...webAppFetchLimit(fact("longestDoPostS")),
      baselineMeasured: fact("longestDoPostS"),
    },
    budget: [
      exactly("confer failed saves", 0, figure("failed")),
      exactly("confer comment rows", TEACHERS * CLASS_SIZE_FULL, figure("stored")),
      exactly("confer duplicate studentId+classId", 0, figure("duplicates")),
      exactly("confer comments lost", 0, figure("lost")),
      atMost("confer longest teacher's sidebar modelled s", 360, figure("longestSidebarS")),
      atLeast("baseline comments lost", 1, (s) => fact("lost")(s.baseline)),
    ],
    optimized: conferAtOnce,
    baseline: naiveAtOnce,
  },
];
