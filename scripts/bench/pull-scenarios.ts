/*
 * The pull budget on the built bundle: an advisor's pull of teacher comments into 30 advisees'
 * conference docs, beside a DocumentApp script that rewrites the same section one doc at a time.
 */
import path from "node:path";
import { MIME, run, type Workspace } from "../../emulator";
import { commentTabName } from "../../src/domain/hub/tabs";
import { readDoc } from "../../test/integration/doc-access";
import {
  ADVISEES,
  ADVISOR,
  adviseesOf,
  advisoryHub,
  advisorySchool,
  copyDocInto,
  docOf,
  runAsAdvisor,
  SMALL_ADVISOR,
  schoolComments,
} from "./advisory-school";
import { atLeast, exactly, ratioOf } from "./budget";
import { webAppFetchLimit } from "./limits";
import type { Measurement, Side } from "./measure";
import type { Scenario } from "./scenario";
import { type Hub, schoolWorkspace } from "./school";

const FIXTURE = path.join(__dirname, "fixtures/pull-one-at-a-time");
const PULLED_ON = "2026-11-23";
const GET_VALUES = "Range.getValues";
const STORE_READ = "Sheet.getDataRange";
const BATCH_UPDATE = "Docs.documents.batchUpdate";
/** The docs run and each advisor's pull are a minute apart: the Docs API allows 60 writes a minute. */
const A_MINUTE = 60_000;

const pullRequest = (hub: Hub, advisor: string) => ({
  fn: "pullComments",
  args: [{ kind: "advisees" }],
  as: advisor,
  containerId: hub.hubId,
  kind: "sidebar" as const,
});

const countOf = (reports: readonly { counts: Record<string, number> }[], key: string) =>
  reports.reduce((sum, r) => sum + (r.counts[key] ?? 0), 0);

/** Advisees whose doc holds "Pulled on" once and every one of their comments. */
function docsPulled(ws: Workspace, advisor: string, docIds: ReadonlyMap<string, string>): number {
  const comments = schoolComments();
  return adviseesOf(advisor).filter((student) => {
    const text = readDoc(ws, advisor, docIds.get(student.id)!).text;
    const mine = comments.filter((c) => c.studentId === student.id);
    return text.split("Pulled on ").length === 2 && mine.every((c) => text.includes(c.text));
  }).length;
}

function conferPull(advisor: string): Side {
  return async () => {
    const hub = advisoryHub(true);
    hub.ws.triggers.advanceTo(hub.ws.now() + A_MINUTE);
    const small =
      advisor === ADVISOR ? runAsAdvisor(hub, pullRequest(hub, SMALL_ADVISOR)) : undefined;
    const docIds = new Map(adviseesOf(advisor).map((s) => [s.id, docOf(hub, s).id]));
    hub.ws.triggers.advanceTo(hub.ws.now() + A_MINUTE);
    return async () => {
      const { value, reports, webApp } = runAsAdvisor(hub, pullRequest(hub, advisor));
      const result = value as { pulled: unknown[]; problems: unknown[] };
      return {
        reports,
        facts: {
          pulled: result.pulled.length,
          problems: result.problems.length,
          docs: docsPulled(hub.ws, advisor, docIds),
          doPostS: Math.max(0, ...webApp.map((r) => r.modelledMs)) / 1000,
          ...(small
            ? {
                smallPulled: (small.value as { pulled: unknown[] }).pulled.length,
                smallGetValues: countOf(small.reports, GET_VALUES),
              }
            : {}),
        },
      };
    };
  };
}

function naivePull(advisor: string): Side {
  return async () => {
    const hub = advisoryHub(true);
    const { roster } = advisorySchool();
    const ws = schoolWorkspace(FIXTURE, roster);
    const sheet = ws.drive.create({
      name: "Teacher comments",
      mimeType: MIME.spreadsheet,
      owner: advisor,
      content: hub.ws.drive.get(hub.hubId)!.content!.clone(),
    });
    const advisees = adviseesOf(advisor).map((student) => ({
      studentId: student.id,
      docId: copyDocInto(ws, hub, student, advisor),
    }));
    const classes = Object.fromEntries(
      roster.classes.map((c) => [c.id, { course: c.course, period: c.period }]),
    );
    const teachers = Object.fromEntries(roster.staff.map((s) => [s.email, s.name]));
    const args = [sheet.id, commentTabName("6"), advisees, classes, teachers, PULLED_ON];
    return async () => {
      const result = run(ws, { fn: "pullOneAtATime", args, as: advisor });
      if (!result.ok) throw new Error(`pullOneAtATime failed: ${result.error?.message}`);
      const docIds = new Map(advisees.map((a) => [a.studentId, a.docId]));
      return { reports: [result.report], facts: { docs: docsPulled(ws, advisor, docIds) } };
    };
  };
}

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const count = (key: string) => (m: Measurement) => m.counts[key] ?? 0;

