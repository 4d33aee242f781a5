/*
 * The guardian-updates budget on the built bundle: an advisor's guardian updates for 30 advisees
 * whose plans are written (60 guardians, 4 languages), beside a script that drafts one guardian at
 * a time.
 */
import path from "node:path";
import { run } from "../../emulator";
import { SECTIONS } from "../../src/domain/conference-docs/template";
import { fillTemplate, ORIGINAL_DIVIDER } from "../../src/domain/guardian-updates/update";
import {
  DEFAULT_GUARDIAN_SUBJECT,
  DEFAULT_GUARDIAN_TEMPLATE,
} from "../../src/domain/settings/settings";
import { typeAtEndOfSection } from "../../test/integration/doc-access";
import {
  ADVISEES,
  ADVISOR,
  adviseesOf,
  advisoryHub,
  advisorySchool,
  copyDocInto,
  docOf,
  GUARDIAN_FIGURES,
  runAsAdvisor,
  SMALL_ADVISOR,
} from "./advisory-school";
import { atMost, exactly } from "./budget";
import { webAppFetchLimit } from "./limits";
import type { Measurement, Side } from "./measure";
import type { Scenario } from "./scenario";
import { type Hub, schoolWorkspace, TERM } from "./school";

const FIXTURE = path.join(__dirname, "fixtures/drafts-one-at-a-time");
const DEFAULT_LANGUAGE = "en";
const HELD_ON = " 2026-11-23";
const NEXT_STEPS = "Read 20 minutes a day and ask for help on Tuesdays";
const GOALS = [
  "Raise my math quiz average to 85% by January",
  "Hand in every science lab report on time this term",
  "Read two books of my choice before winter break",
];

interface Draft {
  readonly studentName: string;
  readonly language: string;
  readonly subject: string;
  readonly text: string;
}

const languageOf = (code: string) => code.trim() || DEFAULT_LANGUAGE;
const { guardians, notEnglish, drafts, translatedDrafts, languages } = GUARDIAN_FIGURES;

/**
 * Each advisee types a goal, next steps and teacher support into their doc, as the tests do, and
 * the advisor writes the day the conference was held, so every update is the held one with its plan.
 */
function hubWithPlans(advisor: string): Hub {
  const hub = advisoryHub(false);
  adviseesOf(advisor).forEach((student, i) => {
    const docId = docOf(hub, student).id;
    for (const [section, text] of [
      [SECTIONS.plan, GOALS[i % GOALS.length]!],
      [SECTIONS.nextSteps, NEXT_STEPS],
      [SECTIONS.teacherSupport, "A weekly check-in with my advisor"],
    ] as const) {
      const reply = typeAtEndOfSection(hub.ws, student.email, docId, section, text);
      if (reply.status !== 200) throw new Error(`typing into ${docId}: ${reply.status}`);
    }
    const held = typeAtEndOfSection(hub.ws, advisor, docId, SECTIONS.conferenceHeld, HELD_ON);
    if (held.status !== 200) throw new Error(`marking ${docId} held: ${held.status}`);
  });
  return hub;
}

/** Distinct (language, text) pairs among the translated drafts' original subjects and bodies. */
function distinctPairs(made: readonly Draft[]): number {
  const pairs = new Set<string>();
  for (const draft of made.filter((d) => d.language !== DEFAULT_LANGUAGE)) {
    const subject = fillTemplate(DEFAULT_GUARDIAN_SUBJECT, {
      student_name: draft.studentName,
      term: TERM,
    });
    const body = draft.text.split(`\n\n${ORIGINAL_DIVIDER}\n\n`)[1] ?? "";
    pairs.add(`${draft.language}\u0000${subject}`).add(`${draft.language}\u0000${body}`);
  }
  return pairs.size;
}

/** The plain-text body of a single-part draft as the baseline writes it (base64 under its headers). */
function naiveBody(raw: string): string {
  const at = raw.search(/\r?\n\r?\n/);
  return Buffer.from(raw.slice(at).trim(), "base64").toString("utf8");
}

