/*
 * The demo school, generated from a seed: three grades of about 30 students in two advisory
 * groups each, twelve teachers on a seven-period day, six advisors and a coordinator.
 * Each advisory group moves through its six classes together; its free period is advisory.
 */
import { AddressBook } from "./emails";
import { type FamilyContext, makeGuardians } from "./guardians";
import type { DemoAdvisory, DemoClass, DemoSchool, DemoStaff, DemoStudent, Subject } from "./model";
import {
  COORDINATOR_NAME,
  FAMILY_NAMES,
  FEMININE_ADULT_NAMES,
  MASCULINE_ADULT_NAMES,
  STUDENT_GIVEN_NAMES,
} from "./names";
import { Deck, Prng } from "./prng";

export const DEMO_DOMAIN = "school.test";
export const DEMO_COORDINATOR = `coordinator@${DEMO_DOMAIN}`;
export const DEFAULT_DEMO_SEED = 2026;

const GRADES = ["6", "7", "8"];
/** Sections per grade in one house: a house is 6 cohorts, 12 teachers and 6 advisors. */
const SECTIONS_PER_HOUSE = 2;
/** About how many students one house holds (3 grades × 28–32). */
export const HOUSE_STUDENTS = 90;
const PERIODS = [1, 2, 3, 4, 5, 6, 7];
const CORE: readonly Subject[] = ["Math", "English", "Science", "Social Studies", "Spanish"];
const ELECTIVES: readonly Subject[] = ["Art", "Music", "PE"];
/** Slot index of the electives block; the slot after it is advisory. */
const ELECTIVE_SLOT = CORE.length;
const ADVISORY_SLOT = CORE.length + 1;

const CODES: Readonly<Record<Subject, string>> = {
  Math: "MATH",
  English: "ENG",
  Science: "SCI",
  "Social Studies": "SOC",
  Spanish: "SPAN",
  Art: "ART",
  Music: "MUS",
  PE: "PE",
};

/** The twelve teaching posts: each core subject but Spanish has two teachers, split by cohort. */
const POSTS: readonly { subject: Subject; cohorts: readonly number[] }[] = [
  { subject: "Math", cohorts: [0, 1, 2] },
  { subject: "Math", cohorts: [3, 4, 5] },
  { subject: "English", cohorts: [0, 2, 4] },
  { subject: "English", cohorts: [1, 3, 5] },
  { subject: "Science", cohorts: [0, 1, 5] },
  { subject: "Science", cohorts: [2, 3, 4] },
  { subject: "Social Studies", cohorts: [0, 1, 2] },
  { subject: "Social Studies", cohorts: [3, 4, 5] },
  { subject: "Spanish", cohorts: [0, 1, 2, 3, 4, 5] },
  { subject: "Art", cohorts: [0, 1, 2, 3, 4, 5] },
  { subject: "Music", cohorts: [0, 1, 2, 3, 4, 5] },
  { subject: "PE", cohorts: [0, 1, 2, 3, 4, 5] },
];

interface Cohort {
  readonly index: number;
  readonly grade: string;
  readonly section: string;
  readonly studentIds: string[];
}

/** A cohort's period for a slot: a rotation, so no teacher or student is in two places at once. */
function periodOf(cohort: number, slot: number): number {
  return ((slot + cohort) % PERIODS.length) + 1;
}

function makeStaff(rng: Prng, addresses: AddressBook): DemoStaff[] {
  const families = new Deck(rng, FAMILY_NAMES);
  const adultNames = new Deck(rng, [...FEMININE_ADULT_NAMES, ...MASCULINE_ADULT_NAMES]);
  const advisorPosts = new Set(rng.shuffle(POSTS.map((_, i) => i)).slice(0, 6));
  return POSTS.map((post, index) => {
    const givenName = adultNames.draw();
    const [familyName] = families.draw();
    return {
      email: addresses.personal(givenName, familyName, DEMO_DOMAIN),
      givenName,
      familyName,
      name: `${givenName} ${familyName}`,
      roles: advisorPosts.has(index) ? ["teacher", "advisor"] : ["teacher"],
      subject: post.subject,
    };
  });
}

/** Section letters: A, B, … Z, AA, AB, … */
function sectionLetter(n: number): string {
  return n < 26
    ? String.fromCharCode(65 + n)
    : sectionLetter(Math.floor(n / 26) - 1) + sectionLetter(n % 26);
}

interface House {
  readonly number: number;
  /** Each grade's cohort size in this house; drawn at random when absent. */
  readonly sizes?: readonly number[];
  /** How many students of each grade the houses before this one hold. */
  readonly before: Map<string, number>;
}

function makeCohorts(rng: Prng, house: House): Cohort[] {
  return GRADES.flatMap((grade, g) => {
    const size = house.sizes?.[g] ?? rng.int(28, 32);
    const start = house.before.get(grade) ?? 0;
    house.before.set(grade, start + size);
    const ids = Array.from(
      { length: size },
      (_, i) => `${grade}${String(start + i + 1).padStart(3, "0")}`,
    );
    const half = Math.ceil(size / 2);
    return Array.from({ length: SECTIONS_PER_HOUSE }, (_, s) => ({
      index: g * SECTIONS_PER_HOUSE + s,
      grade,
      section: sectionLetter(house.number * SECTIONS_PER_HOUSE + s),
      studentIds: s === 0 ? ids.slice(0, half) : ids.slice(half),
    }));
  });
}