const SMALL_ADVISEES = 10;
const FETCH_LIMIT = webAppFetchLimit(fact("doPostS"));

export const PULL_SCENARIOS: readonly Scenario[] = [
  {
    name: `advisor's pull for ${SMALL_ADVISEES} advisees`,
    about: `The same hub as the ${ADVISEES}-advisee pull; teacher12, who keeps ${SMALL_ADVISEES} grade-6 advisees, runs pullComments({kind:"advisees"}) from the sidebar. Confer's row is that sidebar execution and the doPost it waits on, as below. The baseline is the same one-doc-at-a-time script for teacher12's ${SMALL_ADVISEES} docs.`,
    limit: FETCH_LIMIT,
    budget: [
      exactly(`confer ${BATCH_UPDATE}`, SMALL_ADVISEES, (s) => count(BATCH_UPDATE)(s.optimized)),
      exactly("confer docs pulled", SMALL_ADVISEES, (s) => fact("pulled")(s.optimized)),
      exactly("confer docs holding every comment", SMALL_ADVISEES, (s) =>
        fact("docs")(s.optimized),
      ),
      exactly("baseline docs holding every comment", SMALL_ADVISEES, (s) =>
        fact("docs")(s.baseline),
      ),
    ],
    optimized: conferPull(SMALL_ADVISOR),
    baseline: naivePull(SMALL_ADVISOR),
  },
  {
    name: `advisor's pull for ${ADVISEES} advisees`,
    about: `The generated 600-student school with teacher6's homeroom made 30 grade-6 advisees (10 moved in from teacher12's, who keeps 10), imported into a hub on dist/; docs made for both advisories; one comment per class enrolment (3,600, each advisee has 6 from 6 teachers) written as "create" rows into the Comment Log and laid into the grade tabs by the bundle's rebuildCommentTabsFromLog. Confer's row is teacher6's sidebar execution of pullComments({kind:"advisees"}) and the web-app doPost it waits on (the doPost's calls are counted; its modelled time is inside the sidebar's, so not added twice). Before measuring, teacher12 pulls for 10 advisees: ${GET_VALUES} must be the same at 10 and 30. The comment store is read only by ${STORE_READ}().getValues() (src/workspace/comment-store.ts). The baseline (fixtures/pull-one-at-a-time), as teacher6 on copies of the same hub and docs: one getValues of the Grade 6 Comments tab, then per doc openById, getNamedRanges, insertParagraph per line, removeFromParent of the old paragraphs, addNamedRange, saveAndClose.`,
    limit: FETCH_LIMIT,
    budget: [
      exactly("confer comment-store reads (Sheet.getDataRange)", 1, (s) =>
        count(STORE_READ)(s.optimized),
      ),
      exactly(
        `confer ${GET_VALUES} at 30 advisees minus at 10`,
        0,
        (s) => count(GET_VALUES)(s.optimized) - fact("smallGetValues")(s.optimized),
      ),
      exactly(`confer ${BATCH_UPDATE}`, ADVISEES, (s) => count(BATCH_UPDATE)(s.optimized)),
      exactly("confer docs pulled", ADVISEES, (s) => fact("pulled")(s.optimized)),
      exactly("confer docs holding every comment", ADVISEES, (s) => fact("docs")(s.optimized)),
      atLeast(
        "baseline/confer modelled s",
        5,
        ratioOf((m) => m.modelledSeconds),
      ),
      exactly("baseline docs holding every comment", ADVISEES, (s) => fact("docs")(s.baseline)),
    ],
    optimized: conferPull(ADVISOR),
    baseline: naivePull(ADVISOR),
  },
];
