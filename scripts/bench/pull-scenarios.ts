/*
 * Issue 6's budget on the built bundle: an advisor's pull of teacher comments into 30 advisees'
 * conference docs, beside a DocumentApp script that rewrites the same section one doc at a time.
 */
import path from "node:path";
import { run, type Workspace } from "../../emulator";
import { MIME } from "../../emulator/drive/store";
import { commentTabName } from "../../src/domain/hub/tabs";
import { readDoc } from "../../test/integration/doc-access";
import {
  ADVISEES,
  ADVISOR,
  adviseesOf,
  advisoryHub,
  advisorySchool,
  docOf,
  runAsAdvisor,
  SMALL_ADVISOR,
  schoolComments,
} from "./advisory-school";
import { atLeast, exactly, ratioOf } from "./budget";
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
function docsPulled(ws: Workspace, docIds: ReadonlyMap<string, string>): number {
  const comments = schoolComments();
  return adviseesOf(ADVISOR).filter((student) => {
    const text = readDoc(ws, ADVISOR, docIds.get(student.id)!).text;
    const mine = comments.filter((c) => c.studentId === student.id);
    return text.split("Pulled on ").length === 2 && mine.every((c) => text.includes(c.text));
  }).length;
}

const conferPull: Side = async () => {
  const hub = advisoryHub(true);
  hub.ws.triggers.advanceTo(hub.ws.now() + A_MINUTE);
  const small = runAsAdvisor(hub, pullRequest(hub, SMALL_ADVISOR));
  const docIds = new Map(adviseesOf(ADVISOR).map((s) => [s.id, docOf(hub, s).id]));
  hub.ws.triggers.advanceTo(hub.ws.now() + A_MINUTE);
  return async () => {
    const { value, reports } = runAsAdvisor(hub, pullRequest(hub, ADVISOR));
    const result = value as { pulled: unknown[]; problems: unknown[] };
    return {
      reports,
      facts: {
        pulled: result.pulled.length,
        problems: result.problems.length,
        docs: docsPulled(hub.ws, docIds),
        smallPulled: (small.value as { pulled: unknown[] }).pulled.length,
        smallGetValues: countOf(small.reports, GET_VALUES),
      },
    };
  };
};

const naivePull: Side = async () => {
  const hub = advisoryHub(true);
  const { roster } = advisorySchool();
  const ws = schoolWorkspace(FIXTURE, roster);
  const sheet = ws.drive.create({
    name: "Teacher comments",
    mimeType: MIME.spreadsheet,
    owner: ADVISOR,
    content: hub.ws.drive.get(hub.hubId)!.content!.clone(),
  });
  const advisees = adviseesOf(ADVISOR).map((student) => {
    const doc = docOf(hub, student);
    const copy = ws.drive.create({
      name: doc.name,
      mimeType: MIME.document,
      owner: ADVISOR,
      content: doc.content!.clone(),
    });
    return { studentId: student.id, docId: copy.id };
  });
  const classes = Object.fromEntries(
    roster.classes.map((c) => [c.id, { course: c.course, period: c.period }]),
  );
  const teachers = Object.fromEntries(roster.staff.map((s) => [s.email, s.name]));
  const args = [sheet.id, commentTabName("6"), advisees, classes, teachers, PULLED_ON];
  return async () => {
    const result = run(ws, { fn: "pullOneAtATime", args, as: ADVISOR });
    if (!result.ok) throw new Error(`pullOneAtATime failed: ${result.error?.message}`);
    const docIds = new Map(advisees.map((a) => [a.studentId, a.docId]));
    return { reports: [result.report], facts: { docs: docsPulled(ws, docIds) } };
  };
};

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const count = (key: string) => (m: Measurement) => m.counts[key] ?? 0;

export const PULL_SCENARIOS: readonly Scenario[] = [
  {
    name: `advisor's pull for ${ADVISEES} advisees`,
    about: `The generated 600-student school with teacher6's homeroom made 30 grade-6 advisees (10 moved in from teacher12's, who keeps 10), imported into a hub on dist/; docs made for both advisories; one comment per class enrolment (3,600, each advisee has 6 from 6 teachers) written as "create" rows into the Comment Log and laid into the grade tabs by the bundle's rebuildCommentTabsFromLog. Confer's row is teacher6's sidebar execution of pullComments({kind:"advisees"}) and the web-app doPost it waits on (the doPost's calls are counted; its modelled time is inside the sidebar's, so not added twice). Before measuring, teacher12 pulls for 10 advisees: ${GET_VALUES} must be the same at 10 and 30. The comment store is read only by ${STORE_READ}().getValues() (src/workspace/comment-store.ts). The baseline (fixtures/pull-one-at-a-time), as teacher6 on copies of the same hub and docs: one getValues of the Grade 6 Comments tab, then per doc openById, getNamedRanges, insertParagraph per line, removeFromParent of the old paragraphs, addNamedRange, saveAndClose.`,
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
    optimized: conferPull,
    baseline: naivePull,
  },
];