function conferDrafts(advisor: string): Side {
  return async () => {
    const hub = hubWithPlans(advisor);
    return async () => {
      const { value, reports, webApp } = runAsAdvisor(hub, {
        fn: "createGuardianUpdates",
        args: [{ scope: { kind: "advisees" } }],
        as: advisor,
        kind: "sidebar",
      });
      const made = value as { drafts: Draft[]; created: number; notes: unknown[] };
      const languagesMade = new Set(made.drafts.map((d) => d.language));
      return {
        reports,
        facts: {
          drafts: made.drafts.length,
          created: made.created,
          notes: made.notes.length,
          mailbox: hub.ws.gmail.draftsOf(advisor).length,
          translatedDrafts: made.drafts.filter((d) => d.language !== DEFAULT_LANGUAGE).length,
          pairs: distinctPairs(made.drafts),
          languages: languagesMade.size,
          quoting: made.drafts.filter((d) => d.text.includes(NEXT_STEPS)).length,
          guardians: adviseesOf(advisor).flatMap((st) => st.guardians).length,
          longestDoPostS: Math.max(0, ...webApp.map((r) => r.modelledMs)) / 1000,
        },
      };
    };
  };
}

function naiveDrafts(advisor: string): Side {
  return async () => {
    const hub = hubWithPlans(advisor);
    const { roster } = advisorySchool();
    const ws = schoolWorkspace(FIXTURE, roster);
    const students = adviseesOf(advisor).map((student) => {
      return {
        docId: copyDocInto(ws, hub, student, advisor),
        name: `${student.preferredName || student.givenName} ${student.familyName}`,
        guardians: student.guardians.map((g) => ({ ...g, language: languageOf(g.language) })),
      };
    });
    const context = {
      advisorEmail: advisor,
      advisorName: roster.staff.find((s) => s.email === advisor)!.name,
      term: TERM,
      defaultLanguage: DEFAULT_LANGUAGE,
      subject: DEFAULT_GUARDIAN_SUBJECT,
      body: DEFAULT_GUARDIAN_TEMPLATE,
    };
    return async () => {
      const result = run(ws, { fn: "draftsOneAtATime", args: [students, context], as: advisor });
      if (!result.ok) throw new Error(`draftsOneAtATime failed: ${result.error?.message}`);
      return {
        reports: [result.report],
        facts: {
          mailbox: ws.gmail.draftsOf(advisor).length,
          quoting: ws.gmail.draftsOf(advisor).filter((d) => naiveBody(d.raw).includes(NEXT_STEPS))
            .length,
        },
      };
    };
  };
}

const fact = (name: string) => (m: Measurement) => m.facts[name] ?? Number.NaN;
const count = (key: string) => (m: Measurement) => m.counts[key] ?? 0;
const TRANSLATE = "LanguageApp.translate";
const CREATE = "Gmail.users.drafts.create";