function makeClasses(rng: Prng, cohorts: readonly Cohort[], staff: readonly DemoStaff[]) {
  const classes: DemoClass[] = [];
  const teacherOf = (subject: Subject, cohort: number) =>
    staff[POSTS.findIndex((p) => p.subject === subject && p.cohorts.includes(cohort))]!.email;
  for (const cohort of cohorts) {
    const name = `${cohort.grade}${cohort.section}`;
    CORE.forEach((course, slot) => {
      classes.push({
        id: `${CODES[course]}-${name}`,
        course,
        period: periodOf(cohort.index, slot),
        grade: cohort.grade,
        teacherEmail: teacherOf(course, cohort.index),
        studentIds: [...cohort.studentIds],
      });
    });
    const mixed = rng.shuffle(cohort.studentIds);
    ELECTIVES.forEach((course, e) => {
      classes.push({
        id: `${CODES[course]}-${name}`,
        course,
        period: periodOf(cohort.index, ELECTIVE_SLOT),
        grade: cohort.grade,
        teacherEmail: teacherOf(course, cohort.index),
        studentIds: mixed.filter((_, i) => i % ELECTIVES.length === e).sort(),
      });
    });
  }
  return classes;
}

function makeAdvisories(rng: Prng, cohorts: readonly Cohort[], staff: readonly DemoStaff[]) {
  const advisors = rng.shuffle(staff.filter((member) => member.roles.includes("advisor")));
  return cohorts.map(
    (cohort, i): DemoAdvisory => ({
      id: `ADV-${cohort.grade}${cohort.section}`,
      advisorEmail: advisors[i]!.email,
      grade: cohort.grade,
      period: periodOf(cohort.index, ADVISORY_SLOT),
      studentIds: [...cohort.studentIds],
    }),
  );
}

function makeStudents(
  context: FamilyContext,
  cohorts: readonly Cohort[],
  advisories: readonly DemoAdvisory[],
): DemoStudent[] {
  const { rng, addresses } = context;
  const givenNames = new Deck(rng, STUDENT_GIVEN_NAMES);
  return cohorts.flatMap((cohort, c) =>
    cohort.studentIds.map((id) => {
      const { given, preferred } = givenNames.draw();
      const family = context.familyNames.draw();
      const [familyName] = family;
      return {
        id,
        givenName: given,
        familyName,
        preferredName: preferred && rng.chance(0.6) ? preferred : "",
        email: addresses.personal(given, familyName, DEMO_DOMAIN),
        grade: cohort.grade,
        advisorEmail: advisories[c]!.advisorEmail,
        guardians: makeGuardians(context, id, family),
      };
    }),
  );
}

/** Each house's cohort size per grade, for a school of `students` (one house at most 99). */
function houseSizes(students: number): number[][] {
  const houses = Math.max(1, Math.round(students / HOUSE_STUDENTS));
  const cohorts = houses * GRADES.length;
  return Array.from({ length: houses }, (_, h) =>
    GRADES.map((_, g) => {
      const k = h * GRADES.length + g;
      return Math.floor(((k + 1) * students) / cohorts) - Math.floor((k * students) / cohorts);
    }),
  );
}

export interface DemoSchoolOptions {
  /** How many students; the seeded school's own (about 90) when absent. */
  readonly students?: number;
}

/** The demo school for a seed; the same seed always gives the same school. */
export function generateDemoSchool(
  seed: number = DEFAULT_DEMO_SEED,
  options: DemoSchoolOptions = {},
): DemoSchool {
  const rng = new Prng(seed);
  const addresses = new AddressBook();
  addresses.reserve(DEMO_COORDINATOR);
  const families: FamilyContext = {
    rng,
    addresses,
    familyNames: new Deck(rng, FAMILY_NAMES),
    feminineNames: new Deck(rng, FEMININE_ADULT_NAMES),
    masculineNames: new Deck(rng, MASCULINE_ADULT_NAMES),
  };
  const plan = options.students === undefined ? [undefined] : houseSizes(options.students);
  const before = new Map<string, number>();
  const staff: DemoStaff[] = [];
  const classes: DemoClass[] = [];
  const advisors: DemoAdvisory[] = [];
  const students: DemoStudent[] = [];
  plan.forEach((sizes, number) => {
    const houseStaff = makeStaff(rng, addresses);
    const cohorts = makeCohorts(rng, { number, before, ...(sizes ? { sizes } : {}) });
    classes.push(...makeClasses(rng, cohorts, houseStaff));
    const houseAdvisors = makeAdvisories(rng, cohorts, houseStaff);
    staff.push(...houseStaff);
    advisors.push(...houseAdvisors);
    students.push(...makeStudents(families, cohorts, houseAdvisors));
  });
  const coordinator: DemoStaff = {
    email: DEMO_COORDINATOR,
    givenName: COORDINATOR_NAME.given,
    familyName: COORDINATOR_NAME.family,
    name: `${COORDINATOR_NAME.given} ${COORDINATOR_NAME.family}`,
    roles: ["coordinator"],
  };
  return {
    seed,
    name: "Maple Grove Middle School",
    domain: DEMO_DOMAIN,
    term: "Fall 2026",
    grades: GRADES,
    periods: PERIODS,
    coordinatorEmail: DEMO_COORDINATOR,
    students,
    guardians: students.flatMap((student) => student.guardians),
    staff: [coordinator, ...staff],
    classes,
    advisors,
  };
}
