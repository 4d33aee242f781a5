/*
 * Issue 5's budgets on the built bundle: a class of comments saved through the locked layer in a
 * constant number of Sheets value calls, the same with 20,000 comments in the tabs, the read
 * behind a teacher's grid on those 20,000, and 40 teachers saving at once with nothing lost.
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
import type { Measurement, Side } from "./measure";
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

const valueCalls = (m: Measurement) =>
  VALUE_KEYS.reduce((sum, key) => sum + (m.counts[key] ?? 0), 0);
const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const saved = (value: unknown) => outcomesOf(value).filter((o) => o === "saved").length;

let classSaveCalls: number | undefined;
let full:
  | { hub: Hub; measuredClass: ReturnType<typeof classesOfDistinctTeachers>[number] }
  | undefined;

/** The hub with PREFILLED comments in its grade tabs, and a class that has none yet. */
function fullHub() {
  if (full) return full;
  const [measuredClass] = classesOfDistinctTeachers(1);
  const hub = readyHub(commentSchool());
  prefill(hub, prefillComments(new Set([measuredClass!.id])));
  full = { hub, measuredClass: measuredClass! };
  return full;
}

function conferClassSave(hub: () => Hub, first: boolean): Side {
  return async () => {
    const emptyTabCalls = first ? 0 : await classSaveFigure();
    const target = hub();
    const [schoolClass] = classesOfDistinctTeachers(1);
    const request = saveRequest(target, schoolClass!, CLASS_SIZE);
    return async () => {
      const { webApp, value } = runAsTeacher(target, request);
      if (first) classSaveCalls = VALUE_KEYS.reduce((n, k) => n + (webApp[0]?.counts[k] ?? 0), 0);
      return { reports: webApp, facts: { saved: saved(value), emptyTabCalls } };
    };
  };
}

function naiveClassSave(prefilled: boolean): Side {
  return async () => {
    const [schoolClass] = classesOfDistinctTeachers(1);
    const sheet = naiveSheet(prefilled ? prefillComments(new Set([schoolClass!.id])) : []);
    const rows = schoolClass!.studentIds
      .slice(0, CLASS_SIZE)
      .map((id, i) => commentToRow(newComment(schoolClass!, id, PREFILLED + i)));
    return async () => {
      const result = run(sheet.ws, {
        fn: "writeCommentsCellByCell",
        args: [sheet.id, tabName(schoolClass!.grade), rows],
        as: schoolClass!.teacherEmail,
      });
      if (!result.ok) throw new Error(`writeCommentsCellByCell: ${result.error?.message}`);
      return {
        reports: [result.report],
        facts: { saved: naiveStored(sheet).length - (prefilled ? PREFILLED : 0) },
      };
    };
  };
}

/** (a)'s figure, measured here first when (a) did not run. */
async function classSaveFigure(): Promise<number> {
  if (classSaveCalls === undefined) {
    await (await conferClassSave(() => readyHub(commentSchool()), true)())();
  }
  return classSaveCalls!;
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
      },
    };
  };
};

const figure = (name: string) => (s: Sides) => fact(name)(s.optimized);

export const COMMENT_SCENARIOS: readonly Scenario[] = [
  {
    name: `save a class of ${CLASS_SIZE} comments`,
    about: `A generated school of ${STUDENTS.toLocaleString("en-US")} students imported into a hub on dist/, its comment tabs empty; a teacher runs saveComments for ${CLASS_SIZE} students of their class, which reaches the web app's doPost as the hub owner. Confer's row is that doPost execution (where every Sheets call of the save is made); the rule counts its ${VALUE_KEYS.join(", ")} calls, Lock.* not counted. The baseline is the shared-spreadsheet world: the teacher writes the same ${CLASS_SIZE} rows into a shared comment sheet with a getRange and setValue per cell, no lock.`,
    budget: [
      atMost("confer web-app Sheets value calls", 4, (s) => valueCalls(s.optimized)),
      exactly("confer comments saved", CLASS_SIZE, figure("saved")),
      exactly("baseline comments written", CLASS_SIZE, (s) => fact("saved")(s.baseline)),
    ],
    optimized: conferClassSave(() => readyHub(commentSchool()), true),
    baseline: naiveClassSave(false),
  },
  {
    name: `save with ${PREFILLED.toLocaleString("en-US")} comments in the tabs`,
    about: `The same save of ${CLASS_SIZE} comments, on a hub whose grade tabs hold ${PREFILLED.toLocaleString("en-US")} comments (one per enrolment, written as "create" rows into the Comment Log and laid into the tabs by the bundle's rebuildCommentTabsFromLog before measuring). The rule wants the web app's Sheets value calls to equal the empty-tab save's. The baseline writes the same rows cell by cell below ${PREFILLED.toLocaleString("en-US")} rows of a shared sheet.`,
    budget: [
      atMost("confer web-app Sheets value calls", 4, (s) => valueCalls(s.optimized)),
      exactly(
        "confer value calls minus the empty-tab save's",
        0,
        (s) => valueCalls(s.optimized) - fact("emptyTabCalls")(s.optimized),
      ),
      exactly("confer comments saved", CLASS_SIZE, figure("saved")),
      exactly("baseline comments written", CLASS_SIZE, (s) => fact("saved")(s.baseline)),
    ],
    optimized: conferClassSave(() => fullHub().hub, false),
    baseline: naiveClassSave(true),
  },
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