export const DRAFTS_SCENARIOS: readonly Scenario[] = [
  {
    name: `guardian drafts for ${ADVISEES} advisees, ${guardians} guardians, ${languages} languages`,
    about: `The pull scenario's school (teacher6 advises 30 grade-6 students, each with two guardians: ${guardians}, in en, es, vi and zh-CN, ${notEnglish} of them not in the default en; ${drafts} drafts, one per student and language, ${translatedDrafts} of them translated), hub on dist/ with docs; each advisee types a goal, next steps and teacher support into their doc through the Docs REST API, and teacher6 writes the day their conference was held. Confer's row is teacher6's sidebar execution of createGuardianUpdates({scope:{kind:"advisees"}}) with an empty translation cache, and the two web-app doPosts it waits on (their calls counted, their modelled time inside the sidebar's). Translations are checked against the distinct (language, text) pairs of the translated drafts' subjects and bodies (the original body is read from beneath "${ORIGINAL_DIVIDER}"); 7 of the 60 texts repeat (5 subjects and 2 bodies of namesake students, as the generator reuses names) and are translated once. The baseline (fixtures/drafts-one-at-a-time), as teacher6 on copies of the same docs, per guardian: DocumentApp.openById, the plan from three named ranges, ${TRANSLATE} of subject and body when not en, and one UrlFetchApp.fetch to Gmail users.drafts.create.`,
    limit: webAppFetchLimit(fact("longestDoPostS")),
    budget: [
      exactly("confer Docs.documents.get", ADVISEES, (s) =>
        count("Docs.documents.get")(s.optimized),
      ),
      exactly(
        `confer ${TRANSLATE} minus distinct (language, text) pairs`,
        0,
        (s) => count(TRANSLATE)(s.optimized) - fact("pairs")(s.optimized),
      ),
      atMost(
        `confer ${TRANSLATE} per translated draft (subject and body)`,
        2,
        (s) => count(TRANSLATE)(s.optimized) / fact("translatedDrafts")(s.optimized),
      ),
      exactly(
        `confer translated drafts (one per student and language, for ${notEnglish} non-en guardians)`,
        translatedDrafts,
        (s) => fact("translatedDrafts")(s.optimized),
      ),
      exactly(
        `confer ${CREATE} minus drafts made`,
        0,
        (s) => count(CREATE)(s.optimized) - fact("created")(s.optimized),
      ),
      exactly("advisees' guardians in the roster", guardians, (s) =>
        fact("guardians")(s.optimized),
      ),
      exactly("languages among confer's drafts", languages, (s) => fact("languages")(s.optimized)),
      exactly("confer drafts in the advisor's mailbox", drafts, (s) =>
        fact("mailbox")(s.optimized),
      ),
      exactly("confer drafts quoting the next steps", drafts, (s) => fact("quoting")(s.optimized)),
      exactly("baseline drafts in the mailbox (one per guardian)", guardians, (s) =>
        fact("mailbox")(s.baseline),
      ),
      exactly("baseline drafts quoting the next steps", guardians, (s) =>
        fact("quoting")(s.baseline),
      ),
    ],
    optimized: conferDrafts(ADVISOR),
    baseline: naiveDrafts(ADVISOR),
  },
  smallDraftsScenario(),
];

/** What teacher12's advisees' guardians make, from the roster: one draft per student and language. */
function smallFigures() {
  const advisees = adviseesOf(SMALL_ADVISOR);
  const perStudent = advisees.map(
    (st) => new Set(st.guardians.filter((g) => g.email !== "").map((g) => languageOf(g.language))),
  );
  return {
    advisees: advisees.length,
    guardians: advisees.flatMap((st) => st.guardians.filter((g) => g.email !== "")).length,
    drafts: perStudent.reduce((n, languages) => n + languages.size, 0),
  };
}

function smallDraftsScenario(): Scenario {
  const small = smallFigures();
  return {
    name: `guardian drafts for ${small.advisees} advisees`,
    about: `The same school and hub; teacher12's ${small.advisees} advisees type their plan the same way and teacher12 writes the day each was held, then runs createGuardianUpdates({scope:{kind:"advisees"}}) from the sidebar (${small.guardians} guardians with an email, ${small.drafts} drafts, one per student and language). Confer's row and the baseline are as for teacher6's ${ADVISEES}.`,
    limit: webAppFetchLimit(fact("longestDoPostS")),
    budget: [
      exactly("confer Docs.documents.get", small.advisees, (s) =>
        count("Docs.documents.get")(s.optimized),
      ),
      exactly(
        `confer ${TRANSLATE} minus distinct (language, text) pairs`,
        0,
        (s) => count(TRANSLATE)(s.optimized) - fact("pairs")(s.optimized),
      ),
      exactly(
        `confer ${CREATE} minus drafts made`,
        0,
        (s) => count(CREATE)(s.optimized) - fact("created")(s.optimized),
      ),
      exactly("confer drafts in the advisor's mailbox", small.drafts, (s) =>
        fact("mailbox")(s.optimized),
      ),
      exactly("confer drafts quoting the next steps", small.drafts, (s) =>
        fact("quoting")(s.optimized),
      ),
      exactly("baseline drafts in the mailbox (one per guardian)", small.guardians, (s) =>
        fact("mailbox")(s.baseline),
      ),
    ],
    optimized: conferDrafts(SMALL_ADVISOR),
    baseline: naiveDrafts(SMALL_ADVISOR),
  };
}
